#include "exporters/json_export.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <string>

namespace riskgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void string_or_null(JsonWriter& w, const sql::Statement& stmt, int column) {
    if (stmt.column_is_null(column)) {
        w.Null();
        return;
    }
    std::string text = stmt.column_text(column);
    w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
}

void string(JsonWriter& w, const std::string& text) {
    w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
}

void write_entities(sql::Database& db, JsonWriter& w) {
    auto entities = db.prepare("SELECT id, kind, name, source FROM entities ORDER BY id");
    auto aliases = db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias");
    auto ids = db.prepare("SELECT scheme, value FROM entity_external_ids WHERE entity_id = ? ORDER BY scheme");
    w.Key("entities");
    w.StartArray();
    while (entities.step()) {
        std::string id = entities.column_text(0);
        w.StartObject();
        w.Key("id"); string(w, id);
        w.Key("kind"); string(w, entities.column_text(1));
        w.Key("name"); string(w, entities.column_text(2));
        w.Key("aliases");
        w.StartArray();
        aliases.bind(1, id);
        while (aliases.step()) string(w, aliases.column_text(0));
        aliases.reset();
        w.EndArray();
        w.Key("external_ids");
        w.StartObject();
        ids.bind(1, id);
        while (ids.step()) {
            w.Key(ids.column_text(0).c_str());
            string(w, ids.column_text(1));
        }
        ids.reset();
        w.EndObject();
        w.Key("source"); string_or_null(w, entities, 3);
        w.EndObject();
    }
    w.EndArray();
}

struct DocumentStatements {
    explicit DocumentStatements(sql::Database& db)
        : members(db.prepare("SELECT m.name, p.name FROM document_members dm JOIN members m ON m.id = dm.member_id"
                             " LEFT JOIN parties p ON p.id = m.party_id WHERE dm.document_id = ? ORDER BY dm.position")),
          addressees(db.prepare("SELECT addressee FROM document_addressees WHERE document_id = ? ORDER BY position")),
          answerers(db.prepare("SELECT answerer FROM document_answerers WHERE document_id = ? ORDER BY position")),
          questions(db.prepare("SELECT id, number, text, answer FROM questions WHERE document_id = ? ORDER BY ordinal")),
          mentions(db.prepare("SELECT entity_id, field, start, end, text FROM mentions WHERE question_id = ?"
                              " ORDER BY field = 'answer', start")),
          subject_mentions(db.prepare("SELECT entity_id, field, start, end, text FROM mentions"
                                      " WHERE document_id = ? AND question_id IS NULL ORDER BY start")),
          sources(db.prepare("SELECT url, footnote FROM sources WHERE question_id = ? ORDER BY id")) {}
    sql::Statement members, addressees, answerers, questions, mentions, subject_mentions, sources;
};

void write_text_list(JsonWriter& w, sql::Statement& stmt, std::int64_t document_id) {
    w.StartArray();
    stmt.bind(1, document_id);
    while (stmt.step()) string(w, stmt.column_text(0));
    stmt.reset();
    w.EndArray();
}

void write_mentions(JsonWriter& w, sql::Statement& stmt, std::int64_t key) {
    w.StartArray();
    stmt.bind(1, key);
    while (stmt.step()) {
        w.StartObject();
        w.Key("entity"); string(w, stmt.column_text(0));
        w.Key("field"); string(w, stmt.column_text(1));
        w.Key("text"); string(w, stmt.column_text(4));
        w.Key("start"); w.Int64(stmt.column_int(2));
        w.Key("end"); w.Int64(stmt.column_int(3));
        w.EndObject();
    }
    stmt.reset();
    w.EndArray();
}

void write_questions(JsonWriter& w, DocumentStatements& s, std::int64_t document_id) {
    w.StartArray();
    s.questions.bind(1, document_id);
    while (s.questions.step()) {
        std::int64_t question_id = s.questions.column_int(0);
        w.StartObject();
        w.Key("number"); string(w, s.questions.column_text(1));
        w.Key("text"); string(w, s.questions.column_text(2));
        w.Key("answer"); string_or_null(w, s.questions, 3);
        w.Key("mentions"); write_mentions(w, s.mentions, question_id);
        w.Key("sources");
        w.StartArray();
        s.sources.bind(1, question_id);
        while (s.sources.step()) {
            w.StartObject();
            w.Key("url"); string(w, s.sources.column_text(0));
            w.Key("footnote"); w.Int64(s.sources.column_int(1));
            w.EndObject();
        }
        s.sources.reset();
        w.EndArray();
        w.EndObject();
    }
    s.questions.reset();
    w.EndArray();
}

void write_documents(sql::Database& db, JsonWriter& w) {
    DocumentStatements s(db);
    auto documents = db.prepare(
        "SELECT id, file, kind, official_id, zaak, aanhangsel, subject, submitted, received, notice, content_hash"
        " FROM documents ORDER BY id");
    w.Key("documents");
    w.StartArray();
    while (documents.step()) {
        std::int64_t id = documents.column_int(0);
        w.StartObject();
        w.Key("id"); w.Int64(id);
        w.Key("file"); string(w, documents.column_text(1));
        w.Key("kind"); string(w, documents.column_text(2));
        w.Key("number"); string_or_null(w, documents, documents.column_is_null(4) ? 3 : 4);
        w.Key("official_id"); string_or_null(w, documents, 3);
        w.Key("zaak"); string_or_null(w, documents, 4);
        w.Key("aanhangsel"); string_or_null(w, documents, 5);
        w.Key("members");
        w.StartArray();
        s.members.bind(1, id);
        while (s.members.step()) {
            w.StartObject();
            w.Key("name"); string(w, s.members.column_text(0));
            w.Key("party"); string_or_null(w, s.members, 1);
            w.EndObject();
        }
        s.members.reset();
        w.EndArray();
        w.Key("addressees"); write_text_list(w, s.addressees, id);
        w.Key("answered_by"); write_text_list(w, s.answerers, id);
        w.Key("subject"); string_or_null(w, documents, 6);
        w.Key("submitted"); string_or_null(w, documents, 7);
        w.Key("received"); string_or_null(w, documents, 8);
        w.Key("notice"); string_or_null(w, documents, 9);
        w.Key("content_hash"); string(w, documents.column_text(10));
        w.Key("subject_mentions"); write_mentions(w, s.subject_mentions, id);
        w.Key("questions"); write_questions(w, s, id);
        w.EndObject();
    }
    w.EndArray();
}

// Entity pairs named in one question, all kinds.
void write_edges(sql::Database& db, JsonWriter& w) {
    auto edges = db.prepare(R"sql(
        WITH qe AS (SELECT DISTINCT question_id, document_id, entity_id FROM mentions
                    WHERE question_id IS NOT NULL AND field = 'question')
        SELECT a.entity_id, b.entity_id, count(*), count(DISTINCT a.document_id)
        FROM qe a JOIN qe b ON b.question_id = a.question_id AND a.entity_id < b.entity_id
        GROUP BY a.entity_id, b.entity_id ORDER BY a.entity_id, b.entity_id)sql");
    w.Key("edges");
    w.StartArray();
    while (edges.step()) {
        w.StartObject();
        w.Key("source"); string(w, edges.column_text(0));
        w.Key("target"); string(w, edges.column_text(1));
        w.Key("type"); w.String("co_mention");
        w.Key("questions"); w.Int64(edges.column_int(2));
        w.Key("documents"); w.Int64(edges.column_int(3));
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

void export_json(sql::Database& db, std::ostream& out) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter w(stream);
    w.StartObject();
    w.Key("format"); w.String("riskgraph");
    w.Key("version"); w.Int(1);
    write_entities(db, w);
    write_documents(db, w);
    write_edges(db, w);
    w.EndObject();
    out << '\n';
}

}  // namespace riskgraph
