// GraphML and GEXF read back by NetworkX; DOT by its structure; --from-query
// answers carry exactly the query's nodes and edges.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>

#include "exporters/dot_export.h"
#include "exporters/export_format.h"
#include "queries/co_mentions.h"
#include "tests/exporters/export_fixture.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

bool networkx_available() { return std::system("python3 -c 'import networkx' >/dev/null 2>&1") == 0; }

#define REQUIRE_NETWORKX()                                                                            \
    do {                                                                                              \
        if (!networkx_available())                                                                    \
            GTEST_SKIP() << "python3 with networkx not found; install python3-networkx "              \
                            "(scripts/install-deps --test) to check GraphML/GEXF round trips";        \
    } while (0)

// Runs tests/exporters/networkx_load.py on the file and parses what it prints.
rapidjson::Document load_with_networkx(const std::string& format, const fs::path& file) {
    std::string command = "python3 " + (test::source_dir() / "tests/exporters/networkx_load.py").string() + " " +
                          format + " " + file.string();
    std::string output;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
        EXPECT_EQ(::pclose(pipe), 0) << command;
    }
    rapidjson::Document d;
    d.Parse(output.c_str());
    EXPECT_FALSE(d.HasParseError()) << output;
    return d;
}

class GraphFormats : public test::ExportTest {
protected:
    fs::path export_to(ExportFormat format) {
        fs::path file = dir_ / ("graph." + std::string(to_string(format)));
        std::ofstream out(file, std::ios::binary);
        export_store(db(), format, out);
        return file;
    }
    fs::path export_query(ExportFormat format, const CoMentionQuery& query) {
        fs::path file = dir_ / ("answer." + std::string(to_string(format)));
        std::ofstream out(file, std::ios::binary);
        export_result_graph(db(), co_mentions_graph(co_mentions(db(), query), query), format, out);
        return file;
    }

    // The whole fixture graph as NetworkX reads it, in either format.
    void expect_whole_graph(const rapidjson::Document& g) {
        EXPECT_FALSE(g["directed"].GetBool());
        EXPECT_EQ(g["nodes"].GetInt(), 8);
        EXPECT_EQ(g["edges"].GetInt(), 9);

        const auto& hik = g["node"]["hik"];
        EXPECT_STREQ(hik["name"].GetString(), test::kHikName);
        EXPECT_STREQ(hik["kind"].GetString(), "vendor");
        EXPECT_EQ(hik["documents"].GetInt(), 2);  // named in the subject of the second
        EXPECT_EQ(hik["questions"].GetInt(), 2);
        EXPECT_STREQ(hik["first_date"].GetString(), "2020-12-22");
        EXPECT_STREQ(hik["last_date"].GetString(), "2024-01-12");
        EXPECT_EQ(g["node"]["eu"]["questions"].GetInt(), 2) << "a name in an answer is no question mention";
        EXPECT_EQ(g["node"]["aivd"]["documents"].GetInt(), 2);
        EXPECT_STREQ(g["node"]["aivd"]["last_date"].GetString(), "2020-12-22") << "the undated document adds no date";
        EXPECT_FALSE(g["node"]["cda"].HasMember("first_date")) << "never named: no dates";

        const auto& eu_hik = g["edge"]["eu|hik"];
        EXPECT_EQ(eu_hik["questions"].GetInt(), 2);
        EXPECT_EQ(eu_hik["documents"].GetInt(), 2);
        EXPECT_DOUBLE_EQ(eu_hik["jaccard"].GetDouble(), 1.0);
        EXPECT_DOUBLE_EQ(eu_hik["npmi"].GetDouble(), 1.0);
        const auto& hik_huawei = g["edge"]["hik|huawei"];
        EXPECT_DOUBLE_EQ(hik_huawei["jaccard"].GetDouble(), 0.25);  // 1 / (2 + 3 - 1)
        EXPECT_NEAR(hik_huawei["npmi"].GetDouble(), 0.0, 1e-12);   // p(a,b) = p(a) p(b)
        EXPECT_NEAR(g["edge"]["aivd|china"]["npmi"].GetDouble(), std::log(3.0) / std::log(6.0), 1e-12);
        EXPECT_EQ(g["edge"]["eu|huawei"]["questions"].GetInt(), 1);
        EXPECT_FALSE(g["edge"].HasMember("aivd|hik"));
    }
};

TEST_F(GraphFormats, GraphmlRoundTripsThroughNetworkx) {
    REQUIRE_NETWORKX();
    rapidjson::Document g = load_with_networkx("graphml", export_to(ExportFormat::graphml));
    expect_whole_graph(g);
    EXPECT_STREQ(g["node"]["hik"]["label"].GetString(), test::kHikName);
    EXPECT_DOUBLE_EQ(g["edge"]["eu|hik"]["weight"].GetDouble(), 2.0);
}

TEST_F(GraphFormats, GexfRoundTripsThroughNetworkx) {
    REQUIRE_NETWORKX();
    fs::path file = export_to(ExportFormat::gexf);
    EXPECT_NE(test::slurp(file).find("xmlns=\"http://gexf.net/1.3\""), std::string::npos);
    rapidjson::Document g = load_with_networkx("gexf", file);
    expect_whole_graph(g);
    EXPECT_STREQ(g["node"]["hik"]["label"].GetString(), test::kHikName);
    EXPECT_DOUBLE_EQ(g["edge"]["eu|hik"]["weight"].GetDouble(), 2.0);
}

TEST_F(GraphFormats, FromQueryExportsExactlyTheAnswer) {
    REQUIRE_NETWORKX();
    CoMentionQuery query;  // vendor × institution, per question
    rapidjson::Document g = load_with_networkx("graphml", export_query(ExportFormat::graphml, query));
    std::set<std::string> nodes, edges;
    for (const auto& n : g["node"].GetObject()) nodes.insert(n.name.GetString());
    for (const auto& e : g["edge"].GetObject()) edges.insert(e.name.GetString());
    EXPECT_EQ(nodes, (std::set<std::string>{"huawei", "hik", "eu", "aivd"}));
    EXPECT_EQ(edges, (std::set<std::string>{"eu|huawei", "eu|hik", "aivd|huawei"}));
    // Statistics are the store's, whichever query chose the edge.
    EXPECT_DOUBLE_EQ(g["edge"]["eu|hik"]["jaccard"].GetDouble(), 1.0);
    EXPECT_EQ(g["node"]["hik"]["documents"].GetInt(), 2);

    query.min = 2;
    rapidjson::Document strong = load_with_networkx("gexf", export_query(ExportFormat::gexf, query));
    EXPECT_EQ(strong["nodes"].GetInt(), 2);
    EXPECT_EQ(strong["edges"].GetInt(), 1);
    EXPECT_TRUE(strong["edge"].HasMember("eu|hik"));
}

TEST_F(GraphFormats, DocumentScopePairsWithoutSharedQuestionsHaveZeroCounts) {
    REQUIRE_NETWORKX();
    CoMentionQuery query;
    query.with = EntityKind::place;
    query.scope = CoMentionScope::document;
    // hik and xinjiang share the second document but no question.
    rapidjson::Document g = load_with_networkx("graphml", export_query(ExportFormat::graphml, query));
    ASSERT_TRUE(g["edge"].HasMember("hik|xinjiang"));
    EXPECT_EQ(g["edge"]["hik|xinjiang"]["questions"].GetInt(), 0);
    EXPECT_DOUBLE_EQ(g["edge"]["hik|xinjiang"]["npmi"].GetDouble(), -1.0);
}

TEST_F(GraphFormats, DotHasOneStatementPerNodeAndEdgeWithEscapedNames) {
    std::string dot = test::slurp(export_to(ExportFormat::dot));
    EXPECT_EQ(dot.rfind("graph \"riskgraph\" {\n", 0), 0u);
    EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
    std::size_t nodes = 0, edges = 0;
    std::istringstream lines(dot);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(" -- ") != std::string::npos)
            ++edges;
        else if (line.find(" [label=") != std::string::npos)
            ++nodes;
    }
    EXPECT_EQ(nodes, 8u);
    EXPECT_EQ(edges, 9u);
    EXPECT_NE(dot.find(R"([label="«Chinese» camera’s & <x> \"HK\" \\ Co")"), std::string::npos) << dot;
}

TEST(DotQuote, EscapesQuotesBackslashesAndLineBreaks) {
    EXPECT_EQ(dot_quote("a\"b\\c\nd"), R"("a\"b\\c\nd")");
    EXPECT_EQ(dot_quote(""), "\"\"");
}

}  // namespace
}  // namespace riskgraph
