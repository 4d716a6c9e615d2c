// The passes that give each line of a kv::Document its role, in order:
// furniture, header sentences, headings, footnotes, footnote markers.
#pragma once

#include <cstddef>
#include <string>

#include "graph/model.h"
#include "importers/kv_document.h"

namespace riskgraph {

// Splits normalised text into trimmed lines (all Role::body or Role::blank).
kv::Document split_document(std::string normalised);

// Page furniture and id lines -> Role::furniture / Role::meta; fills zaak,
// aanhangsel, official_id and a stand-alone "(ingezonden ...)" date. Lines
// after "Toelichting:" become Role::ignored.
void mark_furniture(kv::Document& doc, ParsedDocument& out);

struct Headers {
    std::ptrdiff_t question_header = -1;  // first line of "Vragen van ..."
    std::ptrdiff_t body_start = 0;        // first line after the header sentences
    std::string question_sentence;        // joined "Vragen van ... (ingezonden ...)."
    std::string answer_sentence;          // joined "Antwoord van ... (ontvangen ...)."
};

// Finds the question header sentence and the answer/notice header sentence,
// marking their lines; a bare number line above the header is the Aanhangsel
// number ("546").
Headers mark_headers(kv::Document& doc, ParsedDocument& out);

// Question/answer/notice headings below the headers. DOCX numbering ("1.",
// "1") is used only when no "Vraag N" heading exists. Returns whether any
// heading was found.
bool mark_headings(kv::Document& doc, std::size_t from);

// Footnote texts -> Role::footnote and Document::footnotes (numbered 1, 2, ...).
void mark_footnotes(kv::Document& doc);

// Finds the marker citing each footnote (the candidate nearest before the
// footnote's page-bottom block) and deletes it from the text. In documents
// without footnote texts, markers at line ends ("?1", "? 1)") are deleted.
void resolve_markers(kv::Document& doc);

}  // namespace riskgraph
