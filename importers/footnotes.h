// Footnote texts and the markers that cite them, in the forms PDF, DOCX and
// Markdown extractions print them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace riskgraph {

struct FootnoteStart {
    int number = 0;
    std::size_t text_offset = 0;  // where the footnote text starts in the line
};

// Whether `line` starts footnote number `expected`:
//   "1https://npo.nl/..."   "1De Telegraaf, 23 oktober 2024, ..."  (PDF: number glued on)
//   "32024Z15585/2024D37938"                                        (PDF: footnote 3 glued to a zaak)
//   "1) Bijlage onderhands meegezonden"  "[1] NOS Nieuws, ..."      (DOCX)
//   "1 https://www.rtlnieuws.nl/..."                                 (number, space, address)
//   "2 Standaard voor gegevensaanlevering ..."                       (only when after_break:
//        the line follows a blank line or another footnote, as in Markdown)
namespace detail {
// `line` starts with '[' or a digit.
std::optional<FootnoteStart> parse_footnote_start_at_mark(std::string_view line, int expected, bool after_break);
}  // namespace detail
inline std::optional<FootnoteStart> parse_footnote_start(std::string_view line, int expected, bool after_break) {
    // Every form starts with '[' or with the (positive) number's first digit;
    // inline because most lines start with neither.
    if (line.empty() || (line[0] != '[' && (line[0] < '0' || line[0] > '9'))) return std::nullopt;
    return detail::parse_footnote_start_at_mark(line, expected, after_break);
}

// A candidate footnote marker inside a line; deleting bytes
// [offset, offset + length) removes it. A marker citing several footnotes
// ("[4 5 ]") is one token per number, in printed order, over the same bytes.
struct MarkerToken {
    std::size_t offset = 0;
    std::size_t length = 0;
    int number = 0;
};

// Candidate markers for numbers in [lo, hi], appended to `out`:
//   "testte?1"  "(KNMI)1 en"  "Attribution2, dat"  "onderstreept.3 Een"    (glued)
//   "1" / "2 3" / "2." / "6," alone on a line, "2 Dit is ..." at line start (PDF)
//   "... stoplicht'? 1)"                                                  (DOCX)
//   "[1 ]", "[4 5 ]", "[10]"                                              (Markdown)
// Numbers inside words of capitals and digits ("CO2", "COP28"), decimals
// ("1.765") and dates at a line start ("1 januari") are not candidates.
void find_marker_tokens(std::string_view line, int lo, int hi, std::vector<MarkerToken>& out);

// A marker at the very end of a line in a document that prints no footnote
// texts (cut-off web pages, DOCX without notes): "ministeries»?1",
// "uw ministerie? 1)". Only numbers up to 20.
std::optional<MarkerToken> find_trailing_marker(std::string_view line);

// Web addresses in running text, trailing sentence punctuation removed:
//   "(https://www.knmi.nl/a-b)."  -> "https://www.knmi.nl/a-b"
//   "(www.telegraaf.nl/x#:~:text=y)." -> "www.telegraaf.nl/x#:~:text=y"
//   "(mobiliteitsalliantie.nl/onderzoek/)" -> "mobiliteitsalliantie.nl/onderzoek/"
std::vector<std::string> extract_urls(std::string_view text);

}  // namespace riskgraph
