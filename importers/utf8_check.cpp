#include "importers/utf8_check.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "graph/errors.h"
#include "importers/byte_blocks.h"

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

constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

// The high bit of each byte of `word` that is zero.
std::uint64_t zero_bytes(std::uint64_t word) {
    return ~(((word & ~kHigh) + ~kHigh) | word) & kHigh;
}

// Whether one of the eight bytes at p is NUL or not ASCII.
bool has_other_than_ascii_text(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    return ((word & kHigh) | zero_bytes(word)) != 0;
}

// Skips, sixteen bytes at a time, ASCII text without NUL from bytes[i]. Lines
// are counted only for a fault, in fail().
void skip_ascii(std::string_view bytes, std::size_t& i) {
#ifdef __SSE2__
    for (; i + blocks::kBlockBytes <= bytes.size(); i += blocks::kBlockBytes) {
        const blocks::Block block(bytes.data() + i);
        if ((block.non_ascii() | block.equal('\0')) != 0) return;
    }
#endif
    for (; i + 16 <= bytes.size(); i += 16)
        if (has_other_than_ascii_text(bytes.data() + i) || has_other_than_ascii_text(bytes.data() + i + 8))
            return;
}

[[noreturn]] void fail(std::string_view bytes, std::size_t i, const std::string& file,
                       const std::string& what) {
    const std::string_view before = bytes.substr(0, i);
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const std::size_t newline = before.rfind('\n');
    const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    throw InputError(file, line, "column " + std::to_string(i - line_start + 1) + ": " + what);
}

}  // namespace

void check_text(std::string_view bytes, const std::string& file) {
    for (std::size_t i = 0; i < bytes.size();) {
        skip_ascii(bytes, i);
        if (i >= bytes.size()) break;
        auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            if (b == 0) fail(bytes, i, file, "NUL byte; this is a binary file, not text");
            ++i;
            continue;
        }
        std::size_t length = sequence_length(bytes, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", b);
            fail(bytes, i, file,
                 std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(i) + ")");
        }
        i += length;
    }
}

}  // namespace riskgraph
