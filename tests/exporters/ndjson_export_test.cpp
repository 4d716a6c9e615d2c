// ndjson: every line valid against docs/schemas/ndjson.schema.json; the json
// export, now built from the same records, still valid against its schema.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "exporters/export_format.h"
#include "queries/co_mentions.h"
#include "tests/exporters/export_fixture.h"
#include "tests/json_schema.h"

namespace riskgraph {
namespace {

using NdjsonExport = test::ExportTest;

std::vector<rapidjson::Document> parse_lines(const std::string& text) {
    std::vector<rapidjson::Document> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.emplace_back();
        lines.back().Parse(line.c_str());
        EXPECT_FALSE(lines.back().HasParseError()) << line;
    }
    return lines;
}

TEST_F(NdjsonExport, EveryLineValidatesAndRecordsComeInOrder) {
    std::ostringstream out;
    export_store(db(), ExportFormat::ndjson, out);
    EXPECT_EQ(test::line_schema_violation(out.str(), "ndjson.schema.json"), "");
    EXPECT_EQ(out.str().back(), '\n');

    std::map<std::string, int> counts;
    std::string order;
    for (const auto& line : parse_lines(out.str())) {
        std::string type = line["type"].GetString();
        if (order.empty() || order.back() != type[0]) order += type[0];
        ++counts[type];
    }
    EXPECT_EQ(order, "ede");  // entities, documents, edges
    EXPECT_EQ(counts["entity"], 8);
    EXPECT_EQ(counts["document"], 3);
    EXPECT_EQ(counts["edge"], 9);
}

TEST_F(NdjsonExport, DocumentLinesCarryQuestionsMentionsAndSources) {
    std::ostringstream out;
    export_store(db(), ExportFormat::ndjson, out);
    for (const auto& line : parse_lines(out.str())) {
        if (std::string(line["type"].GetString()) != "document" ||
            std::string(line["file"].GetString()) != "/x/docs/kv-2020.txt")
            continue;
        EXPECT_STREQ(line["official_id"].GetString(), "kv-tk-2020Z25034");
        ASSERT_EQ(line["questions"].Size(), 2u);
        EXPECT_STREQ(line["questions"][0]["sources"][0]["url"].GetString(), test::kCommaUrl);
        EXPECT_STREQ(line["questions"][1]["answer"].GetString(), test::kAnswerWithBreak);
        EXPECT_EQ(line["questions"][0]["mentions"].Size(), 3u);
        return;
    }
    ADD_FAILURE() << "no document line for kv-2020.txt";
}

TEST_F(NdjsonExport, SchemaRejectsAnUnknownRecordType) {
    EXPECT_NE(test::line_schema_violation("{\"type\":\"vertex\",\"id\":\"x\"}\n", "ndjson.schema.json"), "");
    EXPECT_NE(test::line_schema_violation(
                  "{\"type\":\"edge\",\"source\":\"a\",\"target\":\"b\",\"relation\":\"co_mention\","
                  "\"questions\":1,\"documents\":1,\"jaccard\":2,\"npmi\":0}\n",
                  "ndjson.schema.json"),
              "")
        << "jaccard above 1";
}

TEST_F(NdjsonExport, FromQueryHasOnlyTheAnswersEntitiesAndEdges) {
    CoMentionQuery query;
    query.min = 2;
    std::ostringstream out;
    export_result_graph(db(), co_mentions_graph(co_mentions(db(), query), query), ExportFormat::ndjson, out);
    EXPECT_EQ(test::line_schema_violation(out.str(), "ndjson.schema.json"), "");
    auto lines = parse_lines(out.str());
    ASSERT_EQ(lines.size(), 3u);
    std::set<std::string> entities;
    for (const auto& line : lines)
        if (std::string(line["type"].GetString()) == "entity") entities.insert(line["id"].GetString());
    EXPECT_EQ(entities, (std::set<std::string>{"hik", "eu"}));
    EXPECT_STREQ(lines[2]["source"].GetString(), "eu");
    EXPECT_STREQ(lines[2]["target"].GetString(), "hik");
    EXPECT_EQ(lines[2]["questions"].GetInt(), 2);
}

TEST_F(NdjsonExport, JsonExportStillValidates) {
    std::ostringstream out;
    export_store(db(), ExportFormat::json, out);
    EXPECT_EQ(test::schema_violation(out.str(), "export.schema.json"), "");
    rapidjson::Document d;
    d.Parse(out.str().c_str());
    ASSERT_FALSE(d.HasParseError());
    EXPECT_EQ(d["entities"].Size(), 8u);
    EXPECT_EQ(d["documents"].Size(), 3u);
    EXPECT_EQ(d["edges"].Size(), 9u);
}

}  // namespace
}  // namespace riskgraph
