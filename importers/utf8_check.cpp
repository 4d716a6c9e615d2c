#include "importers/utf8_check.h"

#include "graph/errors.h"

namespace riskgraph {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequence_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char b0 = byte(i);
    std::size_t left = text.size() - i;
    auto continuation = [&](std::size_t k) { return (byte(k) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && continuation(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3 || !continuation(i + 1) || !continuation(i + 2)) return 0;
        unsigned char b1 = byte(i + 1);
        if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
        if (b0 == 0xED && b1 >= 0xA0) return 0;  // surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4 || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
        unsigned char b1 = byte(i + 1);
        if (b0 == 0xF0 && b1 < 0x90) return 0;
        if (b0 == 0xF4 && b1 >= 0x90) return 0;
        return 4;
    }
    return 0;
}

}  // namespace

void check_text(std::string_view bytes, const std::string& file) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            if (b == 0)
                throw InputError(file, line, "column " + std::to_string(i - line_start + 1) +
                                                 ": NUL byte; this is a binary file, not text");
            if (b == '\n') {
                ++line;
                line_start = i + 1;
            }
            ++i;
            continue;
        }
        std::size_t length = sequence_length(bytes, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", b);
            throw InputError(file, line, "column " + std::to_string(i - line_start + 1) +
                                             ": invalid UTF-8 (byte " + hex + " at offset " +
                                             std::to_string(i) + ")");
        }
        i += length;
    }
}

}  // namespace riskgraph
