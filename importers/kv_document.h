// Internal to the Kamervragen parser: the document as classified lines over
// one normalised buffer. Each pass of the parser assigns line roles; later
// passes read them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace riskgraph::kv {

enum class Role : unsigned char {
    body,              // question, answer or notice text
    blank,             // empty after trimming
    furniture,         // page headers/footers, ids, page breaks
    meta,              // metadata lines read elsewhere (zaak, "(ingezonden ...)", "Zie ook ...")
    header,            // the "Vragen van ... (ingezonden ...)" sentence
    answer_header,     // "Antwoord van Minister ... (ontvangen ...)" / "Mededeling van ..."
    question_heading,  // "Vraag 3", "1." (DOCX numbering)
    answer_heading,    // "Antwoord 3", "Antwoord op vraag 3 en 4"
    notice_heading,    // "Mededeling"
    footnote,          // footnote text at a page bottom or document end
    ignored,           // after "Toelichting": not part of any question
};

struct Heading {
    enum class Kind { question, answer, notice };
    Kind kind = Kind::question;
    std::string number;        // as printed: "2 t/m 6"; empty for a bare "Vraag"/"Antwoord"
    std::vector<int> numbers;  // question numbers covered: {2,3,4,5,6}
    std::size_t rest = 0;      // where text on the heading line itself starts ("1. Bent u ...")
};

struct Footnote {
    int number = 0;
    std::size_t first_line = 0;
    std::size_t last_line = 0;
    std::string text;                 // joined, marker number removed
    std::ptrdiff_t marker_line = -1;  // line citing it; -1 when no marker was found
};

struct Line {
    std::size_t begin = 0;  // trimmed extent in Document::buffer
    std::size_t end = 0;
    Role role = Role::body;
    int heading = -1;  // index into Document::headings for heading roles
};

struct Document {
    std::string buffer;  // normalised text; marker bytes overwritten with kDeletedByte
    std::vector<Line> lines;
    std::vector<Heading> headings;
    std::vector<Footnote> footnotes;

    std::string_view text(std::size_t line) const {
        const Line& l = lines[line];
        return std::string_view(buffer).substr(l.begin, l.end - l.begin);
    }
};

}  // namespace riskgraph::kv
