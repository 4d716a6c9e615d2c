// The neo4j-admin CSV folder: exact headers, endpoints that exist, quoting
// that survives commas, quotes and line breaks, and atomic replacement.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "exporters/atomic_output.h"
#include "exporters/neo4j_export.h"
#include "graph/errors.h"
#include "tests/exporters/export_fixture.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

using Row = std::vector<std::string>;

// RFC 4180 as neo4j-admin reads it: quoted fields may hold commas, doubled
// quotes and line breaks. Unquoted empty fields come back as "<null>".
std::vector<Row> parse_csv(const std::string& text) {
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = was_quoted = true;
        } else if (c == ',' || c == '\n') {
            row.push_back(field.empty() && !was_quoted ? "<null>" : field);
            field.clear();
            was_quoted = false;
            if (c == '\n') {
                rows.push_back(std::move(row));
                row.clear();
            }
        } else {
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "unterminated quote";
    EXPECT_TRUE(row.empty() && field.empty()) << "no final line break";
    return rows;
}

class Neo4jExport : public test::ExportTest {
protected:
    void SetUp() override {
        test::ExportTest::SetUp();
        folder_ = dir_ / "neo4j";
        write_folder_atomically(folder_, neo4j_files(), [&](const fs::path& f) { export_neo4j(db(), f); });
    }
    std::vector<Row> read(const char* name) { return parse_csv(test::slurp(folder_ / name)); }
    std::string header(const char* name) {
        std::string text = test::slurp(folder_ / name);
        return text.substr(0, text.find('\n'));
    }
    fs::path folder_;
};

TEST_F(Neo4jExport, HeadersFollowNeo4jAdminConventions) {
    const std::map<std::string, std::string> expected = {
        {"nodes_entities.csv",
         "entityId:ID(Entity),name,kind,documents:long,questions:long,firstDate:date,lastDate:date,:LABEL"},
        {"nodes_documents.csv",
         "documentId:ID(Document),officialId,zaak,aanhangsel,file,kind,subject,submitted:date,received:date,:LABEL"},
        {"nodes_questions.csv", "questionId:ID(Question),number,ordinal:int,text,answer,:LABEL"},
        {"nodes_members.csv", "memberId:ID(Member),name,party,:LABEL"},
        {"nodes_sources.csv", "url:ID(Source),:LABEL"},
        {"relationships_co_mentioned.csv",
         ":START_ID(Entity),:END_ID(Entity),:TYPE,questions:long,documents:long,jaccard:double,npmi:double"},
        {"relationships_has_question.csv", ":START_ID(Document),:END_ID(Question),:TYPE"},
        {"relationships_subject_mentions.csv", ":START_ID(Document),:END_ID(Entity),:TYPE,field,start:int,end:int,text"},
        {"relationships_question_mentions.csv",
         ":START_ID(Question),:END_ID(Entity),:TYPE,field,start:int,end:int,text"},
        {"relationships_asked.csv", ":START_ID(Member),:END_ID(Document),:TYPE,position:int"},
        {"relationships_cites.csv", ":START_ID(Question),:END_ID(Source),:TYPE,footnote:int"},
    };
    std::set<std::string> written;
    for (const auto& entry : fs::directory_iterator(folder_)) written.insert(entry.path().filename().string());
    EXPECT_EQ(written.size(), expected.size());
    for (const auto& [file, line] : expected) EXPECT_EQ(header(file.c_str()), line) << file;
}

TEST_F(Neo4jExport, EveryRelationshipEndpointIsANode) {
    // ID space -> ids, from the node files' first column.
    std::map<std::string, std::set<std::string>> ids;
    for (const auto& [file, space] : std::map<std::string, std::string>{{"nodes_entities.csv", "Entity"},
                                                                        {"nodes_documents.csv", "Document"},
                                                                        {"nodes_questions.csv", "Question"},
                                                                        {"nodes_members.csv", "Member"},
                                                                        {"nodes_sources.csv", "Source"}}) {
        auto rows = read(file.c_str());
        for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_TRUE(ids[space].insert(rows[i][0]).second) << rows[i][0];
    }
    EXPECT_EQ(ids["Entity"].size(), 8u);
    EXPECT_EQ(ids["Document"].size(), 3u);
    EXPECT_EQ(ids["Question"].size(), 6u);
    EXPECT_EQ(ids["Member"].size(), 3u);

    std::size_t relationships = 0;
    for (const auto& entry : fs::directory_iterator(folder_)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("relationships_", 0) != 0) continue;
        auto rows = read(name.c_str());
        // ":START_ID(Question)" -> "Question"
        auto space = [](const std::string& h) { return h.substr(h.find('(') + 1, h.find(')') - h.find('(') - 1); };
        std::string from = space(rows[0][0]), to = space(rows[0][1]);
        for (std::size_t i = 1; i < rows.size(); ++i, ++relationships) {
            EXPECT_TRUE(ids[from].count(rows[i][0])) << name << ": " << rows[i][0];
            EXPECT_TRUE(ids[to].count(rows[i][1])) << name << ": " << rows[i][1];
        }
    }
    // 9 co-mentions, 6 has_question, 14 mentions, 4 asked, 2 cites.
    EXPECT_EQ(relationships, 35u);
}

TEST_F(Neo4jExport, QuotingSurvivesCommasQuotesAndLineBreaks) {
    auto sources = read("nodes_sources.csv");
    ASSERT_EQ(sources.size(), 3u);
    EXPECT_EQ(sources[1][0], "https://example.org/a,b?q=\"y\"");

    bool answer_found = false;
    for (const Row& row : read("nodes_questions.csv")) {
        ASSERT_EQ(row.size(), 6u);
        if (row[0] == "kv-tk-2020Z25034#2") answer_found = row[4] == test::kAnswerWithBreak;
        if (row[0] == "kv-tk-2020Z25034#1") {
            EXPECT_EQ(row[4], "<null>") << "no answer: no property";
        }
    }
    EXPECT_TRUE(answer_found);

    for (const Row& row : read("nodes_entities.csv"))
        if (row[0] == "hik") {
            EXPECT_EQ(row[1], test::kHikName);
            EXPECT_EQ(row[7], "Entity;Vendor");
        }
}

TEST_F(Neo4jExport, ReplacesAnEarlierExportButNoOtherFolder) {
    std::ofstream(folder_ / "nodes_entities.csv") << "stale";
    write_folder_atomically(folder_, neo4j_files(), [&](const fs::path& f) { export_neo4j(db(), f); });
    EXPECT_NE(test::slurp(folder_ / "nodes_entities.csv"), "stale");

    fs::path precious = dir_ / "mine";
    fs::create_directories(precious);
    std::ofstream(precious / "notes.txt") << "keep";
    EXPECT_THROW(
        write_folder_atomically(precious, neo4j_files(), [&](const fs::path& f) { export_neo4j(db(), f); }), Error);
    EXPECT_EQ(test::slurp(precious / "notes.txt"), "keep");
}

TEST_F(Neo4jExport, AFailedExportLeavesTheTargetAsItWas) {
    std::string before = test::slurp(folder_ / "nodes_entities.csv");
    EXPECT_THROW(write_folder_atomically(folder_, neo4j_files(),
                                         [&](const fs::path& f) {
                                             export_neo4j(db(), f);
                                             throw Error("disk full");
                                         }),
                 Error);
    EXPECT_EQ(test::slurp(folder_ / "nodes_entities.csv"), before);
    for (const auto& entry : fs::directory_iterator(dir_))
        EXPECT_EQ(entry.path().filename().string().find(".partial"), std::string::npos) << entry.path();

    fs::path file = dir_ / "out.ndjson";
    EXPECT_THROW(write_file_atomically(file, [](std::ostream& out) {
                     out << "half";
                     throw Error("stopped");
                 }),
                 Error);
    EXPECT_FALSE(fs::exists(file));
}

}  // namespace
}  // namespace riskgraph
