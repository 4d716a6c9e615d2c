// Lays out and renders a ResultGraph in-process with Graphviz (cgraph + gvc).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "graph/result_graph.h"

namespace riskgraph {

enum class ImageFormat { svg, png, pdf, dot };

// "svg" -> svg etc.; nullopt for anything else.
std::optional<ImageFormat> image_format_from_string(std::string_view text);
// From the file name's extension; nullopt when it is not one of the four.
std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& path);

// Renders `graph` to `output` (written whole or not at all). Throws
// riskgraph::Error naming the file when Graphviz or the file system fails.
void render_graph(const ResultGraph& graph, const std::filesystem::path& output, ImageFormat format);

// The same, into memory (used by tests and by `-o -`).
// Neither function is thread-safe: Graphviz keeps global state (one shared
// context, its error handler). Calling them any number of times is fine.
std::string render_graph_to_string(const ResultGraph& graph, ImageFormat format);

}  // namespace riskgraph
