#include "exporters/ndjson_export.h"

#include "exporters/json_records.h"

namespace riskgraph {
namespace {

// One JSON value a line: the writer is reset after each complete record.
class LineWriter {
public:
    explicit LineWriter(std::ostream& out) : out_(out), stream_(out), writer_(stream_) {}
    JsonWriter& begin(const char* type) {
        writer_.StartObject();
        writer_.Key("type");
        writer_.String(type);
        return writer_;
    }
    void end() {
        writer_.EndObject();
        out_ << '\n';
        writer_.Reset(stream_);
    }

private:
    std::ostream& out_;
    rapidjson::OStreamWrapper stream_;
    JsonWriter writer_;
};

void write_edge(LineWriter& lines, const EdgeRecord& edge) {
    JsonWriter& w = lines.begin("edge");
    w.Key("source"); write_json_string(w, edge.source);
    w.Key("target"); write_json_string(w, edge.target);
    w.Key("relation"); w.String("co_mention");
    w.Key("questions"); w.Int64(edge.questions);
    w.Key("documents"); w.Int64(edge.documents);
    w.Key("jaccard"); w.Double(edge.jaccard);
    w.Key("npmi"); w.Double(edge.npmi);
    lines.end();
}

class EdgeLines : public GraphSink {
public:
    explicit EdgeLines(LineWriter& lines) : lines_(lines) {}
    void node(const NodeRecord&) override {}
    void edge(const EdgeRecord& edge) override { write_edge(lines_, edge); }
    void finish() override {}

private:
    LineWriter& lines_;
};

}  // namespace

void export_ndjson(sql::Database& db, std::ostream& out) {
    LineWriter lines(out);
    EntityRecords entities(db);
    while (entities.next()) {
        entities.write_fields(lines.begin("entity"));
        lines.end();
    }
    DocumentRecords documents(db);
    while (documents.next()) {
        documents.write_fields(lines.begin("document"));
        lines.end();
    }
    EdgeLines edges(lines);
    stream_store_edges(db, edges);
    out.flush();
}

struct NdjsonGraphWriter::Impl {
    Impl(sql::Database& db, std::ostream& out) : out(out), lines(out), entities(db) {}
    std::ostream& out;
    LineWriter lines;
    EntityRecords entities;
};

NdjsonGraphWriter::NdjsonGraphWriter(sql::Database& db, std::ostream& out) : impl_(std::make_unique<Impl>(db, out)) {}
NdjsonGraphWriter::~NdjsonGraphWriter() = default;

void NdjsonGraphWriter::node(const NodeRecord& node) {
    // stream_result_graph has just read this entity; it can only be gone if
    // an import removed it meanwhile, and then there is nothing to write.
    if (!impl_->entities.find(node.id)) return;
    impl_->entities.write_fields(impl_->lines.begin("entity"));
    impl_->lines.end();
}

void NdjsonGraphWriter::edge(const EdgeRecord& edge) { write_edge(impl_->lines, edge); }

void NdjsonGraphWriter::finish() { impl_->out.flush(); }

}  // namespace riskgraph
