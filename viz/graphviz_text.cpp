#include "viz/graphviz_text.h"

#include <cstdint>

namespace riskgraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    const std::size_t left = text.size() - i;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return left >= 2 && is_continuation(byte(i + 1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !is_continuation(byte(i + 1)) || !is_continuation(byte(i + 2))) return 0;
        if (c == 0xE0 && byte(i + 1) < 0xA0) return 0;   // overlong
        if (c == 0xED && byte(i + 1) >= 0xA0) return 0;  // UTF-16 surrogate
        // U+FFFE and U+FFFF are not XML characters.
        if (c == 0xEF && byte(i + 1) == 0xBF && byte(i + 2) >= 0xBE) return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !is_continuation(byte(i + 1)) || !is_continuation(byte(i + 2)) ||
            !is_continuation(byte(i + 3))) {
            return 0;
        }
        if (c == 0xF0 && byte(i + 1) < 0x90) return 0;   // overlong
        if (c == 0xF4 && byte(i + 1) >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

}  // namespace

std::string clean_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c < 0x20 && c != '\t' && c != '\n') {
            out += kReplacement;
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string graphviz_label(std::string_view text) {
    std::string out;
    for (char c : clean_text(text)) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else {
            out += c;
        }
    }
    return out;
}

std::string graphviz_tooltip(std::string_view text) {
    std::string out;
    for (char c : clean_text(text)) {
        if (c == '\\') {
            out += "\\\\\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else {
            out += c;
        }
    }
    return out;
}

std::string graphviz_url(std::string_view url, bool for_svg) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : clean_text(url)) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': case '<': case '>': case '\\': case '^': case '`': case '{': case '|': case '}':
                break;
            case '&':
                out += for_svg ? "&amp;" : "&";
                continue;
            default:
                if (c > 0x20 && c != 0x7F) {
                    out += ch;
                    continue;
                }
        }
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 0x0F];
    }
    return out;
}

}  // namespace riskgraph
