// Tests for the Graphviz renderer (viz/). They render in-process and inspect
// the SVG text, so each one fails if the drawing loses or mangles something.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/errors.h"
#include "graph/result_graph.h"
#include "viz/graphviz_text.h"
#include "viz/render.h"
#include "viz/style.h"

// With RISKGRAPH_SANITIZE, LeakSanitizer would fail this binary at exit on
// memory Graphviz 2.42 itself never frees: the plugin config (gvconfig), the
// HTML-like label parser (htmlparse, makeGraphs; a few hundred bytes per
// render), and the font caches of its pango plugin, fontconfig and harfbuzz.
// Our own handles (agopen/agclose, gvLayout/gvFreeLayout, gvRenderData) are
// not covered by these patterns, so a leak of ours still fails the run.
// The patterns need whole allocation stacks, and libgvc has no frame
// pointers, so the fast unwinder is switched off (ASAN_OPTIONS still wins).
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options() { return "fast_unwind_on_malloc=0"; }
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() {
    return "leak:gvconfig\n"
           "leak:htmlparse\n"
           "leak:makeGraphs\n"
           "leak:textspan_size\n"
           "leak:libfontconfig.so\n"
           "leak:libpango\n"
           "leak:libharfbuzz.so\n"
           "leak:libexpat.so\n";
}

namespace riskgraph {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------- helpers

std::size_t count(const std::string& haystack, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Decodes XML character data: the five named entities and numeric
// references. Fails the test on a bare '&' or an unknown entity, which
// would make the SVG ill-formed.
std::string xml_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t semi = text.find(';', i);
        if (semi == std::string_view::npos) {
            ADD_FAILURE() << "bare & in " << text;
            return out;
        }
        const std::string_view entity = text.substr(i + 1, semi - i - 1);
        if (entity == "lt") out += '<';
        else if (entity == "gt") out += '>';
        else if (entity == "amp") out += '&';
        else if (entity == "quot") out += '"';
        else if (entity == "apos") out += '\'';
        else if (entity.size() > 2 && entity[0] == '#' && (entity[1] == 'x' || entity[1] == 'X'))
            append_utf8(out, static_cast<std::uint32_t>(std::stoul(std::string(entity.substr(2)), nullptr, 16)));
        else if (entity.size() > 1 && entity[0] == '#')
            append_utf8(out, static_cast<std::uint32_t>(std::stoul(std::string(entity.substr(1)))));
        else ADD_FAILURE() << "unknown entity &" << entity << "; in " << text;
        i = semi;
    }
    return out;
}

// Every '&' in the document starts a well-formed entity reference.
void expect_entities_well_formed(const std::string& svg) {
    for (std::size_t at = svg.find('&'); at != std::string::npos; at = svg.find('&', at + 1)) {
        std::size_t end = at + 1;
        if (end < svg.size() && svg[end] == '#') {
            ++end;
            if (end < svg.size() && svg[end] == 'x') ++end;
            while (end < svg.size() && std::isxdigit(static_cast<unsigned char>(svg[end]))) ++end;
        } else {
            while (end < svg.size() && std::isalpha(static_cast<unsigned char>(svg[end]))) ++end;
        }
        EXPECT_TRUE(end < svg.size() && svg[end] == ';' && end > at + 1)
            << "bare & at " << at << ": " << svg.substr(at, 30);
    }
}

// The decoded contents of every element `<tag ...>contents</tag>`.
std::vector<std::string> element_texts(const std::string& svg, const std::string& tag) {
    std::vector<std::string> out;
    const std::string open = "<" + tag;
    const std::string close = "</" + tag + ">";
    for (std::size_t at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
        const std::size_t start = svg.find('>', at);
        const std::size_t end = svg.find(close, start);
        if (start == std::string::npos || end == std::string::npos) break;
        out.push_back(xml_decode(std::string_view(svg).substr(start + 1, end - start - 1)));
    }
    return out;
}

// The decoded values of every attribute `name="..."`.
std::vector<std::string> attribute_values(const std::string& svg, const std::string& name) {
    std::vector<std::string> out;
    const std::string key = " " + name + "=\"";
    for (std::size_t at = svg.find(key); at != std::string::npos; at = svg.find(key, at + 1)) {
        const std::size_t start = at + key.size();
        const std::size_t end = svg.find('"', start);
        if (end == std::string::npos) break;
        out.push_back(xml_decode(std::string_view(svg).substr(start, end - start)));
    }
    return out;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// The text of the SVG group that starts with `<g id="ID"`, up to the start
// of the next top-level group (Graphviz writes node and edge groups flat).
std::string group(const std::string& svg, const std::string& id) {
    const std::size_t start = svg.find("<g id=\"" + id + "\"");
    if (start == std::string::npos) return {};
    std::size_t end = svg.find("\n<!-- ", start);
    if (end == std::string::npos) end = svg.size();
    return svg.substr(start, end - start);
}

// All node groups ("node1", "node2", ...) keyed by their <title> (n0, n1, ...).
std::map<std::string, std::string> node_groups(const std::string& svg) {
    std::map<std::string, std::string> out;
    for (std::size_t i = 1;; ++i) {
        const std::string g = group(svg, "node" + std::to_string(i));
        if (g.empty()) break;
        const auto titles = element_texts(g, "title");
        if (!titles.empty()) out[titles.front()] = g;
    }
    return out;
}

// x of the first <text> in a group.
double text_x(const std::string& g) {
    const std::size_t text = g.find("<text");
    const std::size_t x = g.find(" x=\"", text);
    return std::stod(g.substr(x + 4));
}

// stroke-width of the first <path> of the edge group whose xlink:title is `tooltip`.
double edge_stroke_width(const std::string& svg, const std::string& tooltip) {
    for (std::size_t i = 1;; ++i) {
        const std::string g = group(svg, "edge" + std::to_string(i));
        if (g.empty()) break;
        if (!contains(attribute_values(g, "xlink:title"), tooltip)) continue;
        const std::size_t path = g.find("<path");
        const std::size_t end = g.find("/>", path);
        const std::string element = g.substr(path, end - path);
        const std::size_t width = element.find("stroke-width=\"");
        return width == std::string::npos ? 1.0 : std::stod(element.substr(width + 14));
    }
    ADD_FAILURE() << "no edge with tooltip " << tooltip;
    return 0;
}

ResultNode entity(std::string id, std::string label, EntityKind kind, std::string tooltip = {},
                  std::string link = {}) {
    ResultNode node;
    node.id = std::move(id);
    node.label = std::move(label);
    node.node_kind = NodeKind::entity;
    node.entity_kind = kind;
    node.tooltip = std::move(tooltip);
    node.link = std::move(link);
    return node;
}

ResultNode other(std::string id, std::string label, NodeKind kind) {
    ResultNode node;
    node.id = std::move(id);
    node.label = std::move(label);
    node.node_kind = kind;
    return node;
}

ResultEdge edge(std::string from, std::string to, double weight, std::string label = {},
                std::string tooltip = {}) {
    return ResultEdge{std::move(from), std::move(to), weight, std::move(label), std::move(tooltip)};
}

// Vendors on one side, institutions on the other; one edge runs right to
// left, and two edges join the same pair.
ResultGraph bipartite_graph() {
    ResultGraph g;
    g.title = "Vendors and institutions";
    g.layout = ResultLayout::bipartite;
    g.nodes = {
        entity("huawei", "Huawei", EntityKind::vendor, "Chinese telecom vendor", "https://example.org/huawei"),
        entity("zte", "ZTE", EntityKind::vendor),
        entity("hikvision", "Hikvision", EntityKind::vendor),
        entity("politie", "Politie", EntityKind::institution),
        entity("defensie", "Defensie", EntityKind::institution),
    };
    g.edges = {
        edge("huawei", "politie", 5, "5 questions", "kv-2020.txt question 5"),
        edge("zte", "politie", 1, "1 question", "kv-2021.txt question 1"),
        edge("defensie", "hikvision", 2, "2 questions", "kv-2022.txt question 2"),
        edge("huawei", "defensie", 3, "3 questions", "kv-2023.txt question 3"),
        edge("huawei", "defensie", 1, "again", "kv-2024.txt question 4"),
    };
    return g;
}

ResultGraph chain_graph() {
    ResultGraph g;
    g.title = "Path";
    g.layout = ResultLayout::chain;
    g.nodes = {
        entity("a", "Huawei", EntityKind::vendor),
        other("d1", "kv-2020.txt", NodeKind::document),
        entity("b", "5G", EntityKind::topic),
        other("m", "Van Helvert (CDA)", NodeKind::member),
    };
    g.edges = {edge("a", "d1", 1, "mentioned in"), edge("d1", "b", 2, "about"), edge("b", "m", 1, "asked by")};
    return g;
}

ResultGraph radial_graph() {
    ResultGraph g;
    g.title = "Neighbourhood of Huawei";
    g.layout = ResultLayout::radial;
    g.nodes = {entity("huawei", "Huawei", EntityKind::vendor)};
    for (int i = 0; i < 7; ++i) {
        const std::string id = "t" + std::to_string(i);
        g.nodes.push_back(entity(id, "Topic " + std::to_string(i), EntityKind::topic));
        g.edges.push_back(edge("huawei", id, i + 1, std::to_string(i + 1)));
    }
    g.nodes.push_back(other("q", "Question 3", NodeKind::question));
    g.edges.push_back(edge("t0", "q", 1));
    return g;
}

// A fresh empty directory under the system temp dir, removed afterwards.
class TempDir {
public:
    TempDir() {
        path_ = fs::temp_directory_path() /
                ("rg-render-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    static inline int counter_ = 0;
    fs::path path_;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// ---------------------------------------------------------------- formats

TEST(ImageFormat, FromString) {
    EXPECT_EQ(image_format_from_string("svg"), ImageFormat::svg);
    EXPECT_EQ(image_format_from_string("PNG"), ImageFormat::png);
    EXPECT_EQ(image_format_from_string("pdf"), ImageFormat::pdf);
    EXPECT_EQ(image_format_from_string("Dot"), ImageFormat::dot);
    EXPECT_EQ(image_format_from_string("gif"), std::nullopt);
    EXPECT_EQ(image_format_from_string(""), std::nullopt);
    EXPECT_EQ(image_format_from_string(".svg"), std::nullopt);
}

TEST(ImageFormat, FromPathIsCaseInsensitive) {
    EXPECT_EQ(image_format_from_path("out/graph.svg"), ImageFormat::svg);
    EXPECT_EQ(image_format_from_path("graph.SVG"), ImageFormat::svg);
    EXPECT_EQ(image_format_from_path("/tmp/x.Png"), ImageFormat::png);
    EXPECT_EQ(image_format_from_path("report.PDF"), ImageFormat::pdf);
    EXPECT_EQ(image_format_from_path("g.dot"), ImageFormat::dot);
    EXPECT_EQ(image_format_from_path("g.gv"), std::nullopt);
    EXPECT_EQ(image_format_from_path("g.svg.txt"), std::nullopt);
    EXPECT_EQ(image_format_from_path("svg"), std::nullopt);
    EXPECT_EQ(image_format_from_path(".svg"), std::nullopt);  // a hidden file, no extension
    EXPECT_EQ(image_format_from_path("graph."), std::nullopt);
    EXPECT_EQ(image_format_from_path(""), std::nullopt);
}

// ---------------------------------------------------------------- structure

struct LayoutCase {
    const char* name;
    ResultGraph (*make)();
};

class SvgStructure : public ::testing::TestWithParam<LayoutCase> {};

TEST_P(SvgStructure, OneGroupPerNodeAndEdge) {
    const ResultGraph graph = GetParam().make();
    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    ASSERT_EQ(svg.rfind("<?xml", 0), 0u) << svg.substr(0, 100);
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
    EXPECT_EQ(count(svg, "<g id=\"node"), graph.nodes.size());
    EXPECT_EQ(count(svg, "<g id=\"edge"), graph.edges.size());
    EXPECT_EQ(count(svg, "<g id=\"legend\""), 1u);
    expect_entities_well_formed(svg);
    // The title is the graph label; every node label is drawn.
    const auto texts = element_texts(svg, "text");
    EXPECT_TRUE(contains(texts, graph.title));
    for (const ResultNode& node : graph.nodes) EXPECT_TRUE(contains(texts, node.label)) << node.label;
    for (const ResultEdge& e : graph.edges) {
        if (!e.label.empty()) {
            EXPECT_TRUE(contains(texts, e.label)) << e.label;
        }
    }
    // Graphviz node names are generated, never the user's ids.
    const auto titles = element_texts(svg, "title");
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) EXPECT_TRUE(contains(titles, "n" + std::to_string(i)));
}

INSTANTIATE_TEST_SUITE_P(Layouts, SvgStructure,
                         ::testing::Values(LayoutCase{"bipartite", &bipartite_graph},
                                           LayoutCase{"chain", &chain_graph},
                                           LayoutCase{"radial", &radial_graph}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Render, BipartitePutsTheFirstKindInTheLeftColumn) {
    const ResultGraph graph = bipartite_graph();  // includes an institution -> vendor edge
    const auto groups = node_groups(render_graph_to_string(graph, ImageFormat::svg));
    ASSERT_EQ(groups.size(), graph.nodes.size());
    double max_left = -1e9;
    double min_right = 1e9;
    std::set<double> left_columns;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const double x = text_x(groups.at("n" + std::to_string(i)));
        if (graph.nodes[i].entity_kind == EntityKind::vendor) {
            max_left = std::max(max_left, x);
            left_columns.insert(x);
        } else {
            min_right = std::min(min_right, x);
        }
    }
    EXPECT_LT(max_left, min_right);
    EXPECT_EQ(left_columns.size(), 1u) << "vendors share one rank";
}

TEST(Render, ChainRunsLeftToRight) {
    const ResultGraph graph = chain_graph();
    const auto groups = node_groups(render_graph_to_string(graph, ImageFormat::svg));
    for (std::size_t i = 1; i < graph.nodes.size(); ++i) {
        EXPECT_LT(text_x(groups.at("n" + std::to_string(i - 1))), text_x(groups.at("n" + std::to_string(i))));
    }
}

TEST(Render, RadialPutsTheFirstNodeAtTheCentre) {
    const ResultGraph graph = radial_graph();
    const auto groups = node_groups(render_graph_to_string(graph, ImageFormat::svg));
    // The root's x is the mean of its seven neighbours' x (they surround it).
    const double root = text_x(groups.at("n0"));
    double sum = 0;
    double min_x = 1e9;
    double max_x = -1e9;
    for (int i = 1; i <= 7; ++i) {
        const double x = text_x(groups.at("n" + std::to_string(i)));
        sum += x;
        min_x = std::min(min_x, x);
        max_x = std::max(max_x, x);
    }
    EXPECT_GT(root, min_x);
    EXPECT_LT(root, max_x);
    EXPECT_NEAR(root, sum / 7, (max_x - min_x) / 4);
}

// ---------------------------------------------------------------- escaping

const std::vector<std::string> kNastyLabels = {
    "Yeşilgöz «Chinese» camera’s",
    "AT&T <b>bold</b> & \"quoted\" 'single'",
    "back\\slash \\N \\G \\E \\n \\l \\r \\\\ end\\",
    "&amp; &lt; &#92; &#x41; &nbsp;",
    "{braces} [brackets] |pipes| <<angles>>",
    "ends with newline\n",
    "汉字 😀 ë",
};

TEST(Render, LabelsComeOutVerbatimInSvgText) {
    ResultGraph graph;
    graph.title = "Title with \\G & <stuff>";
    graph.layout = ResultLayout::chain;
    for (std::size_t i = 0; i < kNastyLabels.size(); ++i) {
        // The ids are as nasty as the labels; they must not matter.
        graph.nodes.push_back(entity("\"id\" \\N " + kNastyLabels[i], kNastyLabels[i], EntityKind::topic,
                                     "tip: " + kNastyLabels[i]));
    }
    graph.nodes.push_back(entity("multi", "first line\nsecond \"line\"", EntityKind::person));
    graph.edges.push_back(edge(graph.nodes[0].id, graph.nodes[1].id, 1, "edge \\N & <label>", "edge tip \\E &amp;"));

    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    expect_entities_well_formed(svg);
    const auto texts = element_texts(svg, "text");
    EXPECT_TRUE(contains(texts, graph.title));
    for (const std::string& label : kNastyLabels) {
        std::string line = label;
        if (!line.empty() && line.back() == '\n') line.pop_back();  // a trailing newline ends the line
        EXPECT_TRUE(contains(texts, line)) << "label missing: " << label;
    }
    EXPECT_TRUE(contains(texts, "first line"));
    EXPECT_TRUE(contains(texts, "second \"line\""));
    EXPECT_TRUE(contains(texts, "edge \\N & <label>"));
    // The raw SVG carries the escaped forms.
    EXPECT_NE(svg.find("AT&amp;T &lt;b&gt;bold&lt;/b&gt;"), std::string::npos);
    EXPECT_TRUE(svg.find("&quot;quoted&quot;") != std::string::npos ||
                svg.find("&#34;quoted&#34;") != std::string::npos);
    EXPECT_NE(svg.find("«Chinese» camera’s"), std::string::npos);
    EXPECT_NE(svg.find("\\N"), std::string::npos);

    // Tooltips survive exactly too (including backslashes and entities).
    const auto tips = attribute_values(svg, "xlink:title");
    for (const std::string& label : kNastyLabels) EXPECT_TRUE(contains(tips, "tip: " + label)) << label;
    EXPECT_TRUE(contains(tips, "edge tip \\E &amp;"));
}

TEST(Render, InvalidUtf8AndControlCharactersAreReplacedSilently) {
    ResultGraph graph;
    graph.title = "bad bytes";
    graph.nodes = {entity("x", std::string("caf\xE9 \x01 ok"), EntityKind::place, std::string("t\xFF\x02"))};
    testing::internal::CaptureStderr();
    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    const std::string stderr_text = testing::internal::GetCapturedStderr();
    EXPECT_EQ(stderr_text, "") << "Graphviz must not print to stderr";
    expect_entities_well_formed(svg);
    EXPECT_TRUE(contains(element_texts(svg, "text"), "caf\xEF\xBF\xBD \xEF\xBF\xBD ok"));
}

TEST(Render, TooltipsAndLinksOnNodesAndEdges) {
    ResultGraph graph;
    graph.title = "evidence";
    graph.layout = ResultLayout::bipartite;
    graph.nodes = {
        entity("huawei", "Huawei", EntityKind::vendor, "vendor \"Huawei\"\nsecond line",
               "https://example.org/search?q=huawei&lang=nl#x"),
        entity("kv", "kv-2020", EntityKind::institution, "", "file:///data/kv 2020 <1>.txt"),
    };
    graph.edges = {edge("huawei", "kv", 2, "2", "kv-2020.txt question 5; kv-2021.txt question 1")};
    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    expect_entities_well_formed(svg);

    const auto tips = attribute_values(svg, "xlink:title");
    EXPECT_TRUE(contains(tips, "vendor \"Huawei\"\nsecond line"));
    EXPECT_TRUE(contains(tips, "kv-2020.txt question 5; kv-2021.txt question 1"));
    const auto links = attribute_values(svg, "xlink:href");
    EXPECT_TRUE(contains(links, "https://example.org/search?q=huawei&lang=nl#x"));
    EXPECT_TRUE(contains(links, "file:///data/kv%202020%20%3C1%3E.txt"));
    // Each is inside its own node or edge group.
    const auto groups = node_groups(svg);
    EXPECT_NE(groups.at("n0").find("xlink:href=\"https://example.org/search?q=huawei&amp;lang=nl#x\""),
              std::string::npos);
    EXPECT_TRUE(contains(attribute_values(group(svg, "edge1"), "xlink:title"),
                         "kv-2020.txt question 5; kv-2021.txt question 1"));
}

TEST(Render, NodesWithoutTooltipOrLinkHaveNoAnchor) {
    ResultGraph graph;
    graph.nodes = {entity("a", "A", EntityKind::topic)};
    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    EXPECT_EQ(svg.find("xlink:href"), std::string::npos);
    EXPECT_EQ(svg.find("xlink:title"), std::string::npos);
}

// ---------------------------------------------------------------- edges

TEST(Render, HeavierEdgesAreDrawnWider) {
    ResultGraph graph;
    graph.layout = ResultLayout::chain;
    graph.nodes = {entity("a", "A", EntityKind::vendor), entity("b", "B", EntityKind::place),
                   entity("c", "C", EntityKind::place), entity("d", "D", EntityKind::place)};
    graph.edges = {edge("a", "b", 100, "heavy", "heavy"), edge("a", "c", 10, "light", "light"),
                   edge("a", "d", 50, "middle", "middle")};
    const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
    const double heavy = edge_stroke_width(svg, "heavy");
    const double middle = edge_stroke_width(svg, "middle");
    const double light = edge_stroke_width(svg, "light");
    EXPECT_GT(heavy, middle);
    EXPECT_GT(middle, light);
    EXPECT_DOUBLE_EQ(heavy, 8.0);
    EXPECT_GE(light, 1.0);
}

TEST(Style, PenWidthScale) {
    EXPECT_DOUBLE_EQ(edge_pen_width(10, 10), 8.0);
    EXPECT_DOUBLE_EQ(edge_pen_width(5, 10), 4.5);
    EXPECT_DOUBLE_EQ(edge_pen_width(0, 10), 1.0);
    EXPECT_DOUBLE_EQ(edge_pen_width(-3, 10), 1.0);
    EXPECT_DOUBLE_EQ(edge_pen_width(3, 0), 1.0);
    EXPECT_DOUBLE_EQ(edge_pen_width(std::nan(""), 10), 1.0);
    EXPECT_DOUBLE_EQ(edge_pen_width(20, 10), 8.0);
}

TEST(Style, EveryKindHasItsOwnColourAndName) {
    std::set<std::string> fills;
    std::set<std::string> names;
    for (const NodeStyle& style : all_node_styles()) {
        fills.insert(std::string(style.fill));
        names.insert(style.name);
        EXPECT_FALSE(style.shape.empty());
    }
    EXPECT_EQ(fills.size(), all_node_styles().size());
    EXPECT_EQ(names.size(), all_node_styles().size());
    for (EntityKind kind : all_entity_kinds()) {
        EXPECT_EQ(all_node_styles()[node_style_index(NodeKind::entity, kind)].name, to_string(kind));
    }
    EXPECT_EQ(all_node_styles()[node_style_index(NodeKind::document, std::nullopt)].name, "document");
    EXPECT_EQ(all_node_styles()[node_style_index(NodeKind::question, std::nullopt)].name, "question");
    EXPECT_EQ(all_node_styles()[node_style_index(NodeKind::member, std::nullopt)].name, "member");
    EXPECT_EQ(all_node_styles()[node_style_index(NodeKind::entity, std::nullopt)].name, "entity");
}

TEST(Render, NodesAreFilledWithTheirKindsColour) {
    const ResultGraph graph = chain_graph();
    const auto groups = node_groups(render_graph_to_string(graph, ImageFormat::svg));
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const std::string fill = "fill=\"" + std::string(node_style(graph.nodes[i]).fill) + "\"";
        EXPECT_NE(groups.at("n" + std::to_string(i)).find(fill), std::string::npos) << graph.nodes[i].label;
    }
}

// ---------------------------------------------------------------- legend

std::set<std::string> legend_entries(const std::string& svg) {
    const std::string legend = group(svg, "legend");
    EXPECT_FALSE(legend.empty());
    std::set<std::string> out;
    for (const std::string& text : element_texts(legend, "text")) {
        // Skip the heading and the colour swatches (a no-break space each).
        if (text != "Legend" && text != "\u00A0") out.insert(text);
    }
    return out;
}

TEST(Render, LegendListsExactlyTheKindsPresent) {
    EXPECT_EQ(legend_entries(render_graph_to_string(bipartite_graph(), ImageFormat::svg)),
              (std::set<std::string>{"vendor", "institution"}));
    EXPECT_EQ(legend_entries(render_graph_to_string(chain_graph(), ImageFormat::svg)),
              (std::set<std::string>{"vendor", "document", "topic", "member"}));
    EXPECT_EQ(legend_entries(render_graph_to_string(radial_graph(), ImageFormat::svg)),
              (std::set<std::string>{"vendor", "topic", "question"}));
}

TEST(Render, LegendShowsEachKindsColour) {
    const std::string legend = group(render_graph_to_string(chain_graph(), ImageFormat::svg), "legend");
    for (const ResultNode& node : chain_graph().nodes) {
        EXPECT_NE(legend.find("fill=\"" + std::string(node_style(node).fill) + "\""), std::string::npos);
    }
    EXPECT_EQ(legend.find(std::string(all_node_styles()[node_style_index(NodeKind::entity, EntityKind::party)].fill)),
              std::string::npos);
}

// ---------------------------------------------------------------- empty graph

TEST(Render, EmptyGraphSaysNoResults) {
    for (ResultLayout layout : {ResultLayout::bipartite, ResultLayout::chain, ResultLayout::radial}) {
        ResultGraph graph;
        graph.title = "Nothing & nobody";
        graph.layout = layout;
        const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
        EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
        EXPECT_NE(svg.find("</svg>"), std::string::npos);
        const auto texts = element_texts(svg, "text");
        EXPECT_TRUE(contains(texts, "no results"));
        EXPECT_TRUE(contains(texts, "Nothing & nobody"));
        EXPECT_EQ(count(svg, "<g id=\"node"), 0u);
        EXPECT_EQ(count(svg, "<g id=\"note\""), 1u);
        EXPECT_EQ(count(svg, "<g id=\"legend"), 0u);
    }
    ResultGraph untitled;
    EXPECT_NE(render_graph_to_string(untitled, ImageFormat::svg).find(">no results<"), std::string::npos);
    EXPECT_EQ(render_graph_to_string(untitled, ImageFormat::png).rfind("\x89PNG", 0), 0u);
}

// ---------------------------------------------------------------- other formats

TEST(Render, PngPdfAndDot) {
    const ResultGraph graph = bipartite_graph();
    const std::string png = render_graph_to_string(graph, ImageFormat::png);
    ASSERT_GE(png.size(), 8u);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const std::string pdf = render_graph_to_string(graph, ImageFormat::pdf);
    EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);

    const std::string dot = render_graph_to_string(graph, ImageFormat::dot);
    EXPECT_EQ(dot.rfind("digraph", 0), 0u) << dot.substr(0, 40);
    for (const ResultNode& node : graph.nodes) EXPECT_NE(dot.find(node.label), std::string::npos) << node.label;
    for (const ResultEdge& e : graph.edges) EXPECT_NE(dot.find(e.label), std::string::npos) << e.label;
    EXPECT_NE(dot.find(graph.title), std::string::npos);
    EXPECT_NE(dot.find("rankdir=LR"), std::string::npos);
    EXPECT_EQ(dot.find("pos="), std::string::npos) << "DOT is written before layout";
}

TEST(Render, DotQuotesNastyLabels) {
    ResultGraph graph;
    graph.nodes = {entity("x", "say \"hi\" Yeşilgöz", EntityKind::person)};
    const std::string dot = render_graph_to_string(graph, ImageFormat::dot);
    EXPECT_NE(dot.find("say \\\"hi\\\" Yeşilgöz"), std::string::npos) << dot;
}

TEST(Render, RendersManyTimesInOneProcess) {
    const ResultGraph graphs[] = {bipartite_graph(), chain_graph(), radial_graph(), ResultGraph{}};
    std::string first;
    for (int round = 0; round < 15; ++round) {
        for (const ResultGraph& graph : graphs) {
            const std::string svg = render_graph_to_string(graph, ImageFormat::svg);
            ASSERT_NE(svg.find("</svg>"), std::string::npos);
            EXPECT_EQ(count(svg, "<g id=\"node"), graph.nodes.size());
        }
        const std::string again = render_graph_to_string(graphs[0], ImageFormat::svg);
        if (round == 0) first = again;
        EXPECT_EQ(again, first) << "rendering is deterministic";
    }
    EXPECT_EQ(render_graph_to_string(graphs[1], ImageFormat::png).rfind("\x89PNG", 0), 0u);
}

TEST(Render, BadGraphsThrowErrors) {
    ResultGraph dangling;
    dangling.nodes = {entity("a", "A", EntityKind::topic)};
    dangling.edges = {edge("a", "nowhere", 1)};
    try {
        render_graph_to_string(dangling, ImageFormat::svg);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("nowhere"), std::string::npos) << error.what();
    }
    ResultGraph duplicate;
    duplicate.nodes = {entity("a", "A", EntityKind::topic), entity("a", "again", EntityKind::topic)};
    EXPECT_THROW(render_graph_to_string(duplicate, ImageFormat::svg), Error);
}

// Graphviz reads its plugin directory once per process (and the renderer
// keeps one context), so the missing-plugin case runs in a freshly started
// child: a death test in the "threadsafe" style, which re-executes the binary.
TEST(RenderDeathTest, MissingPluginsGiveAClearErrorAndNoStderrNoise) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            ::setenv("GVBINDIR", "/nonexistent-graphviz-plugins", 1);
            try {
                render_graph_to_string(chain_graph(), ImageFormat::png);
            } catch (const Error& error) {
                std::fprintf(stderr, "caught: %s\n", error.what());
                std::fflush(stderr);
                std::_Exit(0);
            }
            std::_Exit(1);
        },
        ::testing::ExitedWithCode(0),
        "^caught: Graphviz: layout with dot failed: [^\n]*not recognized[^\n]*libgvc6[^\n]*\n$");
    // DOT output needs no plugins.
    EXPECT_EXIT(
        {
            ::setenv("GVBINDIR", "/nonexistent-graphviz-plugins", 1);
            const std::string dot = render_graph_to_string(chain_graph(), ImageFormat::dot);
            std::_Exit(dot.rfind("digraph", 0) == 0 ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "^$");
}

// ---------------------------------------------------------------- files

TEST(RenderFile, WritesTheFileAndLeavesNoTemporary) {
    TempDir dir;
    const fs::path out = dir.path() / "graph.svg";
    {
        std::ofstream old(out);
        old << "old contents";
    }
    render_graph(chain_graph(), out, ImageFormat::svg);
    const std::string svg = read_file(out);
    EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
    EXPECT_EQ(svg, render_graph_to_string(chain_graph(), ImageFormat::svg));
    std::vector<fs::path> entries(fs::directory_iterator(dir.path()), fs::directory_iterator{});
    EXPECT_EQ(entries.size(), 1u);

    render_graph(chain_graph(), dir.path() / "graph.PNG", ImageFormat::png);
    EXPECT_EQ(read_file(dir.path() / "graph.PNG").rfind("\x89PNG", 0), 0u);
}

TEST(RenderFile, MissingDirectoryThrowsNamingThePath) {
    const fs::path out = "/nonexistent-dir/x.svg";
    try {
        render_graph(chain_graph(), out, ImageFormat::svg);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("/nonexistent-dir/x.svg"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(out));
}

TEST(RenderFile, FailedRenderDoesNotClobberTheExistingFile) {
    TempDir dir;
    const fs::path out = dir.path() / "keep.svg";
    {
        std::ofstream old(out);
        old << "precious";
    }
    ResultGraph bad;
    bad.nodes = {entity("a", "A", EntityKind::topic)};
    bad.edges = {edge("a", "missing", 1)};
    try {
        render_graph(bad, out, ImageFormat::svg);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(out.string()), std::string::npos) << error.what();
    }
    EXPECT_EQ(read_file(out), "precious");
    std::vector<fs::path> entries(fs::directory_iterator(dir.path()), fs::directory_iterator{});
    EXPECT_EQ(entries.size(), 1u);
}

TEST(RenderFile, UnwritableDirectoryThrowsAndKeepsTheOldFile) {
    if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
    TempDir dir;
    const fs::path out = dir.path() / "keep.svg";
    {
        std::ofstream old(out);
        old << "precious";
    }
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    try {
        render_graph(chain_graph(), out, ImageFormat::svg);
        ADD_FAILURE() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(out.string()), std::string::npos) << error.what();
    }
    fs::permissions(dir.path(), fs::perms::owner_all);
    EXPECT_EQ(read_file(out), "precious");
}

TEST(RenderFile, OutputThatIsADirectoryThrows) {
    TempDir dir;
    fs::create_directory(dir.path() / "sub.svg");
    try {
        render_graph(chain_graph(), dir.path() / "sub.svg", ImageFormat::svg);
        FAIL() << "expected an Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("sub.svg"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(fs::is_directory(dir.path() / "sub.svg"));
    std::vector<fs::path> entries(fs::directory_iterator(dir.path()), fs::directory_iterator{});
    EXPECT_EQ(entries.size(), 1u) << "temporary file removed";
}

// ---------------------------------------------------------------- text helpers

TEST(GraphvizText, CleanText) {
    EXPECT_EQ(clean_text("plain «ok» ’"), "plain «ok» ’");
    EXPECT_EQ(clean_text("a\r\nb\rc"), "a\nb\nc");
    EXPECT_EQ(clean_text(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
    EXPECT_EQ(clean_text("\xC3"), "\xEF\xBF\xBD");          // truncated sequence
    EXPECT_EQ(clean_text("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
    EXPECT_EQ(clean_text("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    EXPECT_EQ(clean_text("tab\there"), "tab\there");
    EXPECT_EQ(clean_text("😀"), "😀");
}

TEST(GraphvizText, Escapes) {
    EXPECT_EQ(graphviz_label("a\\N & b"), "a\\\\N &amp; b");
    EXPECT_EQ(graphviz_tooltip("a\\N & b"), "a\\\\\\\\N &amp; b");
    EXPECT_EQ(graphviz_url("http://x/?a=1&b=\"2\" c\\d", true), "http://x/?a=1&amp;b=%222%22%20c%5Cd");
    EXPECT_EQ(graphviz_url("http://x/?a=1&b", false), "http://x/?a=1&b");
    EXPECT_EQ(graphviz_url("/tmp/Yeşilgöz.txt", false), "/tmp/Yeşilgöz.txt");
}

}  // namespace
}  // namespace riskgraph
