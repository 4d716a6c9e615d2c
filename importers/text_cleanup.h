// Text-level helpers for extracted parliamentary documents: input
// normalisation, trimming, UTF-8 letter tests and joining printed lines
// back into running text. No document structure here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace riskgraph {

// Bytes overwritten with this value are deleted text (footnote markers). The
// normaliser turns every input control character into a space, so the value
// never occurs in normalised text.
inline constexpr char kDeletedByte = '\x01';

// BOM dropped, CRLF and CR turned into LF, tabs, control characters and
// Unicode spaces (NBSP, thin, narrow) turned into ' ', zero-width characters
// dropped. Valid UTF-8 in, valid UTF-8 out; never longer than the input.
std::string normalize_text(std::string_view text);

// Strips ' ' and kDeletedByte at both ends.
inline std::string_view trim(std::string_view text) {
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == kDeletedByte)) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == kDeletedByte)) --e;
    return text.substr(b, e - b);
}

namespace detail {
std::string_view strip_markdown_marks_and_trim(std::string_view line);
inline bool is_mark_or_space(char c) { return c == ' ' || c == kDeletedByte || c == '*' || c == '_'; }
}  // namespace detail

// Strips Markdown emphasis and heading marks around a line:
// "**regering gegeven antwoorden**" -> "regering gegeven antwoorden",
// "_geïnformeerd over gegevensdeling (ingezonden 3 oktober 2023)._" -> without '_'.
inline std::string_view strip_markdown_marks(std::string_view line) {
    // Inline because most lines, on every pass, have nothing to strip.
    if (!line.empty() && !detail::is_mark_or_space(line.front()) && !detail::is_mark_or_space(line.back())) return line;
    return detail::strip_markdown_marks_and_trim(line);
}

// The code point starting at text[pos] (U+FFFD for a malformed sequence) and
// its length in bytes (at least 1, never past the end).
char32_t decode_utf8(std::string_view text, std::size_t pos, std::size_t* length);
// The code point ending just before text[end]; end > 0.
char32_t decode_utf8_before(std::string_view text, std::size_t end);

bool is_lower_letter(char32_t cp);
bool is_upper_letter(char32_t cp);
bool is_letter(char32_t cp);
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A whitespace-free token that is (part of) a web address:
// "https://nos.nl/a", "(www.telegraaf.nl/x", "nos.nl/artikel/1".
bool looks_like_url(std::string_view token);

// Builds running text from printed lines. Lines are joined with one space,
// except:
//   "Wereldgezond-" + "heidsorganisatie" -> "Wereldgezondheidsorganisatie"
//     (hyphen after a lower-case letter, next line starts lower-case);
//   "OESO-" + "richtlijnen" -> "OESO-richtlijnen" (other line-end hyphens);
//   "https://x.nl/a-" + "b" -> "https://x.nl/a-b" (a URL broken mid-address).
// Runs of spaces collapse to one; deleted bytes are skipped.
class TextJoiner {
public:
    void add_line(std::string_view line);
    bool empty() const { return out_.empty(); }
    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    // Most joined texts (a question, an answer, a footnote) fit without regrowing.
    static constexpr std::size_t kInitialCapacity = 512;
    // out_ is not empty and ends in a character a URL continues after.
    bool continues_url() const;
    std::string out_;
};

// Joins the given lines with TextJoiner rules.
std::string join_lines(std::string_view a, std::string_view b);

// Collapses runs of spaces, strips deleted bytes and trims.
std::string clean_inline(std::string_view text);

}  // namespace riskgraph
