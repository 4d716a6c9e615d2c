// Metadata lines of web-page copies of questions, which print no Dutch
// header sentence:
//   openkamer:  "Kamervraag 2019Z23119", "Ingediend 25 november 2019",
//               "Indieners Arne Weverling (VVD), Joba van den Berg-Jansen (CDA)",
//               "Beantwoord door Mona Keijzer (staatssecretaris economische zaken) (CDA)"
//   Belgian Kamer: "Auteur Koen Metsu, N-VA (06591)", "Datum indiening25/03/2022",
//               "Titel ...", "Departement Eerste Minister"
//   European Parliament: "Question for written answer E-003068-19", "to the Commission",
//               "Mara Bizzotto (ID) , Anna Bonfrisco (ID)", " Subject:  Safe City project ..."
#pragma once

#include <cstddef>

#include "graph/model.h"
#include "importers/kv_document.h"

namespace riskgraph {

struct WebLayout {
    bool found = false;                // any web layout metadata seen
    bool answers_after_blank = false;  // openkamer: answer follows its question after a blank line
    bool single_question = false;      // European Parliament: the body is one question
    std::ptrdiff_t body_start = -1;    // first body line of a single question
};

// Reads web layout metadata lines into `out`, marking them Role::meta.
void read_web_layouts(kv::Document& doc, ParsedDocument& out, WebLayout& layout);

}  // namespace riskgraph
