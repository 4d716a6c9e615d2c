// mark_footnotes and resolve_markers (declared in document_structure.h).
#include <optional>

#include "importers/document_structure.h"
#include "importers/footnotes.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

bool ends_footnote(kv::Role role) {
    return role != kv::Role::body && role != kv::Role::footnote;
}

// "X Noot" / "Noten": web pages print each footnote as a number line followed
// by its text.
bool opens_note_section(std::string_view line) {
    return line == "X Noot" || line == "Noot" || line == "Noten" || line == "Voetnoten";
}

struct FootnoteScan {
    int expected = 1;
    bool in_block = false;
    bool after_break = false;
    bool note_section = false;
    TextJoiner joiner;
};

void finish_footnote(kv::Document& doc, FootnoteScan& scan) {
    if (!scan.in_block || doc.footnotes.empty()) return;
    doc.footnotes.back().text = scan.joiner.take();
    scan.joiner = TextJoiner();
    scan.in_block = false;
}

std::optional<FootnoteStart> start_in_note_section(std::string_view line, int expected) {
    if (line == std::to_string(expected)) return FootnoteStart{expected, line.size()};
    return std::nullopt;
}

// Last candidate marker per footnote number in [lo, hi] within lines [from, to).
struct MarkerHit {
    std::size_t line = 0;
    MarkerToken token;
};

// Where the text that may cite footnotes starts in a line: body lines, and
// the question text on a DOCX heading line ("1. Kunt u ... het UWV 1) ook ...").
std::size_t cited_text_start(const kv::Document& doc, std::size_t i) {
    const kv::Line& line = doc.lines[i];
    if (line.role == kv::Role::body) return 0;
    if (line.role != kv::Role::question_heading) return std::string_view::npos;
    const std::size_t rest = doc.headings[static_cast<std::size_t>(line.heading)].rest;
    return rest < doc.text(i).size() ? rest : std::string_view::npos;
}

void scan_window(const kv::Document& doc, std::size_t from, std::size_t to, int lo,
                 std::vector<std::optional<MarkerHit>>& hits) {
    const int hi = lo + static_cast<int>(hits.size()) - 1;
    std::vector<MarkerToken> tokens;
    for (std::size_t i = from; i < to; ++i) {
        const std::size_t text_start = cited_text_start(doc, i);
        if (text_start == std::string_view::npos) continue;
        tokens.clear();
        find_marker_tokens(doc.text(i).substr(text_start), lo, hi, tokens);
        for (auto& token : tokens) {
            token.offset += text_start;
            hits[static_cast<std::size_t>(token.number - lo)] = MarkerHit{i, token};
        }
    }
}

void delete_bytes(kv::Document& doc, std::size_t line, const MarkerToken& token) {
    const std::size_t begin = doc.lines[line].begin + token.offset;
    for (std::size_t k = 0; k < token.length && begin + k < doc.lines[line].end; ++k) {
        doc.buffer[begin + k] = kDeletedByte;
    }
}

// Lines that may separate footnotes of one page-bottom block.
bool only_gap_lines(const kv::Document& doc, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const kv::Role role = doc.lines[i].role;
        if (role != kv::Role::blank && role != kv::Role::furniture && role != kv::Role::footnote) return false;
    }
    return true;
}

void delete_trailing_markers(kv::Document& doc) {
    const std::size_t count = doc.lines.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (doc.lines[i].role != kv::Role::body) continue;
        if (auto token = find_trailing_marker(doc.text(i))) delete_bytes(doc, i, *token);
    }
}

}  // namespace

void mark_footnotes(kv::Document& doc) {
    FootnoteScan scan;
    const std::size_t count = doc.lines.size();
    for (std::size_t i = 0; i < count; ++i) {
        kv::Line& line = doc.lines[i];
        const std::string_view text = doc.text(i);
        if (line.role == kv::Role::blank) {
            // A note-section number line is followed by a blank line, then its text.
            if (!(scan.note_section && scan.in_block && scan.joiner.empty())) finish_footnote(doc, scan);
            scan.after_break = true;
            continue;
        }
        if (line.role == kv::Role::body && opens_note_section(text)) {
            finish_footnote(doc, scan);
            line.role = kv::Role::furniture;
            scan.note_section = true;
            continue;
        }
        if (ends_footnote(line.role)) {
            finish_footnote(doc, scan);
            scan.after_break = false;
            continue;
        }
        auto start = scan.note_section ? start_in_note_section(text, scan.expected)
                                       : parse_footnote_start(text, scan.expected, scan.after_break || scan.in_block);
        if (start) {
            finish_footnote(doc, scan);
            doc.footnotes.push_back({start->number, i, i, {}, -1});
            scan.joiner.add_line(text.substr(start->text_offset));
            scan.in_block = true;
            ++scan.expected;
            line.role = kv::Role::footnote;
        } else if (scan.in_block) {
            scan.joiner.add_line(text);
            doc.footnotes.back().last_line = i;
            line.role = kv::Role::footnote;
        }
        scan.after_break = false;
    }
    finish_footnote(doc, scan);
}

void resolve_markers(kv::Document& doc) {
    if (doc.footnotes.empty()) {
        delete_trailing_markers(doc);
        return;
    }
    std::size_t window_start = 0;
    std::size_t first = 0;
    while (first < doc.footnotes.size()) {
        // A block: footnotes with no body or heading line between them.
        std::size_t last = first;
        while (last + 1 < doc.footnotes.size() &&
               only_gap_lines(doc, doc.footnotes[last].last_line + 1, doc.footnotes[last + 1].first_line)) {
            ++last;
        }
        const int lo = doc.footnotes[first].number;
        std::vector<std::optional<MarkerHit>> hits(last - first + 1);
        scan_window(doc, window_start, doc.footnotes[first].first_line, lo, hits);
        for (std::size_t k = first; k <= last; ++k) {
            const auto& hit = hits[k - first];
            if (!hit) continue;
            delete_bytes(doc, hit->line, hit->token);
            doc.footnotes[k].marker_line = static_cast<std::ptrdiff_t>(hit->line);
        }
        window_start = doc.footnotes[last].last_line + 1;
        first = last + 1;
    }
}

}  // namespace riskgraph
