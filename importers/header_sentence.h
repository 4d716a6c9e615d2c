// The sentences that open a document:
//   "Vragen van de leden Podt (D66) en Van Nispen (SP) aan de Staatssecretaris
//    van Justitie en Veiligheid over Veldzicht (ingezonden 15 november 2024)."
//   "Antwoord van Minister Veldkamp (Buitenlandse Zaken), mede namens de Minister
//    van Asiel en Migratie (ontvangen 18 november 2024)."
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

struct QuestionHeader {
    std::vector<Member> members;
    std::vector<std::string> addressees;
    std::string subject;
    std::string submitted;  // ISO date or ""
    bool oral = false;      // "Mondelinge vragen"
};

// Whether a line opens the question header sentence ("Vragen van ...",
// "Mondelinge vragen van ...", "Vragen de leden ..."). Not the running head
// "Vragen gesteld door de leden der Kamer".
bool opens_question_header(std::string_view line);

// `sentence` is the whole header sentence on one line.
QuestionHeader parse_question_header(std::string_view sentence);

// "Van Helvert (CDA)", "Podt (D66) en Van Nispen (SP)",
// "Rajkowski, Brekelmans en Michon-Derkzen (allen VVD)",
// "Beckerman (SP), Bushoff , Kröger (beiden GroenLinks-PvdA) en Teunissen (PvdD)".
// "beiden"/"allen" give the party to the preceding members printed without one.
std::vector<Member> parse_members(std::string_view list);

// "de Ministers van Financiën en voor Buitenlandse Handel en Ontwikkelingshulp"
//   -> {"Minister van Financiën", "Minister voor Buitenlandse Handel en Ontwikkelingshulp"}
// "de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, bij afwezigheid
//  van deMinister," -> {"Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"}
std::vector<std::string> parse_addressees(std::string_view text);

// `text` follows "Antwoord van " / "Mededeling van " and ends before "(ontvangen":
// "Staatssecretaris Van Marum (Binnenlandse Zaken en Koninkrijksrelaties) en van
//  Minister Hermans (Klimaat en Groene Groei)" -> two entries; ", mede namens ..."
// clauses are dropped.
std::vector<std::string> parse_answered_by(std::string_view text);

}  // namespace riskgraph
