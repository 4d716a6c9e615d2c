// Turns the classified lines of a kv::Document into questions, answers, the
// postponement notice and the sources each question cites.
#pragma once

#include <cstddef>

#include "graph/model.h"
#include "importers/kv_document.h"

namespace riskgraph {

enum class BodyLayout {
    headings,    // "Vraag N" / "Antwoord N" / "1." headings divide the text
    paragraphs,  // no headings: each paragraph after the header is a question (tk-2024/58)
    single,      // the whole body is one question (European Parliament)
    notice,      // the whole body is a postponement notice (DOCX "Mededeling van ...")
    none,        // nothing after the headers (oral questions, tk-2024/00)
};

struct AssemblyOptions {
    BodyLayout layout = BodyLayout::none;
    std::size_t body_start = 0;        // lines before are headers and metadata
    bool answers_after_blank = false;  // openkamer: the answer follows its question after a blank line
};

// Fills out.questions (text, answer, sources) and out.notice.
void assemble_questions(const kv::Document& doc, const AssemblyOptions& options, ParsedDocument& out);

}  // namespace riskgraph
