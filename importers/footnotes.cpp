#include "importers/footnotes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>

#include "importers/byte_blocks.h"
#include "importers/dutch_dates.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

constexpr std::size_t kMaxMarkerDigits = 3;

// Reads a run of digits at pos (any length); value saturates.
std::size_t digit_run(std::string_view text, std::size_t pos, int* value) {
    std::size_t end = pos;
    long long v = 0;
    while (end < text.size() && is_digit(text[end])) {
        if (v < 1000000) v = v * 10 + (text[end] - '0');
        ++end;
    }
    *value = static_cast<int>(v);
    return end;
}

bool in_range(int n, int lo, int hi) { return n >= lo && n <= hi; }

bool is_closing_punct(char32_t cp) {
    switch (cp) {
        case '?': case '!': case '.': case ',': case ';': case ':': case ')': case '"': case '\'':
        case 0xBB: case 0x201D: case 0x2019:
            return true;
        default:
            return false;
    }
}

// After a marker: end, space, or punctuation that is not part of a number or word.
bool ends_marker(std::string_view line, std::size_t pos) {
    if (pos >= line.size() || line[pos] == ' ') return true;
    std::size_t length = 0;
    const char32_t cp = decode_utf8(line, pos, &length);
    return is_closing_punct(cp) && cp != '\'';
}

// A word made of capitals and digits only ("CO", "COP", "NIS") before `end`.
bool capitals_word_before(std::string_view line, std::size_t end) {
    std::size_t letters = 0;
    std::size_t pos = end;
    while (pos > 0) {
        const char c = line[pos - 1];
        if (c >= 'A' && c <= 'Z') {
            ++letters;
            --pos;
        } else if (c >= 'a' && c <= 'z') {
            return false;
        } else {
            break;
        }
    }
    return letters >= 2;
}

// The number at [start, end) is glued to the word or punctuation before it.
bool glued_to_previous(std::string_view line, std::size_t start) {
    if (start == 0) return false;
    const char32_t prev = decode_utf8_before(line, start);
    if (is_letter(prev)) return !capitals_word_before(line, start);
    if (!is_closing_punct(prev)) return false;
    if (prev == '.' || prev == ',' || prev == ':') {
        return start >= 2 && !is_digit(line[start - 2]);  // "1.765", "1,5", "22:00" are numbers
    }
    return true;
}

// "2 3" after a marker: further numbers in range up to the end of the line.
void add_marker_run(std::string_view line, std::size_t pos, int lo, int hi, std::vector<MarkerToken>& out) {
    while (pos + 1 < line.size() && line[pos] == ' ' && is_digit(line[pos + 1])) {
        int n = 0;
        const std::size_t end = digit_run(line, pos + 1, &n);
        if (!in_range(n, lo, hi) || end - pos - 1 > kMaxMarkerDigits) return;
        if (end != line.size() && line[end] != ' ') return;
        out.push_back({pos + 1, end - pos - 1, n});
        pos = end;
    }
}

bool starts_with_month(std::string_view text) {
    std::size_t end = 0;
    while (end < text.size() && end < 10 && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z'))) ++end;
    return month_number(text.substr(0, end)) != 0;
}

// "1", "2 3", "2.", "6,", "2 Dit is ..." at the start of a line.
void line_start_marker(std::string_view line, int lo, int hi, std::vector<MarkerToken>& out) {
    int n = 0;
    const std::size_t end = digit_run(line, 0, &n);
    if (end == 0 || end > kMaxMarkerDigits || !in_range(n, lo, hi)) return;
    const std::string_view rest = line.substr(end);
    const bool bare = rest.empty() || ((rest[0] == '.' || rest[0] == ',') && (rest.size() == 1 || rest[1] == ' '));
    const bool before_text = !rest.empty() && rest[0] == ' ' && !starts_with_month(trim(rest));
    if (!bare && !before_text) return;
    out.push_back({0, end, n});
    add_marker_run(line, end, lo, hi, out);
}

// "[1 ]", "[4 5 ]", "[10]" starting at pos ('[').
std::size_t bracket_marker(std::string_view line, std::size_t pos, int lo, int hi, std::vector<MarkerToken>& out) {
    constexpr std::size_t kMaxInside = 24;  // bytes read after '['; at most half of them numbers
    std::array<int, kMaxInside> numbers{};
    std::size_t count = 0;
    std::size_t i = pos + 1;
    while (i < line.size() && i - pos < kMaxInside) {
        if (line[i] == ' ') {
            ++i;
        } else if (is_digit(line[i])) {
            int n = 0;
            i = digit_run(line, i, &n);
            if (in_range(n, lo, hi)) numbers[count++] = n;
        } else {
            break;
        }
    }
    if (i >= line.size() || line[i] != ']' || count == 0) return pos + 1;
    for (std::size_t k = 0; k < count; ++k) out.push_back({pos, i + 1 - pos, numbers[k]});
    return i + 1;
}

// A number inside the line: glued ("testte?1") or DOCX (" 1)").
std::size_t inline_marker(std::string_view line, std::size_t pos, int lo, int hi, std::vector<MarkerToken>& out) {
    int n = 0;
    const std::size_t end = digit_run(line, pos, &n);
    if (end - pos > kMaxMarkerDigits || !in_range(n, lo, hi)) return end;
    if (line[pos - 1] == ' ' && end < line.size() && line[end] == ')' && ends_marker(line, end + 1)) {
        out.push_back({pos, end + 1 - pos, n});
        return end + 1;
    }
    if (glued_to_previous(line, pos) && ends_marker(line, end)) {
        out.push_back({pos, end - pos, n});
        add_marker_run(line, end, lo, hi, out);
    }
    return end;
}

bool is_ordinal_suffix(std::string_view rest) {
    // "1e ", "2e-", "3D-printer": a single letter is not footnote text.
    return rest.size() >= 1 && (rest.size() == 1 || rest[1] == ' ' || rest[1] == '-');
}

bool starts_footnote_text(std::string_view rest) {
    if (rest.empty()) return false;
    std::size_t length = 0;
    const char32_t cp = decode_utf8(rest, 0, &length);
    if (is_letter(cp)) return cp >= 0x80 || !is_ordinal_suffix(rest);
    return cp == 0xAB || cp == 0x201C || cp == 0x2018 || cp == '"' || cp == '\'' || cp == '(';
}

// "32024Z15585": footnote 3 glued to a zaak or document number.
bool glued_to_zaak(std::string_view digits_and_rest, std::size_t prefix) {
    const std::string_view rest = digits_and_rest.substr(prefix);
    return rest.size() >= 5 && (rest.starts_with("19") || rest.starts_with("20")) && is_digit(rest[2]) &&
           is_digit(rest[3]) && (rest[4] == 'Z' || rest[4] == 'D');
}

std::string_view trim_url(std::string_view url) {
    for (;;) {
        if (url.empty()) return url;
        const char32_t last = decode_utf8_before(url, url.size());
        if (last == ')') {
            const auto opens = std::count(url.begin(), url.end(), '(');
            const auto closes = std::count(url.begin(), url.end(), ')');
            if (closes <= opens) return url;
        } else if (!is_closing_punct(last) && last != 0xBB && last != ']') {
            return url;
        }
        std::size_t cut = 1;
        while (cut < url.size() && (static_cast<unsigned char>(url[url.size() - cut]) & 0xC0) == 0x80) ++cut;
        url.remove_suffix(cut);
    }
}

bool has_web_domain_path(std::string_view token) {
    static constexpr std::array<std::string_view, 12> kTlds{".nl/", ".com/", ".org/", ".eu/", ".be/", ".net/",
                                                            ".int/", ".gov/", ".ua/", ".in/", ".uk/", ".de/"};
    const auto slash = token.find('/');
    if (slash == std::string_view::npos) return false;
    for (char c : token.substr(0, slash)) {
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '.' || c == '-')) return false;
    }
    for (auto tld : kTlds) {
        if (token.substr(0, slash + 1).ends_with(tld)) return true;
    }
    return false;
}

std::string_view strip_opening(std::string_view token) {
    for (;;) {
        if (token.starts_with("(") || token.starts_with("\"") || token.starts_with("'") || token.starts_with("[")) {
            token.remove_prefix(1);
        } else if (token.starts_with("«") || token.starts_with("‘") || token.starts_with("“")) {
            token.remove_prefix(token.starts_with("«") ? 2 : 3);
        } else {
            return token;
        }
    }
}

}  // namespace

std::optional<FootnoteStart> detail::parse_footnote_start_at_mark(std::string_view line, int expected,
                                                                  bool after_break) {
    std::array<char, 16> digits{};
    const auto printed = std::to_chars(digits.data(), digits.data() + digits.size(), expected);
    const std::string_view number(digits.data(), static_cast<std::size_t>(printed.ptr - digits.data()));
    if (line[0] == '[') {
        const std::string_view inner = line.substr(1);
        if (inner.starts_with(number)) {
            const std::string_view after = inner.substr(number.size());
            if (after.starts_with("]") || after.starts_with(" ]")) return FootnoteStart{expected, line.find(']') + 1};
        }
    }
    if (!line.starts_with(number)) return std::nullopt;
    const std::string_view rest = line.substr(number.size());
    if (rest.empty()) return std::nullopt;
    if (is_digit(rest[0])) {
        if (glued_to_zaak(line, number.size())) return FootnoteStart{expected, number.size()};
        return std::nullopt;
    }
    if (rest.starts_with(") ")) return FootnoteStart{expected, number.size() + 2};
    if (starts_footnote_text(rest)) return FootnoteStart{expected, number.size()};
    if (rest[0] != ' ') return std::nullopt;
    const std::string_view text = trim(rest);
    if (text.starts_with("http") || text.starts_with("www.")) return FootnoteStart{expected, number.size() + 1};
    if (after_break && !text.empty()) return FootnoteStart{expected, number.size() + 1};
    return std::nullopt;
}

namespace {

// The first '[' or digit at or after `pos`: where a marker can start.
std::size_t next_bracket_or_digit(std::string_view line, std::size_t pos) {
#ifdef __SSE2__
    const auto found_at = [&](std::size_t at) {
        const blocks::Block block(line.data() + at);
        return block.equal('[') | block.in_range('0', '9');
    };
    for (; pos + blocks::kBlockBytes <= line.size(); pos += blocks::kBlockBytes) {
        const unsigned found = found_at(pos);
        if (found != 0) return pos + static_cast<std::size_t>(std::countr_zero(found));
    }
    if (pos < line.size() && line.size() >= blocks::kBlockBytes) {
        // The last block, overlapping bytes before `pos`.
        const std::size_t last = line.size() - blocks::kBlockBytes;
        const unsigned found = found_at(last) >> (pos - last);
        return found != 0 ? pos + static_cast<std::size_t>(std::countr_zero(found)) : line.size();
    }
#endif
    while (pos < line.size() && line[pos] != '[' && !is_digit(line[pos])) ++pos;
    return pos;
}

}  // namespace

void find_marker_tokens(std::string_view line, int lo, int hi, std::vector<MarkerToken>& out) {
    if (line.empty() || lo > hi) return;
    std::size_t pos = 0;
    if (is_digit(line[0])) {
        line_start_marker(line, lo, hi, out);
        int ignored = 0;
        pos = digit_run(line, 0, &ignored);
    }
    while (pos < line.size()) {
        pos = next_bracket_or_digit(line, pos);
        if (pos >= line.size()) break;
        if (line[pos] == '[') {
            pos = bracket_marker(line, pos, lo, hi, out);
        } else if (is_digit(line[pos]) && !is_digit(line[pos - 1])) {
            pos = inline_marker(line, pos, lo, hi, out);
        } else {
            ++pos;
        }
    }
}

std::optional<MarkerToken> find_trailing_marker(std::string_view line) {
    std::size_t end = line.size();
    const bool docx = end >= 3 && line[end - 1] == ')';
    if (docx) --end;
    std::size_t start = end;
    while (start > 0 && is_digit(line[start - 1]) && end - start < 3) --start;
    if (start == end || start == 0 || is_digit(line[start - 1])) return std::nullopt;
    int n = 0;
    digit_run(line, start, &n);
    if (n < 1 || n > 20) return std::nullopt;
    if (docx) {
        if (line[start - 1] != ' ' || start < 2) return std::nullopt;
        const char32_t before = decode_utf8_before(line, start - 1);
        if (!is_closing_punct(before)) return std::nullopt;
        return MarkerToken{start, line.size() - start, n};
    }
    const char32_t prev = decode_utf8_before(line, start);
    if (prev != '?' && prev != '!' && prev != 0xBB && prev != 0x201D && prev != ')' && prev != '.') return std::nullopt;
    if (prev == '.' && start >= 2 && is_digit(line[start - 2])) return std::nullopt;
    return MarkerToken{start, end - start, n};
}

namespace {

// The address in one space-free token, or "" when it holds none.
std::string_view url_in_token(std::string_view token) {
    token = strip_opening(token);
    const auto scheme = token.find("http");
    if (scheme != std::string_view::npos && token.substr(scheme).find("://") != std::string_view::npos) {
        token = token.substr(scheme);
    } else if (const auto www = token.find("www."); www != std::string_view::npos) {
        token = token.substr(www);
    } else if (!has_web_domain_path(token)) {
        return {};
    }
    token = trim_url(token);
    return token.size() > 8 && token.find('.') != std::string_view::npos ? token : std::string_view();
}

}  // namespace

std::vector<std::string> extract_urls(std::string_view text) {
    constexpr auto npos = std::string_view::npos;
    std::vector<std::string> urls;
    // Every address form url_in_token reads contains "www." or a '/' ("://"),
    // so only the tokens holding one are read, in text order.
    std::size_t next_slash = text.find('/');
    std::size_t next_www = text.find("www.");
    for (;;) {
        const std::size_t hit = std::min(next_slash, next_www);
        if (hit == npos) return urls;
        const auto space_before = text.rfind(' ', hit);
        const std::size_t start = space_before == npos ? 0 : space_before + 1;
        const auto space_after = text.find(' ', hit);
        const std::size_t end = space_after == npos ? text.size() : space_after;
        if (const auto url = url_in_token(text.substr(start, end - start)); !url.empty()) urls.emplace_back(url);
        if (end == text.size()) return urls;
        if (next_slash < end) next_slash = text.find('/', end);
        if (next_www < end) next_www = text.find("www.", end);
    }
}

}  // namespace riskgraph
