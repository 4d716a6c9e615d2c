#include "importers/web_layouts.h"

#include <algorithm>

#include "importers/dutch_dates.h"
#include "importers/header_sentence.h"
#include "importers/page_furniture.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

std::string_view after(std::string_view line, std::string_view prefix) { return trim(line.substr(prefix.size())); }

std::ptrdiff_t next_text_line(const kv::Document& doc, std::size_t i) {
    for (std::size_t j = i + 1; j < doc.lines.size() && j < i + 4; ++j) {
        if (!doc.text(j).empty()) return static_cast<std::ptrdiff_t>(j);
    }
    return -1;
}

// "Koen Metsu, N-VA (06591)" -> {Koen Metsu, N-VA}
Member belgian_member(std::string_view text) {
    const auto comma = text.find(',');
    Member member{std::string(trim(text.substr(0, comma))), {}};
    if (comma != std::string_view::npos) {
        std::string_view party = trim(text.substr(comma + 1));
        if (const auto paren = party.find(" ("); paren != std::string_view::npos) party = party.substr(0, paren);
        member.party = std::string(party);
    }
    return member;
}

bool read_openkamer(const kv::Document& doc, std::size_t i, std::string_view line, ParsedDocument& out,
                    WebLayout& layout) {
    if (line.starts_with("Indieners ")) {
        out.members = parse_members(after(line, "Indieners"));
    } else if (line.starts_with("Ingediend ")) {
        out.submitted = find_date(line);
    } else if (line.starts_with("Beantwoord door ")) {
        out.answered_by.emplace_back(after(line, "Beantwoord door"));
        layout.answers_after_blank = true;
    } else if (line.starts_with("Beantwoord ")) {
        out.received = find_date(line);
    } else if (line.starts_with("Kamervraag ") && is_zaak_number(after(line, "Kamervraag"))) {
        out.zaak = std::string(after(line, "Kamervraag"));
        if (const auto next = next_text_line(doc, i); next >= 0) out.subject = clean_inline(doc.text(next));
    } else if (line.starts_with("Bron vraag ") || line.starts_with("Bron antwoord ") || line.starts_with("Onderwerpen ")) {
        // links and tags: not part of the document
    } else {
        return false;
    }
    return true;
}

bool read_belgian(std::string_view line, ParsedDocument& out) {
    if (line.starts_with("Auteur ")) {
        out.members = {belgian_member(after(line, "Auteur"))};
    } else if (line.starts_with("Datum indiening")) {
        out.submitted = find_date(line);
    } else if (line.starts_with("Titel ")) {
        out.subject = std::string(after(line, "Titel"));
    } else if (line.starts_with("Departement ")) {
        out.addressees = {std::string(after(line, "Departement"))};
    } else {
        return false;
    }
    return true;
}

bool read_european(kv::Document& doc, std::size_t i, std::string_view line, ParsedDocument& out, WebLayout& layout) {
    if (line.starts_with("Question for written answer ")) {
        out.official_id = std::string(after(line, "Question for written answer"));
        for (std::size_t back = i; back > 0 && back + 4 > i; --back) {
            if (out.submitted.empty()) out.submitted = find_date(doc.text(back - 1));
        }
        layout.single_question = true;
    } else if (layout.single_question && line.starts_with("to the ")) {
        out.addressees = {std::string(after(line, "to the"))};
    } else if (layout.single_question && line.starts_with("Rule ")) {
        if (const auto next = next_text_line(doc, i); next >= 0) {
            out.members = parse_members(doc.text(next));
            doc.lines[next].role = kv::Role::meta;
        }
    } else if (line.starts_with("Subject:")) {
        out.subject = clean_inline(after(line, "Subject:"));
        layout.body_start = static_cast<std::ptrdiff_t>(i) + 1;
    } else {
        return false;
    }
    return true;
}

// Every metadata line a reader reads starts with one of its letters.
bool read_metadata(kv::Document& doc, std::size_t i, std::string_view line, ParsedDocument& out, WebLayout& layout) {
    if (line.empty()) return false;
    switch (line[0]) {
        case 'I': case 'B': case 'K': case 'O':
            return read_openkamer(doc, i, line, out, layout);
        case 'A': case 'D': case 'T':
            return read_belgian(line, out);
        case 'Q': case 't': case 'R': case 'S':
            return read_european(doc, i, line, out, layout);
        default:
            return false;
    }
}

}  // namespace

void read_web_layouts(kv::Document& doc, ParsedDocument& out, WebLayout& layout) {
    // Web pages print their metadata above the text; deeper lines are never read as metadata.
    constexpr std::size_t kMetadataLines = 80;
    const std::size_t end = std::min(doc.lines.size(), kMetadataLines);
    for (std::size_t i = 0; i < end; ++i) {
        if (doc.lines[i].role != kv::Role::body) continue;
        if (read_metadata(doc, i, doc.text(i), out, layout)) {
            doc.lines[i].role = kv::Role::meta;
            layout.found = true;
        }
    }
    if (layout.single_question && layout.body_start < 0) layout.single_question = false;
}

}  // namespace riskgraph
