// Reads one Kamervragen document. A document looks like (PDF extraction):
//
//   Tweede Kamer der Staten-Generaal2                     <- page furniture
//   Vergaderjaar 2024–2025 Aanhangsel van de Handelingen
//   546                                                   <- Aanhangsel number
//   Vragen van de leden Van Nispen (SP) en Lahlah (GroenLinks-PvdA) aan de
//   Staatssecretaris van Justitie en Veiligheid over ... (ingezonden 24 oktober 2024).
//   Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen
//   14 november 2024).
//   Vraag 1
//   Hoe is dit bericht in de Telegraaf tot stand gekomen?1 Was dit ...
//   Antwoord 1
//   ...
//   1De Telegraaf, 23 oktober 2024, ... (www.telegraaf.nl/nieuws/...)   <- footnote
//
// Each pass in document_structure.h classifies lines; question_assembly.h
// builds the questions from the classified lines.
#include "importers/kamervragen_parser.h"

#include <algorithm>

#include "graph/errors.h"
#include "importers/document_structure.h"
#include "importers/dutch_dates.h"
#include "importers/header_sentence.h"
#include "importers/question_assembly.h"
#include "importers/text_cleanup.h"
#include "importers/web_layouts.h"

namespace riskgraph {
namespace {

// "Antwoord van Minister X (Dept) (ontvangen 18 november 2024). Zie ook ..."
void read_answer_sentence(const std::string& sentence, ParsedDocument& out) {
    if (sentence.empty()) return;
    const auto received_at = sentence.find("(ontvangen");
    if (received_at != std::string::npos) out.received = find_date(sentence.substr(received_at));
    const auto by = sentence.find(" van ");
    if (by == std::string::npos || (received_at != std::string::npos && by > received_at)) return;
    const auto end = received_at == std::string::npos ? std::string::npos : received_at - by - 5;
    out.answered_by = parse_answered_by(std::string_view(sentence).substr(by + 5, end));
}

void read_question_sentence(const std::string& sentence, ParsedDocument& out) {
    if (sentence.empty()) return;
    QuestionHeader header = parse_question_header(sentence);
    out.members = std::move(header.members);
    out.addressees = std::move(header.addressees);
    out.subject = std::move(header.subject);
    if (!header.submitted.empty()) out.submitted = std::move(header.submitted);
    if (header.oral) out.kind = DocumentKind::oral_questions;
}

BodyLayout choose_layout(bool has_headings, bool postponement, const WebLayout& web, const Headers& headers) {
    if (has_headings) return BodyLayout::headings;
    if (postponement) return BodyLayout::notice;
    if (web.single_question) return BodyLayout::single;
    if (headers.question_header >= 0) return BodyLayout::paragraphs;
    return BodyLayout::none;
}

bool announces_postponement(const Headers& headers) {
    return headers.answer_sentence.starts_with("Mededeling");
}

void decide_kind(const Headers& headers, ParsedDocument& out) {
    const bool answered = std::any_of(out.questions.begin(), out.questions.end(),
                                      [](const Question& q) { return !q.answer.empty(); });
    if (announces_postponement(headers) || !out.notice.empty()) {
        out.kind = DocumentKind::postponement;
    } else if (headers.answer_sentence.starts_with("Antwoord") || answered || !out.answered_by.empty()) {
        out.kind = DocumentKind::answers;
    }
}

void require_document(const Headers& headers, const WebLayout& web, const ParsedDocument& out,
                      const std::string& file) {
    if (headers.question_header >= 0 || !headers.answer_sentence.empty() || web.found || !out.questions.empty() ||
        !out.notice.empty()) {
        return;
    }
    throw InputError(file, 1, "not a parliamentary questions document: no header, no questions and no notice");
}

}  // namespace

ParsedDocument parse_kamervragen(std::string_view text, const std::string& file) {
    ParsedDocument out;
    out.file = file;
    std::string normalised = normalize_text(text);
    if (trim(normalised).find_first_not_of(" \n") == std::string_view::npos) {
        throw InputError(file, 1, "empty document");
    }
    kv::Document doc = split_document(std::move(normalised));
    mark_furniture(doc, out);
    WebLayout web;
    read_web_layouts(doc, out, web);
    const Headers headers = mark_headers(doc, out);
    read_question_sentence(headers.question_sentence, out);
    read_answer_sentence(headers.answer_sentence, out);

    const auto body_start = static_cast<std::size_t>(web.single_question ? web.body_start : headers.body_start);
    const bool has_headings = mark_headings(doc, body_start);
    mark_footnotes(doc);
    resolve_markers(doc);

    AssemblyOptions options;
    options.layout = choose_layout(has_headings, announces_postponement(headers), web, headers);
    options.body_start = body_start;
    options.answers_after_blank = web.answers_after_blank;
    assemble_questions(doc, options, out);
    decide_kind(headers, out);
    require_document(headers, web, out, file);
    return out;
}

}  // namespace riskgraph
