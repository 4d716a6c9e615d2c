// Newline-delimited JSON (docs/exports.md, docs/schemas/ndjson.schema.json):
// one record a line, {"type": "entity" | "document" | "edge", ...}, with the
// entity and document objects of the JSON export. Streamed.
#pragma once

#include <memory>
#include <ostream>

#include "exporters/graph_stream.h"
#include "graph/sqlite.h"

namespace riskgraph {

// Every entity, then every document, then every co-mention edge.
void export_ndjson(sql::Database& db, std::ostream& out);

// A query's answer: its entities and edges, no documents. Feed it with
// stream_result_graph.
class NdjsonGraphWriter : public GraphSink {
public:
    NdjsonGraphWriter(sql::Database& db, std::ostream& out);
    ~NdjsonGraphWriter() override;
    void node(const NodeRecord& node) override;
    void edge(const EdgeRecord& edge) override;
    void finish() override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace riskgraph
