// Question, answer and notice headings in their printed forms.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "importers/kv_document.h"

namespace riskgraph {

// "2", "2 en 3", "4, 5, 7 en 8", "2 t/m 6" -> the numbers covered; nullopt
// unless the whole text is such a list. Ranges are capped at 500 numbers.
std::optional<std::vector<int>> parse_number_list(std::string_view text);

// Labelled headings, the whole line being the heading:
//   "Vraag 1", "Vraag 2 t/m 6", "Vraag 4, 5, 7 en 8", "• Vraag 1", "Vraag"
//   "Antwoord 1", "Antwoorden 5 en 6", "Antwoord op vraag 3 en 4",
//   "Antwoord vraag 1:", "Antwoord"
//   "Mededeling"
std::optional<kv::Heading> parse_labelled_heading(std::string_view line);
// The same, read into `heading` (reusing its storage); false, with `heading`
// left unspecified, when `line` is no labelled heading.
bool read_labelled_heading(std::string_view line, kv::Heading& heading);

// False for most lines, from the first byte alone (a bullet, 'M', 'V', 'A', or
// Markdown marks and spaces before them); parse_labelled_heading finds no
// heading in a line this is false for.
inline bool may_be_labelled_heading(std::string_view line) {
    if (line.empty()) return false;
    switch (line[0]) {
        case 'M': case 'V': case 'A': case '-': case '*': case '\xE2': case '_': case ' ': case '\x01':
            return true;
        default:
            return false;
    }
}

// DOCX numbering, used only in documents without "Vraag N" headings, and only
// for the next expected number: "1" (question on the next line), "1." or
// "1. Bent u bekend met ...?" (question on the same line).
std::optional<kv::Heading> parse_numbered_heading(std::string_view line, int expected);

}  // namespace riskgraph
