#include "exporters/export_format.h"

#include <array>
#include <memory>
#include <stdexcept>
#include <utility>

#include "exporters/dot_export.h"
#include "exporters/ftm_export.h"
#include "exporters/gexf_export.h"
#include "exporters/graphml_export.h"
#include "exporters/json_export.h"
#include "exporters/ndjson_export.h"

namespace riskgraph {
namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 7> kFormats{{
    {ExportFormat::json, "json"},
    {ExportFormat::ndjson, "ndjson"},
    {ExportFormat::ftm, "ftm"},
    {ExportFormat::graphml, "graphml"},
    {ExportFormat::gexf, "gexf"},
    {ExportFormat::neo4j, "neo4j"},
    {ExportFormat::dot, "dot"},
}};

std::unique_ptr<GraphSink> graph_sink(sql::Database& db, ExportFormat format, std::ostream& out) {
    switch (format) {
        case ExportFormat::graphml: return std::make_unique<GraphmlWriter>(out);
        case ExportFormat::gexf: return std::make_unique<GexfWriter>(out);
        case ExportFormat::dot: return std::make_unique<DotWriter>(out);
        case ExportFormat::ndjson: return std::make_unique<NdjsonGraphWriter>(db, out);
        default: throw std::logic_error("export: " + std::string(to_string(format)) + " is not a graph format");
    }
}

}  // namespace

std::string_view to_string(ExportFormat format) {
    for (const auto& [value, name] : kFormats)
        if (value == format) return name;
    return "unknown";
}

std::optional<ExportFormat> export_format_from_string(std::string_view text) {
    for (const auto& [value, name] : kFormats)
        if (name == text) return value;
    return std::nullopt;
}

bool writes_folder(ExportFormat format) { return format == ExportFormat::neo4j; }

bool exports_result_graph(ExportFormat format) {
    return format == ExportFormat::graphml || format == ExportFormat::gexf || format == ExportFormat::dot ||
           format == ExportFormat::ndjson;
}

void export_store(sql::Database& db, ExportFormat format, std::ostream& out) {
    switch (format) {
        case ExportFormat::json: export_json(db, out); return;
        case ExportFormat::ndjson: export_ndjson(db, out); return;
        case ExportFormat::ftm: export_ftm(db, out); return;
        case ExportFormat::neo4j: throw std::logic_error("export: neo4j writes a folder, not a stream");
        default: break;
    }
    auto sink = graph_sink(db, format, out);
    stream_store_graph(db, *sink);
}

void export_result_graph(sql::Database& db, const ResultGraph& graph, ExportFormat format, std::ostream& out) {
    auto sink = graph_sink(db, format, out);
    stream_result_graph(db, graph, *sink);
}

}  // namespace riskgraph
