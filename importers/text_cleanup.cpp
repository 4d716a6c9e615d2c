#include "importers/text_cleanup.h"

#include <array>
#include <cstring>

namespace riskgraph {
namespace {

// Appends `in` to `out`, turning spaces runs into one space and dropping
// deleted bytes. Leading spaces are dropped when `out` is empty or ends in one.
void append_collapsed(std::string& out, std::string_view in) {
    // Words are copied whole; memchr finds the spaces (and, rarely, deleted bytes).
    const bool has_deleted = std::memchr(in.data(), kDeletedByte, in.size()) != nullptr;
    std::size_t i = 0;
    while (i < in.size()) {
        const void* space = std::memchr(in.data() + i, ' ', in.size() - i);
        const std::size_t run = space ? static_cast<std::size_t>(static_cast<const char*>(space) - in.data()) : in.size();
        if (has_deleted) {
            for (std::size_t k = i; k < run; ++k) {
                if (in[k] != kDeletedByte) out.push_back(in[k]);
            }
        } else {
            out.append(in.data() + i, run - i);
        }
        if (run == in.size()) return;
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
        i = run + 1;
    }
}

void trim_trailing_spaces(std::string& s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
}

// Characters that cannot end a complete web address: a URL whose last printed
// character is one of these continues on the next line.
bool url_continues_after(char c) {
    switch (c) {
        case '/': case '-': case '_': case '=': case '?': case '&': case '#': case '%': case '~':
            return true;
        default:
            return false;
    }
}

// Bytes normalize_text copies unchanged: printable ASCII (and '\n') and UTF-8
// bytes other than the lead bytes of the sequences it rewrites.
constexpr std::array<bool, 256> make_plain_bytes() {
    std::array<bool, 256> plain{};
    for (int c = 0; c < 256; ++c) {
        if (c < 0x80) plain[c] = c >= 0x20 ? c != 0x7F : c == '\n';
        else plain[c] = c != 0xC2 && c != 0xE2 && c != 0xEF;
    }
    return plain;
}
constexpr std::array<bool, 256> kPlainBytes = make_plain_bytes();

bool is_plain_byte(unsigned char c) { return kPlainBytes[c]; }

}  // namespace

std::string normalize_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size()) {
        std::size_t run = i;
        while (run < text.size() && is_plain_byte(static_cast<unsigned char>(text[run]))) ++run;
        out.append(text.data() + i, run - i);
        i = run;
        if (i == text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r') {
            out.push_back('\n');
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else if (c == '\n') {
            out.push_back('\n');
            ++i;
        } else if (c < 0x20 || c == 0x7F) {
            out.push_back(' ');
            ++i;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            out.push_back(' ');  // NBSP
            i += 2;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto c2 = static_cast<unsigned char>(text[i + 2]);
            if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF) {
                out.push_back(' ');  // U+2000..U+200A, U+202F: typographic spaces
            } else if (c2 >= 0x8B && c2 <= 0x8D) {
                // U+200B..U+200D zero-width: dropped
            } else {
                out.append(text.substr(i, 3));
            }
            i += 3;
        } else if (c == 0xEF && text.substr(i, 3) == "\xEF\xBB\xBF") {
            i += 3;  // stray BOM / zero-width no-break space
        } else {
            out.push_back(static_cast<char>(c));
            ++i;
        }
    }
    return out;
}

std::string_view trim(std::string_view text) {
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == kDeletedByte)) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == kDeletedByte)) --e;
    return text.substr(b, e - b);
}

std::string_view strip_markdown_marks(std::string_view line) {
    line = trim(line);
    for (;;) {
        const auto before = line.size();
        if (line.starts_with("**")) line.remove_prefix(2);
        if (line.ends_with("**")) line.remove_suffix(2);
        if (line.starts_with("_")) line.remove_prefix(1);
        if (line.ends_with("_")) line.remove_suffix(1);
        line = trim(line);
        if (line.size() == before) return line;
    }
}

char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t* length) {
    const auto b0 = static_cast<unsigned char>(text[pos]);
    std::size_t n = 1;
    char32_t cp = b0;
    if (b0 >= 0xF0) {
        n = 4;
        cp = b0 & 0x07;
    } else if (b0 >= 0xE0) {
        n = 3;
        cp = b0 & 0x0F;
    } else if (b0 >= 0xC0) {
        n = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0x80) {
        *length = 1;
        return 0xFFFD;
    }
    if (pos + n > text.size()) {
        *length = 1;
        return 0xFFFD;
    }
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(text[pos + k]);
        if ((b & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    *length = n;
    return cp;
}

char32_t decode_utf8_before(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t length = 0;
    const char32_t cp = decode_utf8(text, start, &length);
    return start + length == end ? cp : 0xFFFD;
}

bool is_lower_letter(char32_t cp) {
    if (cp >= 'a' && cp <= 'z') return true;
    if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;  // Latin Extended-A: mostly odd = lower
    return false;
}

bool is_upper_letter(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return true;
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
    return false;
}

bool is_letter(char32_t cp) {
    return is_lower_letter(cp) || is_upper_letter(cp) || (cp >= 0x180 && cp <= 0x24F) ||
           (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF);
}

bool looks_like_url(std::string_view token) {
    return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos;
}

bool TextJoiner::continues_url() const {
    if (out_.empty()) return false;
    const auto space = out_.rfind(' ');
    const std::string_view token =
        std::string_view(out_).substr(space == std::string::npos ? 0 : space + 1);
    return looks_like_url(token) && url_continues_after(token.back());
}

void TextJoiner::append_glued(std::string_view line) {
    append_collapsed(out_, line);
    trim_trailing_spaces(out_);
}

void TextJoiner::add_line(std::string_view line) {
    line = trim(line);
    if (line.empty()) return;
    if (out_.empty()) {
        append_glued(line);
        return;
    }
    if (continues_url()) {
        append_glued(line);
        return;
    }
    const std::size_t n = out_.size();
    if (out_.back() == '-' && n >= 2 && out_[n - 2] != ' ') {
        std::size_t first_length = 0;
        const char32_t first = decode_utf8(line, 0, &first_length);
        const char32_t before_hyphen = decode_utf8_before(out_, n - 1);
        if (is_lower_letter(before_hyphen) && is_lower_letter(first)) out_.pop_back();
        append_glued(line);
        return;
    }
    out_.push_back(' ');
    append_glued(line);
}

std::string join_lines(std::string_view a, std::string_view b) {
    TextJoiner joiner;
    joiner.add_line(a);
    joiner.add_line(b);
    return joiner.take();
}

std::string clean_inline(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_collapsed(out, text);
    trim_trailing_spaces(out);
    return out;
}

}  // namespace riskgraph
