#include "importers/text_cleanup.h"

#include "importers/byte_blocks.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace riskgraph {
namespace {

// 0x80 in each byte of `word` that equals `byte`, 0 elsewhere (exact, no
// borrow between bytes).
std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte) {
    constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t x = word ^ (0x0101010101010101ULL * byte);
    return ~(((x & kLow7) + kLow7) | x | kLow7);
}

// Length of the prefix of `in` that append_collapsed copies unchanged: up to
// the first deleted byte or the first space that would be collapsed or dropped.
// `previous_space`: the byte before `in` counts as a space.
std::size_t verbatim_prefix(std::string_view in, bool previous_space) {
    static_assert(std::endian::native == std::endian::little, "byte k of a loaded word is bits 8k..8k+7");
    std::size_t i = 0;
#ifdef __SSE2__
    const auto stops_in_block = [&](std::size_t at, bool space_before) {
        const blocks::Block block(in.data() + at);
        const unsigned spaces = block.equal(' ');
        return (spaces & ((spaces << 1) | (space_before ? 1U : 0U))) | block.equal(kDeletedByte);
    };
    unsigned space_before = previous_space ? 1U : 0U;  // the last byte before the block is a space
    for (; i + blocks::kBlockBytes <= in.size(); i += blocks::kBlockBytes) {
        const blocks::Block block(in.data() + i);
        const unsigned spaces = block.equal(' ');
        const unsigned stops = (spaces & ((spaces << 1) | space_before)) | block.equal(kDeletedByte);
        if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops));
        space_before = spaces >> (blocks::kBlockBytes - 1);
    }
    previous_space = space_before != 0;
    if (i < in.size() && i >= blocks::kBlockBytes) {
        // The last block overlaps checked bytes, which hold no stops.
        const std::size_t last = in.size() - blocks::kBlockBytes;
        const unsigned stops = stops_in_block(last, in[last - 1] == ' ');
        return stops != 0 ? last + static_cast<std::size_t>(std::countr_zero(stops)) : in.size();
    }
#endif
    // Eight bytes at a time: stop at a chunk holding a deleted byte or two spaces in a row.
    for (; i + 8 <= in.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, in.data() + i, 8);
        const std::uint64_t spaces = bytes_equal(word, ' ');
        const std::uint64_t doubled = spaces & ((spaces << 8) | (previous_space ? 0x80U : 0U));
        if ((doubled | bytes_equal(word, static_cast<unsigned char>(kDeletedByte))) != 0) break;
        previous_space = in[i + 7] == ' ';
    }
    for (; i < in.size(); ++i) {
        const char c = in[i];
        if (c == kDeletedByte || (c == ' ' && previous_space)) return i;
        previous_space = c == ' ';
    }
    return in.size();
}

// Appends `in` to `out`, turning spaces runs into one space and dropping
// deleted bytes. Leading spaces are dropped when `out` is empty or ends in one.
void append_collapsed(std::string& out, std::string_view in) {
    // Block copies between the dropped bytes; the common case (single
    // spaces, no deleted bytes) is one.
    for (;;) {
        const std::size_t plain = verbatim_prefix(in, out.empty() || out.back() == ' ');
        out.append(in.data(), plain);
        if (plain == in.size()) return;
        in.remove_prefix(plain + 1);  // a deleted byte or a space after a space
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

bool is_markdown_mark(char c) { return c == '*' || c == '_'; }

// Whether the eight bytes at `p` are all printable ASCII or '\n' (all plain).
bool plain_ascii_word(const char* p) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8);
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    // Per byte: high bit set iff the low seven bits are >= 0x20 (no carry between bytes).
    const std::uint64_t at_least_space = ((word & ~kHigh) + 0x6060606060606060ULL) & kHigh;
    const std::uint64_t printable = at_least_space & ~word & ~bytes_equal(word, 0x7F);
    return (printable | bytes_equal(word, '\n')) == kHigh;
}

// End of the run of plain bytes starting at `pos`.
std::size_t plain_run_end(std::string_view text, std::size_t pos) {
#ifdef __SSE2__
    for (; pos + blocks::kBlockBytes <= text.size(); pos += blocks::kBlockBytes) {
        const blocks::Block block(text.data() + pos);
        const unsigned ascii = block.printable_ascii() | block.equal('\n');
        if (ascii == 0xFFFF) continue;
        const unsigned rewritten_leads = block.equal('\xC2') | block.equal('\xE2') | block.equal('\xEF');
        const unsigned plain = ascii | (block.non_ascii() & ~rewritten_leads);
        if (plain != 0xFFFF) return pos + static_cast<std::size_t>(std::countr_one(plain));
    }
#endif
    while (pos < text.size()) {
        if (pos + 8 <= text.size() && plain_ascii_word(text.data() + pos)) {
            pos += 8;
        } else if (is_plain_byte(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        } else {
            break;
        }
    }
    return pos;
}

}  // namespace

std::string normalize_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size()) {
        const std::size_t run = plain_run_end(text, i);
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

std::string_view detail::strip_markdown_marks_and_trim(std::string_view line) {
    line = trim(line);
    if (line.empty() || (!is_markdown_mark(line.front()) && !is_markdown_mark(line.back()))) return line;
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
    // out_ never ends in a space, so its last byte ends the last token.
    const auto space = out_.rfind(' ');
    const std::string_view token =
        std::string_view(out_).substr(space == std::string::npos ? 0 : space + 1);
    return looks_like_url(token);
}

void TextJoiner::add_line(std::string_view line) {
    line = trim(line);
    if (line.empty()) return;
    const std::size_t n = out_.size();
    if (n == 0) {
        out_.reserve(kInitialCapacity);
    } else if (url_continues_after(out_.back()) && continues_url()) {
        // glued
    } else if (out_.back() == '-' && n >= 2 && out_[n - 2] != ' ') {
        std::size_t first_length = 0;
        const char32_t first = decode_utf8(line, 0, &first_length);
        const char32_t before_hyphen = decode_utf8_before(out_, n - 1);
        if (is_lower_letter(before_hyphen) && is_lower_letter(first)) out_.pop_back();
    } else {
        out_.push_back(' ');
    }
    // A trimmed line ends in a byte append_collapsed keeps: out_ never ends in a space.
    append_collapsed(out_, line);
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
