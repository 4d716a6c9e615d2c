// The binary end to end, as a user runs it: exit codes, messages, outputs.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "tests/db_snapshot.h"
#include "tests/json_schema.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

constexpr const char* kLexicon = R"({"entities": [
  {"id": "hikvision", "kind": "vendor", "name": "Hikvision", "aliases": ["Hikvision"]},
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

class Cli : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("riskgraph-cli-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "docs");
        std::ofstream(dir_ / "lexicon.json") << kLexicon;
        std::ofstream(dir_ / "docs" / "camera.txt") << kDocument;
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Runs riskgraph with the test lexicon and database unless told otherwise.
    CliRun run(const std::string& args, bool own_lexicon = true) {
        std::string prefix = own_lexicon ? "--db " + db().string() + " --no-default-lexicon --lexicon " +
                                               (dir_ / "lexicon.json").string() + " "
                                         : "";
        std::string command = "cd " + dir_.string() + " && " + RISKGRAPH_BINARY + " " + prefix + args + " >" +
                              (dir_ / "out").string() + " 2>" + (dir_ / "err").string() + " </dev/null";
        int status = std::system(command.c_str());
        return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir_ / "out"), slurp(dir_ / "err")};
    }
    fs::path db() const { return dir_ / "graph.db"; }

    fs::path dir_;
};

TEST_F(Cli, EveryCommandHasHelp) {
    for (const char* command : {"--help", "import --help", "query --help", "query co-mentions --help",
                                "render --help", "render co-mentions --help", "export --help"}) {
        CliRun r = run(command, false);
        EXPECT_EQ(r.exit_code, 0) << command;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
    }
    EXPECT_NE(run("query --help", false).out.find("co-mentions"), std::string::npos);
}

TEST_F(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(run("frobnicate", false).exit_code, 2);
    EXPECT_EQ(run("query co-mentions --scope galaxy").exit_code, 2);
    CliRun r = run("query co-mentions --kind supplier");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("supplier"), std::string::npos) << r.err;
}

TEST_F(Cli, ImportThenCoMentionTableJsonAndCsv) {
    CliRun imported = run("import docs");
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    CliRun table = run("query co-mentions --kind vendor --with institution");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("Hikvision"), std::string::npos) << table.out;

    CliRun json = run("query co-mentions --kind vendor --with institution --format json");
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

    CliRun csv = run("query co-mentions --format csv --scope document");
    ASSERT_EQ(csv.exit_code, 0);
    EXPECT_EQ(csv.out.rfind("vendor,institution,questions,documents,evidence\r\n", 0), 0u) << csv.out;
}

TEST_F(Cli, NoResultsHasItsOwnExitCode) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    EXPECT_EQ(run("query co-mentions --kind vendor --with treaty").exit_code, 4);
}

TEST_F(Cli, BadInputNamesTheFileExitsThreeAndLeavesTheDatabase) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    std::string before = test::snapshot(db());
    for (const char* fixture : {"empty.txt", "invalid-utf8.txt", "binary-file.txt", "not-a-parliamentary-document.txt"}) {
        CliRun r = run("import " + (test::fixtures_dir() / fixture).string());
        EXPECT_EQ(r.exit_code, 3) << fixture;
        EXPECT_NE(r.err.find(fixture), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
        EXPECT_EQ(test::snapshot(db()), before) << fixture;
    }
}

TEST_F(Cli, AFailedFirstImportLeavesNoDatabaseBehind) {
    CliRun r = run("import " + (test::fixtures_dir() / "empty.txt").string());
    EXPECT_EQ(r.exit_code, 3);
    EXPECT_FALSE(fs::exists(db()));
}

TEST_F(Cli, QueryWithoutDatabaseSaysSo) {
    CliRun r = run("query co-mentions");
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("graph.db"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("riskgraph import"), std::string::npos) << r.err;
}

TEST_F(Cli, NotARiskgraphDatabaseIsRefused) {
    std::ofstream(db()) << "this is not sqlite";
    CliRun r = run("query co-mentions");
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
    CliRun r = run("render co-mentions -o diagram.svg");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string svg = slurp(dir_ / "diagram.svg");
    auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (auto p = svg.find(needle); p != std::string::npos; p = svg.find(needle, p + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count("class=\"node\""), 4u);  // Hikvision, Dahua, EU, AIVD
    EXPECT_EQ(count("class=\"edge\""), 3u);
    EXPECT_EQ(run("render co-mentions -o diagram.gif").exit_code, 2);
}

TEST_F(Cli, ExportJsonHasEntitiesDocumentsAndEdges) {
    ASSERT_EQ(run("import docs").exit_code, 0);
    CliRun r = run("export --format json");
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
