// query search and the full-text index: hits, ranking, snippets, diacritics,
// malformed searches and index staleness.
#include "queries/search.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <memory>

#include "graph/document_writer.h"
#include "graph/errors.h"
#include "graph/fts_index.h"
#include "graph/store.h"
#include "tests/store_builder.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

struct Text {
    std::string question;
    std::string answer;
};

class SearchStore : public ::testing::Test {
protected:
    void SetUp() override {
        write("s1.txt", "2024-02-01", {{"Yeşilgöz", "VVD"}},
              {{"Bent u bekend met uitspraken van minister Yeşilgöz over Huawei?", "Ja. Huawei levert apparatuur."}});
        write("s2.txt", "2023-06-30", {{"Kathmann", "GroenLinks-PvdA"}, {"Six Dijkstra", "NSC"}},
              {{"Huawei Huawei Huawei: hoe vaak koopt de overheid bij Huawei?", ""},
               {"Wat kost het netwerk van de politie?", "Dat is vertrouwelijk."}});
        write("s3.txt", "", {}, {{"Wat is de rol van ZTE in het netwerk?", "Huawei en ZTE zijn beide leveranciers."}});
    }

    void write(const std::string& file, const std::string& submitted, const std::vector<Member>& members,
               const std::vector<Text>& questions, const std::string& hash = "") {
        ParsedDocument d;
        d.file = file;
        d.submitted = submitted;
        d.members = members;
        for (std::size_t q = 0; q < questions.size(); ++q)
            d.questions.push_back({std::to_string(q + 1), questions[q].question, questions[q].answer, {}});
        builder_.write(d, {}, hash.empty() ? "hash-" + file : hash);
    }

    SearchResult find(const std::string& text, SearchField in = SearchField::all, bool syntax = false,
                      std::size_t limit = 20) {
        return search(builder_.db(), SearchQuery{text, in, syntax, limit});
    }

    // "file:question" per hit, best first.
    static std::vector<std::string> hits(const SearchResult& r) {
        std::vector<std::string> out;
        for (const SearchHit& h : r.hits) out.push_back(h.file + ":" + h.question);
        return out;
    }

    test::StoreBuilder builder_;
};

using Hits = std::vector<std::string>;

TEST_F(SearchStore, WithoutAnIndexSearchAsksForOne) {
    EXPECT_EQ(fts_index_status(builder_.db()), FtsIndexStatus::missing);
    try {
        find("huawei");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.exit_code(), kExitFailure);
        EXPECT_NE(std::string(e.what()).find("full-text index is missing"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("riskgraph index"), std::string::npos) << e.what();
    }
}

TEST_F(SearchStore, FindsRanksAndCountsHits) {
    FtsIndexReport report = build_fts_index(builder_.db(), false);
    EXPECT_EQ(report.questions, 4);
    EXPECT_FALSE(report.was_fresh);
    EXPECT_TRUE(build_fts_index(builder_.db(), false).was_fresh);

    SearchResult r = find("huawei");
    EXPECT_EQ(r.total, 3);
    // Four times in a short question beats once in a question and once in an
    // answer, which beats once in an answer only.
    EXPECT_EQ(hits(r), (Hits{"s2.txt:1", "s1.txt:1", "s3.txt:1"}));
    EXPECT_GT(r.hits[0].score, r.hits[1].score);
    EXPECT_GT(r.hits[1].score, r.hits[2].score);
    EXPECT_EQ(r.hits[0].submitted, "2023-06-30");
    ASSERT_EQ(r.hits[0].members.size(), 2u);
    EXPECT_EQ(r.hits[0].members[1], (Member{"Six Dijkstra", "NSC"}));

    EXPECT_EQ(hits(find("huawei", SearchField::question)), (Hits{"s2.txt:1", "s1.txt:1"}));
    // The shorter answer ranks first (bm25 normalises by length).
    EXPECT_EQ(hits(find("huawei", SearchField::answer)), (Hits{"s1.txt:1", "s3.txt:1"}));
    SearchResult limited = find("huawei", SearchField::all, false, 1);
    EXPECT_EQ(limited.hits.size(), 1u);
    EXPECT_EQ(limited.total, 3);
    // Every plain word must occur, in the question or its answer.
    EXPECT_EQ(hits(find("huawei zte")), (Hits{"s3.txt:1"}));
    EXPECT_EQ(hits(find("netw*")).size(), 2u);
    EXPECT_TRUE(find("siemens").hits.empty());
}

TEST_F(SearchStore, SnippetsMarkTheMatchedWords) {
    build_fts_index(builder_.db(), false);
    SearchResult r = find("huawei");
    ASSERT_EQ(r.hits.size(), 3u);
    EXPECT_EQ(marked(r.hits[0].snippet, "«", "»"),
              "«Huawei» «Huawei» «Huawei»: hoe vaak koopt de overheid bij «Huawei»?");
    // Offsets count code points: "ş" and "ö" are one each.
    const Snippet& s1 = r.hits[1].snippet;
    EXPECT_EQ(s1.field, SearchField::question);
    ASSERT_EQ(s1.matches.size(), 1u);
    EXPECT_EQ(s1.matches[0].start, 56u);
    EXPECT_EQ(s1.matches[0].end, 62u);
    EXPECT_EQ(marked(s1, "[", "]"), "Bent u bekend met uitspraken van minister Yeşilgöz over [Huawei]?");
    // Only the answer matched: its snippet is shown.
    EXPECT_EQ(r.hits[2].snippet.field, SearchField::answer);
    EXPECT_EQ(marked(r.hits[2].snippet, "«", "»"), "«Huawei» en ZTE zijn beide leveranciers.");
}

TEST_F(SearchStore, DiacriticsAndCaseDoNotMatter) {
    build_fts_index(builder_.db(), false);
    for (const char* text : {"yesilgoz", "Yeşilgöz", "YESILGÖZ"}) {
        SearchResult r = find(text);
        ASSERT_EQ(hits(r), (Hits{"s1.txt:1"})) << text;
        EXPECT_EQ(marked(r.hits[0].snippet, "«", "»"),
                  "Bent u bekend met uitspraken van minister «Yeşilgöz» over Huawei?");
    }
}

TEST_F(SearchStore, PlainWordsAreQuotedSoOperatorsAndPunctuationAreText) {
    EXPECT_EQ(fts_match_expression({"huawei AND", SearchField::all, false, 20}), "\"huawei\" \"AND\"");
    EXPECT_EQ(fts_match_expression({"NEAR( \"kosten", SearchField::all, false, 20}), "\"NEAR(\" \"\"\"kosten\"");
    EXPECT_EQ(fts_match_expression({"  netw*  ", SearchField::all, false, 20}), "\"netw\"*");
    EXPECT_THROW(fts_match_expression({" \" - ", SearchField::all, false, 20}), UsageError);
    build_fts_index(builder_.db(), false);
    EXPECT_NO_THROW(find("NEAR( \"huawei"));
    EXPECT_EQ(hits(find("\"huawei\"")).size(), 3u);
}

TEST_F(SearchStore, MalformedSyntaxGetsAClearUsageError) {
    build_fts_index(builder_.db(), false);
    struct Case {
        const char* search;
        const char* says;
    };
    const Case cases[] = {
        {"\"huawei", "never closed"},
        {"AND", "nothing on its left"},
        {"huawei AND", "nothing on its right"},
        {"huawei OR OR zte", "next to another operator"},
        {"(huawei OR zte", "never closed"},
        {"huawei)", "closes nothing"},
        {"NEAR(", "never closed"},
        {"NEAR(huawei zte, x)", "whole number"},
        {"kosten: huawei", "no column \"kosten\""},
        {"huawei.com", "'.' at position 7"},
        {"*", "lone '*'"},
    };
    for (const Case& c : cases) {
        try {
            find(c.search, SearchField::all, true);
            ADD_FAILURE() << c.search << ": expected a usage error";
        } catch (const UsageError& e) {
            std::string message = e.what();
            EXPECT_EQ(e.exit_code(), kExitUsage);
            EXPECT_EQ(message.rfind(std::string("search \"") + c.search + "\": ", 0), 0u) << message;
            EXPECT_NE(message.find(c.says), std::string::npos) << message;
            EXPECT_EQ(message.find("fts5"), std::string::npos) << message;
            EXPECT_EQ(message.find("syntax error near"), std::string::npos) << message;
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        }
    }
    // Valid syntax passes through.
    EXPECT_EQ(hits(find("huawei NOT zte", SearchField::all, true)), (Hits{"s2.txt:1", "s1.txt:1"}));
    EXPECT_EQ(hits(find("answer: zte", SearchField::all, true)), (Hits{"s3.txt:1"}));
    EXPECT_EQ(hits(find("\"koopt de overheid\"", SearchField::all, true)), (Hits{"s2.txt:1"}));
    EXPECT_EQ(hits(find("NEAR(minister huawei, 3)", SearchField::all, true)), (Hits{"s1.txt:1"}));
}

TEST_F(SearchStore, AnImportAfterIndexingMakesTheIndexStale) {
    build_fts_index(builder_.db(), false);
    EXPECT_EQ(fts_index_status(builder_.db()), FtsIndexStatus::fresh);
    write("s4.txt", "2024-05-05", {}, {{"Nog een vraag over Huawei.", ""}});
    EXPECT_EQ(fts_index_status(builder_.db()), FtsIndexStatus::stale);
    try {
        find("huawei");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.exit_code(), kExitFailure);
        EXPECT_NE(std::string(e.what()).find("out of date"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("riskgraph index"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(build_fts_index(builder_.db(), false).was_fresh);
    EXPECT_EQ(find("huawei").total, 4);
}

TEST_F(SearchStore, ReplacingTheLastDocumentMakesTheIndexStale) {
    build_fts_index(builder_.db(), false);
    // Same file, same number of questions: the document and question ids
    // are reused (the highest rows are deleted first), only the hash tells.
    write("s3.txt", "", {}, {{"Wat is de rol van Siemens?", "Geen."}}, "hash-s3-v2");
    EXPECT_EQ(fts_index_status(builder_.db()), FtsIndexStatus::stale);
    build_fts_index(builder_.db(), false);
    EXPECT_EQ(hits(find("siemens")), (Hits{"s3.txt:1"}));
    EXPECT_TRUE(find("leveranciers").hits.empty());
}

TEST_F(SearchStore, GraphLinksDocumentsToMatchingQuestions) {
    build_fts_index(builder_.db(), false);
    SearchQuery query{"huawei", SearchField::all, false, 20};
    ResultGraph g = search_graph(search(builder_.db(), query), query);
    EXPECT_EQ(g.nodes.size(), 3u + 3u);  // three documents, three questions
    EXPECT_EQ(g.edges.size(), 3u);
    EXPECT_EQ(g.nodes[0].node_kind, NodeKind::document);
    EXPECT_EQ(g.nodes[3].node_kind, NodeKind::question);
}

}  // namespace
}  // namespace riskgraph
