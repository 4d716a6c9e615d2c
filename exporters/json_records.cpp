#include "exporters/json_records.h"

#include "graph/mention_json.h"

namespace riskgraph {
namespace {

void string_or_null(JsonWriter& w, const sql::Statement& stmt, int column) {
    if (stmt.column_is_null(column)) {
        w.Null();
        return;
    }
    write_json_string(w, stmt.column_text(column));
}

constexpr const char* kEntityColumns = "SELECT id, kind, name, source FROM entities";

}  // namespace

void write_json_string(JsonWriter& w, const std::string& text) {
    w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
}

EntityRecords::EntityRecords(sql::Database& db)
    : all_(db.prepare(std::string(kEntityColumns) + " ORDER BY id")),
      one_(db.prepare(std::string(kEntityColumns) + " WHERE id = ?")),
      aliases_(db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias")),
      external_ids_(db.prepare("SELECT scheme, value FROM entity_external_ids WHERE entity_id = ? ORDER BY scheme")) {}

bool EntityRecords::current(sql::Statement& stmt) {
    row_ = stmt.step() ? &stmt : nullptr;
    return row_ != nullptr;
}

bool EntityRecords::next() { return current(all_); }

bool EntityRecords::find(const std::string& id) {
    one_.reset();
    one_.bind(1, id);
    return current(one_);
}

void EntityRecords::write_fields(JsonWriter& w) {
    const sql::Statement& row = *row_;
    std::string id = row.column_text(0);
    w.Key("id"); write_json_string(w, id);
    w.Key("kind"); write_json_string(w, row.column_text(1));
    w.Key("name"); write_json_string(w, row.column_text(2));
    w.Key("aliases");
    w.StartArray();
    aliases_.bind(1, id);
    while (aliases_.step()) write_json_string(w, aliases_.column_text(0));
    aliases_.reset();
    w.EndArray();
    w.Key("external_ids");
    w.StartObject();
    external_ids_.bind(1, id);
    while (external_ids_.step()) {
        w.Key(external_ids_.column_text(0).c_str());
        write_json_string(w, external_ids_.column_text(1));
    }
    external_ids_.reset();
    w.EndObject();
    w.Key("source"); string_or_null(w, row, 3);
}

DocumentRecords::DocumentRecords(sql::Database& db)
    : documents_(db.prepare(
          "SELECT id, file, kind, official_id, zaak, aanhangsel, subject, submitted, received, notice, content_hash,"
          " subject_mentions FROM documents ORDER BY id")),
      members_(db.prepare("SELECT m.name, p.name FROM document_members dm JOIN members m ON m.id = dm.member_id"
                          " LEFT JOIN parties p ON p.id = m.party_id WHERE dm.document_id = ? ORDER BY dm.position")),
      addressees_(db.prepare("SELECT addressee FROM document_addressees WHERE document_id = ? ORDER BY position")),
      answerers_(db.prepare("SELECT answerer FROM document_answerers WHERE document_id = ? ORDER BY position")),
      questions_(db.prepare("SELECT id, number, text, answer, mentions, answer_mentions FROM document_questions"
                            " WHERE document_id = ? ORDER BY id")),
      sources_(db.prepare("SELECT url, footnote FROM sources WHERE question_id = ? ORDER BY id")) {}

bool DocumentRecords::next() { return documents_.step(); }

void DocumentRecords::write_text_list(JsonWriter& w, sql::Statement& stmt, std::int64_t document_id) {
    w.StartArray();
    stmt.bind(1, document_id);
    while (stmt.step()) write_json_string(w, stmt.column_text(0));
    stmt.reset();
    w.EndArray();
}

// The mentions of one text, as stored (graph/mention_json.h), with the text
// each matched.
void DocumentRecords::write_mentions(JsonWriter& w, const std::string& json, std::string_view field,
                                     const std::string& text) {
    for (const StoredMention& m : parse_mentions_json(json)) {
        w.StartObject();
        w.Key("entity"); write_json_string(w, m.entity_id);
        w.Key("field"); write_json_string(w, std::string(field));
        w.Key("text"); write_json_string(w, std::string(code_point_slice(text, m.start, m.end)));
        w.Key("start"); w.Int64(static_cast<std::int64_t>(m.start));
        w.Key("end"); w.Int64(static_cast<std::int64_t>(m.end));
        w.EndObject();
    }
}

void DocumentRecords::write_questions(JsonWriter& w, std::int64_t document_id) {
    w.StartArray();
    questions_.bind(1, document_id);
    while (questions_.step()) {
        std::int64_t question_id = questions_.column_int(0);
        w.StartObject();
        w.Key("number"); write_json_string(w, questions_.column_text(1));
        w.Key("text"); write_json_string(w, questions_.column_text(2));
        w.Key("answer"); string_or_null(w, questions_, 3);
        w.Key("mentions");
        w.StartArray();
        write_mentions(w, questions_.column_text(4), "question", questions_.column_text(2));
        write_mentions(w, questions_.column_text(5), "answer", questions_.column_text(3));
        w.EndArray();
        w.Key("sources");
        w.StartArray();
        sources_.bind(1, question_id);
        while (sources_.step()) {
            w.StartObject();
            w.Key("url"); write_json_string(w, sources_.column_text(0));
            w.Key("footnote"); w.Int64(sources_.column_int(1));
            w.EndObject();
        }
        sources_.reset();
        w.EndArray();
        w.EndObject();
    }
    questions_.reset();
    w.EndArray();
}

void DocumentRecords::write_fields(JsonWriter& w) {
    const sql::Statement& d = documents_;
    std::int64_t id = d.column_int(0);
    w.Key("id"); w.Int64(id);
    w.Key("file"); write_json_string(w, d.column_text(1));
    w.Key("kind"); write_json_string(w, d.column_text(2));
    w.Key("number"); string_or_null(w, d, d.column_is_null(4) ? 3 : 4);
    w.Key("official_id"); string_or_null(w, d, 3);
    w.Key("zaak"); string_or_null(w, d, 4);
    w.Key("aanhangsel"); string_or_null(w, d, 5);
    w.Key("members");
    w.StartArray();
    members_.bind(1, id);
    while (members_.step()) {
        w.StartObject();
        w.Key("name"); write_json_string(w, members_.column_text(0));
        w.Key("party"); string_or_null(w, members_, 1);
        w.EndObject();
    }
    members_.reset();
    w.EndArray();
    w.Key("addressees"); write_text_list(w, addressees_, id);
    w.Key("answered_by"); write_text_list(w, answerers_, id);
    w.Key("subject"); string_or_null(w, d, 6);
    w.Key("submitted"); string_or_null(w, d, 7);
    w.Key("received"); string_or_null(w, d, 8);
    w.Key("notice"); string_or_null(w, d, 9);
    w.Key("content_hash"); write_json_string(w, d.column_text(10));
    w.Key("subject_mentions");
    w.StartArray();
    write_mentions(w, d.column_text(11), "subject", d.column_text(6));
    w.EndArray();
    w.Key("questions"); write_questions(w, id);
}

}  // namespace riskgraph
