#include "exporters/json_export.h"

#include "exporters/json_records.h"

namespace riskgraph {
namespace {

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
        w.Key("source"); write_json_string(w, edges.column_text(0));
        w.Key("target"); write_json_string(w, edges.column_text(1));
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
    w.Key("entities");
    w.StartArray();
    EntityRecords entities(db);
    while (entities.next()) {
        w.StartObject();
        entities.write_fields(w);
        w.EndObject();
    }
    w.EndArray();
    w.Key("documents");
    w.StartArray();
    DocumentRecords documents(db);
    while (documents.next()) {
        w.StartObject();
        documents.write_fields(w);
        w.EndObject();
    }
    w.EndArray();
    write_edges(db, w);
    w.EndObject();
    stream.Flush();
    out << '\n';
}

}  // namespace riskgraph
