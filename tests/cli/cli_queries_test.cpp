// The analyst queries end to end, as a user runs them: index, search,
// timeline, members and parties (table, JSON against its schema, CSV, exit
// codes, rendered SVG).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>

#include "tests/cli/cli_fixture.h"
#include "tests/json_schema.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {

constexpr const char* kLexicon = R"({"entities": [
  {"id": "hikvision", "kind": "vendor", "name": "Hikvision", "aliases": ["Hikvision"]},
  {"id": "dahua", "kind": "vendor", "name": "Dahua", "aliases": ["Dahua"]},
  {"id": "aivd", "kind": "institution", "name": "AIVD", "aliases": ["AIVD"]},
  {"id": "eu", "kind": "institution", "name": "European Union", "aliases": ["EU", "Europese Unie"]},
  {"id": "china", "kind": "place", "name": "China", "aliases": ["China", "Chinese"]}]})";

constexpr const char* kCamera = R"(Vragen van de leden De Vries (CDA) en Bakker (SP) aan de Minister van Justitie en Veiligheid over camera's van Hikvision (ingezonden 12 januari 2024).

Vraag 1
Bent u bekend met het bericht dat Hikvision en Dahua camera's leveren aan de EU?

Vraag 2
Heeft de AIVD gewaarschuwd voor Hikvision en heeft minister Yeşilgöz daarop gereageerd?

Vraag 3
Deelt u de mening dat de Europese Unie camera's van Hikvision moet weren?
)";

constexpr const char* kDahua = R"(Vragen van het lid Jansen (VVD) aan de Minister van Economische Zaken over Dahua (ingezonden 3 maart 2023).

Vraag 1
Wat vindt u ervan dat Dahua en Hikvision camera's leveren aan gemeenten?

Vraag 2
Is Dahua ook actief bij de EU?
)";

constexpr const char* kLater = R"(Vragen van het lid Bakker (SP) aan de Minister van Defensie over Hikvision (ingezonden 1 februari 2024).

Vraag 1
Gebruikt Defensie camera's van Hikvision?
)";

class CliQueries : public test::CliFixture {
protected:
    void SetUp() override {
        CliFixture::SetUp();
        std::filesystem::create_directories(dir_ / "later");
        write("lexicon.json", kLexicon);
        write("docs/camera.txt", kCamera);
        write("docs/dahua.txt", kDahua);
        write("later/later.txt", kLater);
    }

    void import_and_index() {
        test::CliRun imported = run("-q import docs");
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        test::CliRun indexed = run("index");
        ASSERT_EQ(indexed.exit_code, 0) << indexed.err;
        EXPECT_NE(indexed.err.find("indexed 5 questions"), std::string::npos) << indexed.err;
    }

    // JSON output, checked against its schema; fails the test otherwise.
    rapidjson::Document json(const std::string& args, const std::string& schema) {
        test::CliRun r = run(args + " --format json");
        EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
        EXPECT_EQ(test::schema_violation(r.out, schema), "") << args << ":\n" << r.out;
        rapidjson::Document d;
        d.Parse(r.out.c_str());
        EXPECT_FALSE(d.HasParseError()) << r.out;
        return d;
    }

    // Nodes drawn in an SVG: the renderer's node groups are "node1", "node2",
    // ...; the legend's group is "legend" and the empty graph's note "note".
    std::size_t svg_nodes(const std::string& file) {
        std::string svg = test::slurp(dir_ / file);
        std::size_t n = 0;
        for (auto p = svg.find("<g id=\"node"); p != std::string::npos; p = svg.find("<g id=\"node", p + 1)) ++n;
        return n;
    }

    std::string csv_header(const std::string& args) {
        test::CliRun r = run(args + " --format csv");
        EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
        return r.out.substr(0, r.out.find('\n') + 1);
    }

};

TEST_F(CliQueries, EveryCommandHasHelp) {
    for (const char* command : {"index --help", "query search --help", "query timeline --help",
                                "query members --help", "query parties --help", "render search --help",
                                "render timeline --help", "render members --help", "render parties --help"}) {
        test::CliRun r = run(command);
        EXPECT_EQ(r.exit_code, 0) << command;
        EXPECT_NE(r.out.find("Usage"), std::string::npos) << command << ": " << r.out;
    }
}

TEST_F(CliQueries, SearchNeedsAnIndexThatIsUpToDate) {
    EXPECT_EQ(run("index").exit_code, 1);  // no database yet
    ASSERT_EQ(run("-q import docs").exit_code, 0);
    test::CliRun missing = run("query search hikvision");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("full-text index is missing"), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find("riskgraph index"), std::string::npos) << missing.err;

    ASSERT_EQ(run("index").exit_code, 0);
    EXPECT_EQ(run("query search hikvision").exit_code, 0);
    test::CliRun again = run("index");
    EXPECT_NE(again.err.find("up to date"), std::string::npos) << again.err;

    ASSERT_EQ(run("-q import later").exit_code, 0);
    test::CliRun stale = run("query search hikvision");
    EXPECT_EQ(stale.exit_code, 1);
    EXPECT_NE(stale.err.find("out of date"), std::string::npos) << stale.err;
    EXPECT_EQ(std::count(stale.err.begin(), stale.err.end(), '\n'), 1) << stale.err;
    ASSERT_EQ(run("index").exit_code, 0);
    EXPECT_EQ(json("query search defensie", "search.schema.json")["total"].GetInt(), 1);
}

TEST_F(CliQueries, SearchTableJsonCsvAndSvg) {
    import_and_index();
    test::CliRun table = run("query search hikvision camera");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("«Hikvision»"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("«camera»"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("De Vries (CDA), Bakker (SP)"), std::string::npos) << table.out;

    rapidjson::Document d = json("query search hikvision camera", "search.schema.json");
    EXPECT_EQ(d["total"].GetInt(), 3);  // camera.txt 1 and 3, dahua.txt 1
    ASSERT_EQ(d["hits"].Size(), 3u);
    std::set<int> documents;
    for (const auto& hit : d["hits"].GetArray()) documents.insert(hit["document"]["id"].GetInt());
    const auto& first = d["hits"][0]["snippet"];
    ASSERT_GE(first["matches"].Size(), 2u);
    EXPECT_NE(std::string(first["marked"].GetString()).find("«Hikvision»"), std::string::npos);

    EXPECT_EQ(json("query search yesilgoz", "search.schema.json")["hits"][0]["question"], "2");
    EXPECT_EQ(json("query search dahua --in question --limit 1", "search.schema.json")["hits"].Size(), 1u);

    EXPECT_EQ(csv_header("query search hikvision"), "document,submitted,question,members,in,snippet\r\n");
    EXPECT_EQ(run("query search siemens").exit_code, 4);

    test::CliRun rendered = run("render search hikvision camera -o search.svg");
    ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
    EXPECT_EQ(svg_nodes("search.svg"), documents.size() + d["hits"].Size());
}

TEST_F(CliQueries, MalformedSearchIsAUsageErrorOnOneLine) {
    import_and_index();
    for (const char* search : {"'\"hikvision'", "AND", "'hikvision AND'", "'NEAR('", "'(hikvision'",
                               "'kosten: hikvision'"}) {
        test::CliRun r = run(std::string("query search --syntax ") + search);
        EXPECT_EQ(r.exit_code, 2) << search << ": " << r.err;
        EXPECT_EQ(r.err.rfind("riskgraph: search \"", 0), 0u) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_EQ(r.err.find("fts5"), std::string::npos) << r.err;
    }
    // The same text without --syntax is plain words.
    EXPECT_EQ(run("query search 'hikvision AND'").exit_code, 4);  // no question has the word "and"
    EXPECT_EQ(run("query search 'NEAR( hikvision'").exit_code, 4);
    EXPECT_EQ(run("query search --syntax 'hikvision NOT dahua'").exit_code, 0);
}

TEST_F(CliQueries, TimelineTableJsonCsvAndSvg) {
    ASSERT_EQ(run("-q import docs").exit_code, 0);
    test::CliRun table = run("query timeline Hikvision");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("2024-01"), std::string::npos) << table.out;

    // Hikvision: camera.txt (2024-01): questions 1, 2, 3; dahua.txt (2023-03): question 1.
    rapidjson::Document d = json("query timeline hikvision", "timeline.schema.json");
    ASSERT_EQ(d["series"].Size(), 1u);
    const auto& points = d["series"][0]["points"];
    ASSERT_EQ(points.Size(), 2u);
    EXPECT_EQ(points[0]["period"], "2023-03");
    EXPECT_EQ(points[0]["questions"].GetInt(), 1);
    EXPECT_EQ(points[1]["period"], "2024-01");
    EXPECT_EQ(points[1]["questions"].GetInt(), 3);
    EXPECT_EQ(points[1]["documents"].GetInt(), 1);

    rapidjson::Document parties = json("query timeline dahua --by year --split party", "timeline.schema.json");
    // Dahua: dahua.txt (VVD, 2023) questions 1, 2; camera.txt (CDA and SP, 2024) question 1.
    ASSERT_EQ(parties["series"].Size(), 3u);
    EXPECT_EQ(parties["series"][0]["name"], "VVD");
    EXPECT_EQ(parties["series"][0]["points"][0]["questions"].GetInt(), 2);

    EXPECT_EQ(csv_header("query timeline hikvision"), "period,questions,documents\r\n");
    EXPECT_EQ(csv_header("query timeline hikvision --split member"), "member,period,questions,documents\r\n");
    EXPECT_EQ(run("query timeline china").exit_code, 4);          // known, never named
    EXPECT_EQ(run("query timeline 'no such thing'").exit_code, 4);  // unknown name
    EXPECT_EQ(run("query timeline hikvision --by week").exit_code, 2);

    test::CliRun rendered = run("render timeline dahua --by year --split party -o timeline.svg");
    ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
    std::size_t nodes = 1;  // the entity
    for (const auto& series : parties["series"].GetArray()) nodes += 1 + series["points"].Size();
    EXPECT_EQ(svg_nodes("timeline.svg"), nodes);
}

TEST_F(CliQueries, MembersAndPartiesTableJsonCsvAndSvg) {
    ASSERT_EQ(run("-q import docs").exit_code, 0);
    test::CliRun table = run("query members");
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_NE(table.out.find("Jansen"), std::string::npos) << table.out;

    rapidjson::Document d = json("query members", "members.schema.json");
    std::map<std::string, int> counts;
    std::set<std::string> members, entities;
    for (const auto& row : d["rows"].GetArray()) {
        counts[std::string(row["member"]["name"].GetString()) + "×" + row["entity"]["id"].GetString()] =
            row["questions"].GetInt();
        members.insert(row["member"]["name"].GetString());
        entities.insert(row["entity"]["id"].GetString());
    }
    EXPECT_EQ(counts["De Vries×hikvision"], 3);
    EXPECT_EQ(counts["Bakker×eu"], 2);  // questions 1 and 3 (EU, Europese Unie)
    EXPECT_EQ(counts["Jansen×dahua"], 2);
    EXPECT_EQ(counts["Jansen×eu"], 1);
    EXPECT_EQ(counts.count("Jansen×aivd"), 0u);
    EXPECT_EQ(d["rows"][0]["questions"].GetInt(), 3);  // most questions first

    rapidjson::Document p = json("query parties --kind vendor", "parties.schema.json");
    ASSERT_GT(p["rows"].Size(), 0u);
    for (const auto& row : p["rows"].GetArray()) EXPECT_STREQ(row["entity"]["kind"].GetString(), "vendor");
    rapidjson::Document one = json("query members --entity Dahua", "members.schema.json");
    EXPECT_EQ(one["rows"].Size(), 3u);  // De Vries, Bakker, Jansen

    EXPECT_EQ(csv_header("query members"), "member,party,entity,kind,questions,documents\r\n");
    EXPECT_EQ(csv_header("query parties"), "party,entity,kind,questions,documents\r\n");
    EXPECT_EQ(run("query members --kind treaty").exit_code, 4);
    EXPECT_EQ(run("query parties --kind supplier").exit_code, 2);

    test::CliRun rendered = run("render members -o members.svg");
    ASSERT_EQ(rendered.exit_code, 0) << rendered.err;
    EXPECT_EQ(svg_nodes("members.svg"), members.size() + entities.size());
    ASSERT_EQ(run("render parties -o parties.svg").exit_code, 0);
    std::set<std::string> parties, party_entities;
    rapidjson::Document all_parties = json("query parties", "parties.schema.json");
    for (const auto& row : all_parties["rows"].GetArray()) {
        parties.insert(row["party"].GetString());
        party_entities.insert(row["entity"]["id"].GetString());
    }
    EXPECT_EQ(svg_nodes("parties.svg"), parties.size() + party_entities.size());
}

}  // namespace
}  // namespace riskgraph
