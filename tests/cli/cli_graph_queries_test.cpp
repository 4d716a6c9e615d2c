// query|render entity, path, neighbors and rank through the binary: JSON
// valid against docs/schemas, drawings with exactly the answer's nodes.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "tests/cli/cli_fixture.h"
#include "tests/json_schema.h"

namespace riskgraph {
namespace {

constexpr const char* kLexicon = R"({"entities": [
  {"id": "hikvision", "kind": "vendor", "name": "Hikvision", "aliases": ["Hikvision"]},
  {"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei"]},
  {"id": "eu", "kind": "institution", "name": "European Union", "aliases": ["EU", "Europese Unie"]},
  {"id": "wto", "kind": "institution", "name": "WTO", "aliases": ["WTO"]},
  {"id": "gpa", "kind": "treaty", "name": "Government Procurement Agreement", "aliases": ["GPA"]},
  {"id": "un", "kind": "institution", "name": "United Nations", "aliases": ["VN", "UN"]},
  {"id": "un-charter", "kind": "treaty", "name": "UN Charter", "aliases": ["Handvest", "UN Charter"]}]})";

// Hikvision - EU (q1, q2), EU - WTO (q2 of doc b), WTO - GPA (doc b q1), Huawei - WTO (doc b q3).
constexpr const char* kDocumentA = R"(Vragen van het lid Jansen (VVD) aan de Minister van Buitenlandse Zaken over camera's (ingezonden 12 januari 2024).

Vraag 1
Gebruikt de EU camera's van Hikvision?

Vraag 2
Gaat de Europese Unie Hikvision weren?
)";

constexpr const char* kDocumentB = R"(Vragen van de leden De Vries (CDA) en Bakker (SP) aan de Minister voor Buitenlandse Handel over aanbestedingen (ingezonden 3 maart 2024).

Vraag 1
Valt dit onder de GPA van de WTO?

Vraag 2
Wat zegt de EU in de WTO?

Vraag 3
Heeft Huawei de WTO ingeschakeld?
)";

class GraphQueriesCli : public test::CliFixture {
protected:
    void SetUp() override {
        CliFixture::SetUp();
        write("lexicon.json", kLexicon);
        write("docs/a.txt", kDocumentA);
        write("docs/b.txt", kDocumentB);
        test::CliRun imported = run("import docs");
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
    }

    rapidjson::Document json(const std::string& args, const std::string& schema) {
        test::CliRun r = run(args + " --format json");
        EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
        EXPECT_EQ(test::schema_violation(r.out, schema), "") << args;
        rapidjson::Document d;
        d.Parse(r.out.c_str());
        return d;
    }

    std::size_t drawn_nodes(const std::string& args) {
        test::CliRun r = run("render " + args + " -o drawing.svg");
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return test::count_of(test::slurp(dir_ / "drawing.svg"), "<g id=\"node");
    }
};

TEST_F(GraphQueriesCli, EntityProfile) {
    auto d = json("query entity hikvision", "entity.schema.json");
    EXPECT_EQ(d["questions"].GetInt(), 2);
    EXPECT_EQ(d["documents"].GetInt(), 1);
    EXPECT_STREQ(d["first"].GetString(), "2024-01-12");
    EXPECT_STREQ(d["members"][0]["member"].GetString(), "Jansen (VVD)");
    EXPECT_EQ(d["named_with"]["institution"][0]["questions"].GetInt(), 2);
    // Drawn: Hikvision, the EU, Jansen.
    EXPECT_EQ(drawn_nodes("entity hikvision"), 3u);
    test::CliRun table = run("query entity HIKVISION");
    EXPECT_NE(table.out.find("Jansen (VVD)"), std::string::npos);
}

TEST_F(GraphQueriesCli, PathFromVendorToTreatyWithEvidence) {
    auto d = json("query path Hikvision GPA", "path.schema.json");
    ASSERT_EQ(d["paths"].Size(), 1u);
    const auto& hops = d["paths"][0]["hops"];
    ASSERT_EQ(hops.Size(), 3u);  // Hikvision - EU - WTO - GPA
    EXPECT_STREQ(hops[0]["to"]["id"].GetString(), "eu");
    EXPECT_STREQ(hops[1]["to"]["id"].GetString(), "wto");
    EXPECT_STREQ(hops[1]["evidence"][0]["question"].GetString(), "2");
    EXPECT_EQ(drawn_nodes("path Hikvision GPA"), 4u);
}

TEST_F(GraphQueriesCli, NeighborsAndRank) {
    auto d = json("query neighbors WTO", "neighbors.schema.json");
    EXPECT_EQ(d["nodes"].Size(), 4u);  // WTO, EU, GPA, Huawei
    EXPECT_EQ(drawn_nodes("neighbors WTO"), 4u);
    auto r = json("query rank --by betweenness", "rank.schema.json");
    EXPECT_STREQ(r["entities"][0]["entity"]["id"].GetString(), "wto");
    EXPECT_EQ(drawn_nodes("rank --by pagerank --top 3"), 3u);
}

TEST_F(GraphQueriesCli, AmbiguousAndUnknownNamesHaveTheirOwnExitCodes) {
    // A later import with another lexicon gives "UN" to a second entity.
    write("other-lexicon.json", R"({"entities": [{"id": "un-network", "kind": "vendor", "name": "UN Network", "aliases": ["UN"]}]})");
    write("docs/c.txt", "Vragen van het lid Smit (D66) aan de Minister van Defensie over UN (ingezonden 4 april 2024).\n\nVraag 1\nLevert UN apparatuur?\n");
    std::string other = "--db " + db().string() + " --no-default-lexicon --lexicon " + (dir_ / "other-lexicon.json").string();
    ASSERT_EQ(run(other + " import docs/c.txt", false).exit_code, 0);
    test::CliRun ambiguous = run("query entity UN");
    EXPECT_EQ(ambiguous.exit_code, 5);
    EXPECT_NE(ambiguous.err.find("un-network"), std::string::npos) << ambiguous.err;
    EXPECT_EQ(run("query entity un-network").exit_code, 0);  // an id is never ambiguous
    test::CliRun unknown = run("query path Hikvision Nokia");
    EXPECT_EQ(unknown.exit_code, 4);
    EXPECT_NE(unknown.err.find("Nokia"), std::string::npos) << unknown.err;
    EXPECT_EQ(run("query path Hikvision un-charter").exit_code, 4);  // never named: no path
}

}  // namespace
}  // namespace riskgraph
