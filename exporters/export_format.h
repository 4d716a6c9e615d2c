// The export formats (docs/exports.md) and the one entry point per source:
// the whole store, or a query's ResultGraph.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

enum class ExportFormat { json, ndjson, ftm, graphml, gexf, neo4j, dot };

std::string_view to_string(ExportFormat format);
std::optional<ExportFormat> export_format_from_string(std::string_view text);

// neo4j writes a folder of files; every other format one stream.
bool writes_folder(ExportFormat format);
// The formats that can export a query's answer (a ResultGraph): graphml, gexf,
// dot and ndjson.
bool exports_result_graph(ExportFormat format);

// The whole store to one stream. Not for neo4j (see neo4j_export.h).
void export_store(sql::Database& db, ExportFormat format, std::ostream& out);

// Only the answer's entities and edges; exports_result_graph(format) must hold.
void export_result_graph(sql::Database& db, const ResultGraph& graph, ExportFormat format, std::ostream& out);

}  // namespace riskgraph
