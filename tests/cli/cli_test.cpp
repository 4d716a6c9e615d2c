// The binary end to end, as a user runs it: exit codes, messages, outputs.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "tests/cli/cli_fixture.h"
#include "tests/db_snapshot.h"
#include "tests/json_schema.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

constexpr const char* kLexicon = R"({"entities": [
  {"id": "hikvision", "kind": "vendor", "name": "Hikvision", "aliases": ["Hikvision"], "wikidata": "Q5736876"},
  {"id": "dahua", "kind": "vendor", "name": "Dahua", "aliases": ["Dahua"]},
  {"id": "aivd", "kind": "institution", "name": "AIVD", "aliases": ["AIVD"]},
  {"id": "eu", "kind": "institution", "name": "European Union", "aliases": ["EU", "Europese Unie"]},
  {"id": "china", "kind": "place", "name": "China", "aliases": ["China", "Chinese"]}]})";

constexpr const char* kDocument = R"(Vragen van de leden De Vries (CDA) en Bakker (SP) aan de Minister van Justitie en Veiligheid over camera's van Hikvision (ingezonden 12 januari 2024).

Vraag 1
Bent u bekend met het bericht dat Hikvision en Dahua camera's leveren aan de EU?

Vraag 2
Heeft de AIVD gewaarschuwd voor Hikvision?

Vraag 3
Deelt u de mening dat de Europese Unie camera's van Hikvision moet weren?
)";

class Cli : public test::CliFixture {
protected:
    void SetUp() override {
        CliFixture::SetUp();
        write("lexicon.json", kLexicon);
        write("docs/camera.txt", kDocument);
    }
};

TEST_F(Cli, EveryCommandHasHelp) {
    for (const char* command : {"--help", "import --help", "query --help", "query co-mentions --help",
                                "render --help", "render co-mentions --help", "export --help"}) {
        test::CliRun r = run(command, false);
        EXPECT_EQ(r.exit_code, 0) << command;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
    }
    EXPECT_NE(run("query --help", false).out.find("co-mentions"), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(run("frobnicate", false).exit_code, 2);
    EXPECT_EQ(run("query co-mentions --scope galaxy").exit_code, 2);
    test::CliRun r = run("query co-mentions --kind supplier");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("supplier"), std::string::npos) << r.err;
}

TEST_F(Cli, ImportThenCoMentionTableJsonAndCsv) {
    test::CliRun imported = run("import docs");
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    test::CliRun table = run("query co-mentions --kind vendor --with institution");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("Hikvision"), std::string::npos) << table.out;

    test::CliRun json = run("query co-mentions --kind vendor --with institution --format json");
    ASSERT_EQ(json.exit_code, 0) << json.err;
    EXPECT_EQ(test::schema_violation(json.out, "co-mentions.schema.json"), "");
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    ASSERT_FALSE(d.HasParseError()) << json.out;
    std::map<std::string, int> counts;
    for (const auto& pair : d["pairs"].GetArray())
        counts[std::string(pair["entity"]["id"].GetString()) + "×" + pair["with"]["id"].GetString()] =
            pair["questions"].GetInt();
    EXPECT_EQ(counts["hikvision×eu"], 2);   // questions 1 and 3
    EXPECT_EQ(counts["hikvision×aivd"], 1);
    EXPECT_EQ(counts["dahua×eu"], 1);
    EXPECT_EQ(counts.count("dahua×aivd"), 0u);
    EXPECT_EQ(d["pairs"][0]["entity"]["id"], "hikvision");  // strongest first
    EXPECT_EQ(d["pairs"][0]["evidence"].Size(), 2u);

    test::CliRun csv = run("query co-mentions --format csv --scope document");
    ASSERT_EQ(csv.exit_code, 0);
    EXPECT_EQ(csv.out.rfind("vendor,institution,questions,documents,jaccard,npmi,evidence\r\n", 0), 0u) << csv.out;
}

TEST_F(Cli, NoResultsHasItsOwnExitCode) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    EXPECT_EQ(run("query co-mentions --kind vendor --with treaty").exit_code, 4);
}

TEST_F(Cli, BadInputNamesTheFileExitsThreeAndLeavesTheDatabase) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    std::string before = test::snapshot(db());
    for (const char* fixture : {"empty.txt", "invalid-utf8.txt", "binary-file.txt", "not-a-parliamentary-document.txt"}) {
        test::CliRun r = run("import " + (test::fixtures_dir() / fixture).string());
        EXPECT_EQ(r.exit_code, 3) << fixture;
        EXPECT_NE(r.err.find(fixture), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
        EXPECT_EQ(test::snapshot(db()), before) << fixture;
    }
}

TEST_F(Cli, AFailedFirstImportLeavesNoDatabaseBehind) {
    test::CliRun r = run("import " + (test::fixtures_dir() / "empty.txt").string());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_FALSE(fs::exists(db()));
}

TEST_F(Cli, QueryWithoutDatabaseSaysSo) {
    test::CliRun r = run("query co-mentions");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("graph.db"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("riskgraph import"), std::string::npos) << r.err;
}

TEST_F(Cli, NotARiskgraphDatabaseIsRefused) {
    std::ofstream(db()) << "this is not sqlite";
    test::CliRun r = run("query co-mentions");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("graph.db"), std::string::npos) << r.err;
}

TEST_F(Cli, DatabaseFromEnvironment) {
    std::string lexicon = " --no-default-lexicon --lexicon " + (dir_ / "lexicon.json").string();
    std::string command = "cd " + dir_.string() + " && RISKGRAPH_DB=env.db " + RISKGRAPH_BINARY + lexicon +
                          " import docs >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0);
    EXPECT_TRUE(fs::exists(dir_ / "env.db"));
}

TEST_F(Cli, RenderWritesAnSvgWithOneNodePerEntity) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    test::CliRun r = run("render co-mentions -o diagram.svg");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string svg = test::slurp(dir_ / "diagram.svg");
    EXPECT_EQ(test::count_of(svg, "<g id=\"node"), 4u);  // Hikvision, Dahua, EU, AIVD
    EXPECT_EQ(test::count_of(svg, "<g id=\"edge"), 3u);
    // Hikvision links to its Wikidata page; every edge to its evidence document.
    EXPECT_EQ(test::count_of(svg, "https://www.wikidata.org/wiki/Q5736876"), 1u);
    EXPECT_EQ(test::count_of(svg, "xlink:href=\"file://"), 2u * 3u);  // on each edge and on its label
    EXPECT_EQ(run("render co-mentions -o diagram.gif").exit_code, 2);
}

TEST_F(Cli, ExportJsonHasEntitiesDocumentsAndEdges) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    test::CliRun r = run("export --format json");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(test::schema_violation(r.out, "export.schema.json"), "");
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    ASSERT_FALSE(d.HasParseError());
    EXPECT_EQ(d["entities"].Size(), 5u);
    ASSERT_EQ(d["documents"].Size(), 1u);
    const auto& doc = d["documents"][0];
    EXPECT_EQ(doc["members"].Size(), 2u);
    EXPECT_STREQ(doc["members"][1]["party"].GetString(), "SP");
    EXPECT_STREQ(doc["submitted"].GetString(), "2024-01-12");
    ASSERT_EQ(doc["questions"].Size(), 3u);
    const auto& mention = doc["questions"][1]["mentions"][0];
    EXPECT_STREQ(mention["entity"].GetString(), "aivd");
    EXPECT_EQ(mention["end"].GetInt() - mention["start"].GetInt(), 4);
    EXPECT_GE(d["edges"].Size(), 3u);
}

}  // namespace
}  // namespace riskgraph

namespace riskgraph {
namespace {

TEST(JsonSchemas, RejectOutputThatBreaksTheContract) {
    EXPECT_NE(test::schema_violation(R"({"format": "riskgraph", "version": 1})", "export.schema.json"), "");
    EXPECT_NE(test::schema_violation(
                  R"({"query": "co-mentions", "kind": "vendor", "with": "bank", "scope": "question", "pairs": []})",
                  "co-mentions.schema.json"),
              "");
    EXPECT_EQ(test::schema_violation(
                  R"({"query": "co-mentions", "kind": "vendor", "with": "institution", "scope": "question", "pairs": []})",
                  "co-mentions.schema.json"),
              "");
}

}  // namespace
}  // namespace riskgraph
