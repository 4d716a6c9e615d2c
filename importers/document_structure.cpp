#include "importers/document_structure.h"

#include <cstring>

#include "importers/dutch_dates.h"
#include "importers/header_sentence.h"
#include "importers/headings.h"
#include "importers/page_furniture.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

constexpr std::size_t kMaxHeaderLines = 10;

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 5) return false;
    for (char c : s) {
        if (!is_digit(c)) return false;
    }
    return true;
}

void apply_furniture(const Furniture& f, ParsedDocument& out) {
    switch (f.kind) {
        case FurnitureKind::official_id:
            if (out.official_id.empty()) out.official_id = f.value;
            if (f.value.starts_with("kv-tk-") && out.zaak.empty()) out.zaak = f.value.substr(6);
            if (f.value.starts_with("ah-tk-") && out.aanhangsel.empty()) out.aanhangsel = f.value.substr(f.value.rfind('-') + 1);
            break;
        case FurnitureKind::zaak:
            if (out.zaak.empty()) out.zaak = f.value;
            break;
        case FurnitureKind::aanhangsel:
            if (out.aanhangsel.empty()) out.aanhangsel = f.value;
            break;
        case FurnitureKind::submitted:
            if (out.submitted.empty()) out.submitted = find_date(f.value);
            break;
        default:
            break;
    }
}

kv::Role role_of(FurnitureKind kind) {
    switch (kind) {
        case FurnitureKind::page:
        case FurnitureKind::official_id:
            return kv::Role::furniture;
        case FurnitureKind::end_of_text:
            return kv::Role::ignored;
        default:
            return kv::Role::meta;
    }
}

bool stops_header(const kv::Document& doc, std::size_t i) {
    const kv::Role role = doc.lines[i].role;
    if (role == kv::Role::blank || role == kv::Role::ignored) return true;
    const std::string_view text = doc.text(i);
    return text.starts_with("Antwoord van ") || text.starts_with("Mededeling van ") ||
           (may_be_labelled_heading(text) && parse_labelled_heading(text).has_value());
}

// Joins lines from `first` until `closing` ("(ingezonden", "(ontvangen") and the
// parenthesis after it have been read; marks them with `role`.
std::string read_sentence(kv::Document& doc, std::size_t first, std::string_view closing, kv::Role role,
                          std::size_t* next) {
    TextJoiner joiner;
    std::size_t i = first;
    for (; i < doc.lines.size() && i < first + kMaxHeaderLines; ++i) {
        if (i > first && stops_header(doc, i)) break;
        if (doc.lines[i].role == kv::Role::furniture) continue;
        joiner.add_line(strip_markdown_marks(doc.text(i)));
        doc.lines[i].role = role;
        const auto at = joiner.text().find(closing);
        if (at != std::string::npos && joiner.text().find(')', at) != std::string::npos) {
            ++i;
            break;
        }
    }
    *next = i;
    return joiner.take();
}

std::ptrdiff_t first_labelled_heading(const kv::Document& doc) {
    kv::Heading scratch;  // one heading's storage for every line tried
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].role != kv::Role::body) continue;
        const std::string_view text = doc.text(i);
        if (may_be_labelled_heading(text) && read_labelled_heading(text, scratch)) return static_cast<std::ptrdiff_t>(i);
    }
    return static_cast<std::ptrdiff_t>(doc.lines.size());
}

// The bare "546" line printed above the header of an Aanhangsel PDF.
void mark_aanhangsel_number(kv::Document& doc, std::size_t header, ParsedDocument& out) {
    for (std::size_t i = 0; i < header; ++i) {
        if (doc.lines[i].role == kv::Role::body && all_digits(doc.text(i))) {
            if (out.aanhangsel.empty()) out.aanhangsel = std::string(doc.text(i));
            doc.lines[i].role = kv::Role::meta;
        }
    }
}

bool opens_answer_header(std::string_view line) {
    line = strip_markdown_marks(line);
    if (line.empty() || (line[0] != 'A' && line[0] != 'M')) return false;
    return line.starts_with("Antwoord van ") || line.starts_with("Mededeling van ");
}

}  // namespace

kv::Document split_document(std::string normalised) {
    kv::Document doc;
    doc.buffer = std::move(normalised);
    const char* const all = doc.buffer.data();
    const std::size_t size = doc.buffer.size();
    doc.lines.reserve(size / 48 + 16);  // a guess: printed lines run to 60-90 bytes
    std::size_t start = 0;
    for (;;) {
        const void* newline = std::memchr(all + start, '\n', size - start);
        const std::size_t end = newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - all) : size;
        // trim(), written out: this runs for every line of every document.
        std::size_t b = start;
        std::size_t e = end;
        while (b < e && (all[b] == ' ' || all[b] == kDeletedByte)) ++b;
        while (e > b && (all[e - 1] == ' ' || all[e - 1] == kDeletedByte)) --e;
        if (b == e) {
            doc.lines.push_back({start, start, kv::Role::blank});
        } else {
            doc.lines.push_back({b, e, kv::Role::body});
        }
        if (!newline) break;
        start = end + 1;
    }
    return doc;
}

void mark_furniture(kv::Document& doc, ParsedDocument& out) {
    bool ignoring = false;
    for (std::size_t i = 0; i < doc.lines.size(); ++i) {
        kv::Line& line = doc.lines[i];
        if (line.role == kv::Role::blank) continue;
        if (ignoring) {
            line.role = kv::Role::ignored;
            continue;
        }
        const std::string_view text = doc.text(i);
        if (!may_be_furniture(text)) continue;
        const Furniture f = classify_furniture(text);
        if (f.kind == FurnitureKind::none) continue;
        apply_furniture(f, out);
        line.role = role_of(f.kind);
        ignoring = f.kind == FurnitureKind::end_of_text;
    }
}

Headers mark_headers(kv::Document& doc, ParsedDocument& out) {
    Headers headers;
    const std::ptrdiff_t limit = first_labelled_heading(doc);
    std::size_t next = 0;
    for (std::ptrdiff_t i = 0; i < limit; ++i) {
        const auto u = static_cast<std::size_t>(i);
        if (doc.lines[u].role != kv::Role::body) continue;
        if (headers.question_header < 0 && opens_question_header(doc.text(u))) {
            headers.question_header = i;
            headers.question_sentence = read_sentence(doc, u, "(ingezonden", kv::Role::header, &next);
            mark_aanhangsel_number(doc, u, out);
        } else if (headers.answer_sentence.empty() && opens_answer_header(doc.text(u))) {
            headers.answer_sentence = read_sentence(doc, u, "(ontvangen", kv::Role::answer_header, &next);
        } else {
            continue;
        }
        headers.body_start = static_cast<std::ptrdiff_t>(next);
        i = static_cast<std::ptrdiff_t>(next) - 1;
    }
    return headers;
}

bool mark_headings(kv::Document& doc, std::size_t from) {
    doc.headings.reserve(64);  // a guess that saves regrowing for typical documents
    bool labelled_questions = false;
    for (std::size_t i = from; i < doc.lines.size(); ++i) {
        if (doc.lines[i].role != kv::Role::body) continue;
        const std::string_view text = doc.text(i);
        if (!may_be_labelled_heading(text)) continue;
        // Read in place: most lines that get this far are headings.
        kv::Heading& heading = doc.headings.emplace_back();
        if (!read_labelled_heading(text, heading)) {
            doc.headings.pop_back();
            continue;
        }
        labelled_questions = labelled_questions || heading.kind == kv::Heading::Kind::question;
        doc.lines[i].role = heading.kind == kv::Heading::Kind::question ? kv::Role::question_heading
                            : heading.kind == kv::Heading::Kind::answer ? kv::Role::answer_heading
                                                                        : kv::Role::notice_heading;
        doc.lines[i].heading = static_cast<int>(doc.headings.size() - 1);
    }
    if (labelled_questions) return true;
    int expected = 1;
    for (std::size_t i = from; i < doc.lines.size(); ++i) {
        if (doc.lines[i].role != kv::Role::body) continue;
        auto heading = parse_numbered_heading(doc.text(i), expected);
        if (!heading) continue;
        ++expected;
        doc.lines[i].role = kv::Role::question_heading;
        doc.lines[i].heading = static_cast<int>(doc.headings.size());
        doc.headings.push_back(std::move(*heading));
    }
    return !doc.headings.empty();
}

}  // namespace riskgraph
