// Renders a ResultGraph in-process with Graphviz: the graph is built with
// cgraph calls (never by printing DOT text and never by running `dot`), laid
// out with gvLayout and drawn with gvRenderData.
//
// User text never reaches Graphviz raw: nodes are named n0, n1, ... (user ids
// only appear in labels), and every label, tooltip and URL goes through
// viz/graphviz_text.h so Graphviz's escape sequences ("\N", "\n", "&amp;")
// are not interpreted and the SVG comes out well-formed.

#include "viz/render.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "graph/errors.h"
#include "viz/graphviz_handles.h"
#include "viz/graphviz_text.h"
#include "viz/style.h"

namespace riskgraph {
namespace {

using viz_detail::GvcContext;
using viz_detail::Graph;
using viz_detail::Layout;
using viz_detail::MessageCapture;
using viz_detail::RenderBuffer;

// Graphviz 2.42 takes char* for names and values it only reads (it copies
// them into its own string pool).
char* gv(const char* text) { return const_cast<char*>(text); }
char* gv(const std::string& text) { return const_cast<char*>(text.c_str()); }

std::string_view format_name(ImageFormat format) {
    switch (format) {
        case ImageFormat::svg:
            return "svg";
        case ImageFormat::png:
            return "png";
        case ImageFormat::pdf:
            return "pdf";
        case ImageFormat::dot:
            return "dot";
    }
    return "svg";
}

const char* layout_engine(ResultLayout layout) {
    return layout == ResultLayout::radial ? "twopi" : "dot";
}

// Graphviz messages as one line: "Error: x; Warning: y".
std::string one_line(const std::string& messages) {
    std::string out;
    std::size_t start = 0;
    while (start < messages.size()) {
        std::size_t end = messages.find('\n', start);
        if (end == std::string::npos) end = messages.size();
        std::string_view line(messages.data() + start, end - start);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
        if (!line.empty()) {
            if (!out.empty()) out += "; ";
            out += line;
        }
        start = end + 1;
    }
    return out;
}

[[noreturn]] void fail(const std::string& what, const MessageCapture& capture, std::string_view hint = {}) {
    std::string message = "Graphviz: " + what;
    const std::string details = one_line(capture.messages());
    if (!details.empty()) message += ": " + details;
    // The hint only helps when a plugin (layout engine or renderer) is missing.
    const bool missing_plugin = details.find("not recognized") != std::string::npos ||
                                details.find("unavailable") != std::string::npos || details.empty();
    if (!hint.empty() && missing_plugin) message += " (" + std::string(hint) + ")";
    throw Error(message);
}

// --- DOT output into a std::string via cgraph's I/O discipline -------------

// These are called from C: no exception may escape them.
int read_nothing(void*, char*, int) { return 0; }
int append_to_string(void* channel, const char* text) noexcept {
    try {
        static_cast<std::string*>(channel)->append(text);
        return 0;
    } catch (...) {
        return EOF;  // agwrite then fails, and write_dot throws
    }
}
int flush_nothing(void*) { return 0; }

Agiodisc_t string_io = {&read_nothing, &append_to_string, &flush_nothing};
Agdisc_t string_disc = {&AgMemDisc, &AgIdDisc, &string_io};

// --- Building the cgraph graph ---------------------------------------------

Agsym_t* declare(Agraph_t* graph, int kind, const char* name, const std::string& default_value) {
    Agsym_t* symbol = agattr(graph, kind, gv(name), gv(default_value));
    if (symbol == nullptr) throw Error(std::string("Graphviz: cannot declare attribute ") + name);
    return symbol;
}

void set(void* object, Agsym_t* symbol, const std::string& value) {
    if (agxset(object, symbol, gv(value)) != 0) {
        throw Error(std::string("Graphviz: cannot set attribute ") + symbol->name);
    }
}

struct NodeAttributes {
    Agsym_t* label;
    Agsym_t* shape;
    Agsym_t* style;
    Agsym_t* fillcolor;
    Agsym_t* tooltip;
    Agsym_t* url;
    Agsym_t* id;
    Agsym_t* margin;
};

struct EdgeAttributes {
    Agsym_t* label;
    Agsym_t* tooltip;
    Agsym_t* penwidth;
    Agsym_t* dir;
    Agsym_t* url;
};

// "4.50" whatever the C locale (Graphviz wants a decimal point).
std::string format_number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return std::string(buffer, result.ptr);
}

// The legend: one node with an HTML-like table, one row per kind present.
// Only fixed text goes into it (kind names are plain lower-case words). It
// always contains "&#160;", which escaped user text never can (graphviz_*
// turn every "&" into "&amp;"), so cgraph's string pool cannot confuse it
// with a plain user string of the same content.
std::string legend_html(const std::vector<bool>& present) {
    std::string html =
        "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#999999\">"
        "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
    const auto styles = all_node_styles();
    for (std::size_t i = 0; i < styles.size(); ++i) {
        if (!present[i]) continue;
        html += "<TR><TD BGCOLOR=\"" + std::string(styles[i].fill) +
                "\" BORDER=\"1\" WIDTH=\"18\">&#160;</TD><TD ALIGN=\"LEFT\">" + styles[i].name +
                "</TD></TR>";
    }
    html += "</TABLE>";
    return html;
}

void set_html(Agraph_t* graph, void* object, Agsym_t* symbol, const std::string& html) {
    char* value = agstrdup_html(graph, gv(html));
    if (value == nullptr) throw Error("Graphviz: cannot allocate a label");
    const int rc = agxset(object, symbol, value);  // takes its own reference
    agstrfree(graph, value);
    if (rc != 0) throw Error("Graphviz: cannot set the legend label");
}

Graph build_graph(const ResultGraph& result, bool for_svg) {
    Graph graph(agopen(gv("riskgraph"), Agdirected, &string_disc));
    if (!graph) throw Error("Graphviz: cannot create a graph");
    Agraph_t* g = graph.get();
    const bool radial = result.layout == ResultLayout::radial;

    // Graph attributes. The engine is recorded as "layout" so the DOT output
    // lays out the same way when fed to any Graphviz command.
    declare(g, AGRAPH, "layout", layout_engine(result.layout));
    declare(g, AGRAPH, "fontname", "Helvetica");
    declare(g, AGRAPH, "fontsize", "16");
    declare(g, AGRAPH, "labelloc", "t");
    declare(g, AGRAPH, "outputorder", "edgesfirst");
    declare(g, AGRAPH, "pad", "0.2");
    if (radial) {
        declare(g, AGRAPH, "ranksep", "1.6");
        declare(g, AGRAPH, "overlap", "false");
        if (!result.nodes.empty()) declare(g, AGRAPH, "root", "n0");
    } else {
        declare(g, AGRAPH, "rankdir", "LR");
        declare(g, AGRAPH, "ranksep", "1.2");
        declare(g, AGRAPH, "nodesep", "0.25");
    }
    if (!result.title.empty()) declare(g, AGRAPH, "label", graphviz_label(result.title));

    NodeAttributes node_attributes{
        declare(g, AGNODE, "label", "\\N"),      declare(g, AGNODE, "shape", "ellipse"),
        declare(g, AGNODE, "style", "filled"),   declare(g, AGNODE, "fillcolor", "white"),
        declare(g, AGNODE, "tooltip", ""),       declare(g, AGNODE, "URL", ""),
        declare(g, AGNODE, "id", ""),            declare(g, AGNODE, "margin", "0.11,0.055"),
    };
    declare(g, AGNODE, "fontname", "Helvetica");
    declare(g, AGNODE, "fontsize", "11");
    declare(g, AGNODE, "color", "#555555");
    EdgeAttributes edge_attributes{
        declare(g, AGEDGE, "label", ""),
        declare(g, AGEDGE, "tooltip", ""),
        declare(g, AGEDGE, "penwidth", "1"),
        declare(g, AGEDGE, "dir", result.directed ? "forward" : "none"),
        declare(g, AGEDGE, "URL", ""),
    };
    declare(g, AGEDGE, "fontname", "Helvetica");
    declare(g, AGEDGE, "fontsize", "9");
    declare(g, AGEDGE, "color", "#666666");
    declare(g, AGEDGE, "fontcolor", "#333333");
    declare(g, AGEDGE, "arrowsize", "0.6");
    Agsym_t* rank = radial ? nullptr : declare(g, AGRAPH, "rank", "");

    // Nodes, named by position.
    const auto styles = all_node_styles();
    std::vector<bool> present(styles.size(), false);
    std::unordered_map<std::string, std::size_t> index_of;
    std::vector<Agnode_t*> nodes;
    nodes.reserve(result.nodes.size());
    for (const ResultNode& node : result.nodes) {
        if (!index_of.emplace(node.id, nodes.size()).second) {
            throw Error("cannot draw the graph: node id '" + node.id + "' occurs twice");
        }
        const std::string name = "n" + std::to_string(nodes.size());
        Agnode_t* n = agnode(g, gv(name), 1);
        if (n == nullptr) throw Error("Graphviz: cannot create a node");
        nodes.push_back(n);

        const std::size_t style_index = node_style_index(node);
        present[style_index] = true;
        const NodeStyle& style = styles[style_index];
        set(n, node_attributes.label, graphviz_label(node.label.empty() ? node.id : node.label));
        set(n, node_attributes.shape, std::string(style.shape));
        set(n, node_attributes.style, std::string(style.style));
        set(n, node_attributes.fillcolor, std::string(style.fill));
        if (!node.tooltip.empty()) set(n, node_attributes.tooltip, graphviz_tooltip(node.tooltip));
        if (!node.link.empty()) set(n, node_attributes.url, graphviz_url(node.link, for_svg));
    }

    // Bipartite: the first node's kind in one column, every other kind in
    // the other (only when there are two groups to separate).
    std::vector<bool> in_left(nodes.size(), true);
    bool two_columns = false;
    if (result.layout == ResultLayout::bipartite && !nodes.empty()) {
        const std::size_t left_kind = node_style_index(result.nodes.front());
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            in_left[i] = node_style_index(result.nodes[i]) == left_kind;
            two_columns = two_columns || !in_left[i];
        }
        if (two_columns) {
            Agraph_t* left = agsubg(g, gv("left"), 1);
            Agraph_t* right = agsubg(g, gv("right"), 1);
            if (left == nullptr || right == nullptr) throw Error("Graphviz: cannot create a subgraph");
            set(left, rank, "same");
            set(right, rank, "same");
            for (std::size_t i = 0; i < nodes.size(); ++i) agsubnode(in_left[i] ? left : right, nodes[i], 1);
        }
    }

    // Edges, pen width scaled to the heaviest.
    double max_weight = 0;
    for (const ResultEdge& edge : result.edges) {
        if (std::isfinite(edge.weight)) max_weight = std::max(max_weight, edge.weight);
    }
    for (const ResultEdge& edge : result.edges) {
        const auto from = index_of.find(edge.from);
        const auto to = index_of.find(edge.to);
        if (from == index_of.end() || to == index_of.end()) {
            const std::string& missing = from == index_of.end() ? edge.from : edge.to;
            throw Error("cannot draw the graph: an edge refers to node '" + missing +
                        "', which is not in the graph");
        }
        // In two columns every edge is drawn left to right so dot keeps the
        // first kind's column on the left; a right-to-left edge is added
        // reversed and drawn with its arrow at the original head.
        const bool reverse = two_columns && !in_left[from->second] && in_left[to->second];
        Agnode_t* tail = nodes[reverse ? to->second : from->second];
        Agnode_t* head = nodes[reverse ? from->second : to->second];
        Agedge_t* e = agedge(g, tail, head, nullptr, 1);
        if (e == nullptr) throw Error("Graphviz: cannot create an edge");
        if (reverse && result.directed) set(e, edge_attributes.dir, "back");
        if (!edge.label.empty()) set(e, edge_attributes.label, graphviz_label(edge.label));
        if (!edge.tooltip.empty()) set(e, edge_attributes.tooltip, graphviz_tooltip(edge.tooltip));
        if (!edge.link.empty()) set(e, edge_attributes.url, graphviz_url(edge.link, for_svg));
        const double width = edge_pen_width(edge.weight, max_weight);
        if (width != 1.0) set(e, edge_attributes.penwidth, format_number(width));
    }

    // An empty answer still draws something: the title and a note. (A graph
    // with only a label gets a bounding box that clips the label.) Its SVG
    // group id is "note", so it is not counted as one of the graph's nodes.
    if (nodes.empty()) {
        Agnode_t* note = agnode(g, gv("note"), 1);
        if (note == nullptr) throw Error("Graphviz: cannot create a node");
        set(note, node_attributes.id, "note");
        set(note, node_attributes.label, "no results");
        set(note, node_attributes.shape, "plaintext");
        set(note, node_attributes.style, "solid");
    }

    // The legend node; its SVG group id is "legend", so it is never counted
    // as one of the graph's "node..." groups.
    if (!nodes.empty()) {
        Agnode_t* legend = agnode(g, gv("legend"), 1);
        if (legend == nullptr) throw Error("Graphviz: cannot create the legend");
        set(legend, node_attributes.id, "legend");
        set(legend, node_attributes.shape, "none");
        set(legend, node_attributes.style, "solid");
        set(legend, node_attributes.margin, "0");
        set_html(g, legend, node_attributes.label, legend_html(present));
    }
    return graph;
}

// DOT output is the graph as built, before layout: it carries every label,
// the styles and the "layout"/"rankdir"/"root" attributes, so any Graphviz
// tool draws it as we do, and it does not depend on font metrics or on the
// Graphviz version's coordinates (stable for diffs and tests).
std::string write_dot(Agraph_t* graph) {
    std::string out;
    if (agwrite(graph, &out) != 0) throw Error("Graphviz: cannot write DOT");
    return out;
}

// One Graphviz context for the whole process (the `dot` command, too, uses
// one context for all its graphs). Not one per render: Graphviz 2.42's pango
// text-layout plugin caches a pointer to the last font name, which the
// context owns, so freeing a context and rendering with a new one reads freed
// memory (AddressSanitizer: heap-use-after-free in pango_textlayout). The
// context stays usable after a failed layout or render. Freed at exit.
GvcContext& shared_context() {
    static GvcContext context;
    if (!context) context = GvcContext();  // retry if gvContext() failed before
    return context;
}

constexpr std::string_view kPluginHint =
    "Graphviz loads its layout and render plugins from the plugin configuration "
    "installed with libgvc6; png and pdf come from its cairo plugin";

// Unique per call within the process; the pid separates processes.
std::filesystem::path temporary_path_for(const std::filesystem::path& output) {
    static unsigned long counter = 0;
    std::string name = "." + output.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                       std::to_string(++counter);
    return output.has_parent_path() ? output.parent_path() / name : std::filesystem::path(name);
}

// Writes `data` to a temporary file beside `output` and renames it over
// `output`, so readers see the old file or the whole new one, never a part.
void write_file_atomically(const std::filesystem::path& output, const std::string& data) {
    const auto failure = [&](const std::string& reason) {
        return Error("cannot write " + output.string() + ": " + reason);
    };
    if (output.filename().empty()) throw failure("not a file name");

    const std::filesystem::path temporary = temporary_path_for(output);
    // "x": exclusive create (C11), so an existing file of that name is never
    // truncated; permissions follow the umask like any new file.
    std::FILE* file = std::fopen(temporary.c_str(), "wbx");
    if (file == nullptr) throw failure(std::strerror(errno));

    int error = 0;
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), file) != data.size()) error = errno;
    if (error == 0 && std::fflush(file) != 0) error = errno;
    if (error == 0 && ::fsync(::fileno(file)) != 0 && errno != EINVAL && errno != EROFS) error = errno;
    if (std::fclose(file) != 0 && error == 0) error = errno;

    std::error_code ignored;
    if (error != 0) {
        std::filesystem::remove(temporary, ignored);
        throw failure(std::strerror(error));
    }
    std::error_code renamed;
    std::filesystem::rename(temporary, output, renamed);
    if (renamed) {
        std::filesystem::remove(temporary, ignored);
        throw failure(renamed.message());
    }
}

}  // namespace

std::optional<ImageFormat> image_format_from_string(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (ImageFormat format : {ImageFormat::svg, ImageFormat::png, ImageFormat::pdf, ImageFormat::dot}) {
        if (lower == format_name(format)) return format;
    }
    return std::nullopt;
}

std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& path) {
    const std::string extension = path.extension().string();
    if (extension.size() < 2) return std::nullopt;
    return image_format_from_string(std::string_view(extension).substr(1));
}

std::string render_graph_to_string(const ResultGraph& graph, ImageFormat format) {
    MessageCapture capture;  // Graphviz prints nothing while we render

    // Declaration order matters: destroyed in reverse, so the render buffer,
    // then the layout, then the graph are freed (the context lives on).
    Graph built = build_graph(graph, format == ImageFormat::svg);
    if (format == ImageFormat::dot) return write_dot(built.get());  // needs no plugins
    GvcContext& context = shared_context();
    if (!context) fail("cannot create a context", capture, kPluginHint);

    const char* engine = layout_engine(graph.layout);
    capture.reset();
    Layout layout(context.get(), built.get());  // gvFreeLayout is safe even if gvLayout fails
    if (gvLayout(context.get(), built.get(), engine) != 0 || capture.has_error()) {
        fail(std::string("layout with ") + engine + " failed", capture, kPluginHint);
    }

    const std::string name(format_name(format));
    capture.reset();
    RenderBuffer buffer;
    const int rc = gvRenderData(context.get(), built.get(), name.c_str(), buffer.out_data(), buffer.out_length());
    if (rc != 0 || capture.has_error()) fail("cannot render " + name, capture, kPluginHint);
    std::string data = buffer.str();
    if (data.empty()) fail("rendering " + name + " produced no output", capture, kPluginHint);
    return data;
}

void render_graph(const ResultGraph& graph, const std::filesystem::path& output, ImageFormat format) {
    std::string data;
    try {
        data = render_graph_to_string(graph, format);
    } catch (const Error& error) {
        throw Error("cannot write " + output.string() + ": " + error.what(), error.exit_code());
    }
    write_file_atomically(output, data);
}

}  // namespace riskgraph
