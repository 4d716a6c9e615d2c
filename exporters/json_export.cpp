#include "exporters/json_export.h"

#include "exporters/json_records.h"

namespace riskgraph {
namespace {

// Entity pairs named in one question, all kinds, from the kept counts.
void write_edges(sql::Database& db, JsonWriter& w) {
    auto edges = db.prepare(
        "SELECT a, b, questions, question_documents FROM co_mentions WHERE questions > 0 ORDER BY a, b");
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
