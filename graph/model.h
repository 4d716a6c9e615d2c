// The records riskgraph stores: what importers produce and queries read.
// Plain data, no behaviour beyond converting enums to and from text at the
// edges (SQLite, JSON, the command line).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace riskgraph {

enum class EntityKind { vendor, institution, treaty, place, group, topic, person, party };

std::string_view to_string(EntityKind kind);
std::optional<EntityKind> entity_kind_from_string(std::string_view text);
const std::vector<EntityKind>& all_entity_kinds();

struct Entity {
    std::string id;  // stable, lower-case, e.g. "huawei"
    EntityKind kind = EntityKind::topic;
    std::string name;  // canonical name
    std::vector<std::string> aliases;
    std::map<std::string, std::string> external_ids;  // e.g. {"wikidata": "Q160120"}
    std::string source;  // where the facts come from
};

enum class DocumentKind {
    written_questions,  // "Vragen van het lid ... (ingezonden ...)" without answers
    oral_questions,     // "Mondelinge vragen van ..."
    answers,            // questions with the government's answers (Aanhangsel)
    postponement,       // "Mededeling ... uitstel": the answers come later
};

std::string_view to_string(DocumentKind kind);
std::optional<DocumentKind> document_kind_from_string(std::string_view text);

struct Member {
    std::string name;   // as printed: "Van Helvert", "Inge van Dijk"
    std::string party;  // as printed: "CDA", "GroenLinks-PvdA"; empty if not printed
    bool operator==(const Member&) const = default;
};

struct Source {
    std::string url;
    int footnote = 0;  // footnote number as printed; 0 when the URL stood in the text itself
    bool operator==(const Source&) const = default;
};

struct Question {
    std::string number;  // as printed: "1", "2 t/m 6"; for unnumbered questions the ordinal
    std::string text;    // cleaned: page furniture removed, line-end hyphens joined, lines joined
    std::string answer;  // cleaned answer text; empty when the document has none
    std::vector<Source> sources;
};

// One parsed document, before entity matching. Dates are ISO 8601
// ("2020-12-22") or empty when the document does not print them.
struct ParsedDocument {
    std::string file;          // path as given to the importer
    DocumentKind kind = DocumentKind::written_questions;
    std::string zaak;          // "2024Z18775" where printed
    std::string aanhangsel;    // "593" (Aanhangsel van de Handelingen number) where printed
    std::string official_id;   // "kv-tk-2024Z18775", "ah-tk-20242025-593" where printed
    std::vector<Member> members;
    std::vector<std::string> addressees;   // "Minister van Buitenlandse Zaken"
    std::string subject;                   // the text after "over" in the header
    std::string submitted;                 // "ingezonden" date
    std::string received;                  // "ontvangen" date of the answer or notice
    std::vector<std::string> answered_by;  // "Minister Faber-Van de Klashorst (Asiel en Migratie)"
    std::string notice;                    // text of a postponement notice
    std::vector<Question> questions;
};

// Where in a document a mention stands.
enum class TextField { subject, question, answer };
std::string_view to_string(TextField field);
std::optional<TextField> text_field_from_string(std::string_view text);

// A lexicon entity found in a text. Offsets count Unicode code points in the
// stored (cleaned) text of that field, end exclusive, so text == field[start, end).
struct Mention {
    static constexpr std::uint32_t kNoNumber = 0xffffffffu;

    std::string entity_id;
    TextField field = TextField::question;
    int question = -1;  // index into ParsedDocument::questions; -1 for the subject
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;
    // The entity's index in the importing lexicon (StoreWriter::number_entities),
    // or kNoNumber: then entity_id alone counts.
    std::uint32_t entity_number = kNoNumber;
};

}  // namespace riskgraph
