// query timeline: counts per period and series, checked against counts made
// by hand from the documents below.
#include "queries/timeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <memory>

#include "graph/co_mention_stats.h"
#include "graph/document_writer.h"
#include "graph/store.h"
#include "tests/store_builder.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

struct Q {
    std::vector<std::string> named;           // entity ids the question text names
    std::vector<std::string> in_answer = {};  // entity ids the answer names (never counted)
};

class TimelineStore : public ::testing::Test {
protected:
    void SetUp() override {
        DocumentWriter(builder_.db()).upsert_entities({
            {"huawei", EntityKind::vendor, "Huawei", {"Huawei"}, {}, ""},
            {"zte", EntityKind::vendor, "ZTE", {"ZTE"}, {}, ""},
        });
        // By hand (huawei):   questions  documents
        //   2023-11 d          1          1   (Bakker SP)
        //   2024-03 a, b       3          2   (a: De Vries CDA + Bakker SP, 2 q; b: Jansen VVD, 1 q)
        //   2024-05 c          0          1   (subject only; De Vries CDA)
        //   undated e          2          1   (no members)
        //   f: only its answer names huawei: not counted.
        write("a.txt", "2024-03-05", {{"De Vries", "CDA"}, {"Bakker", "SP"}}, false,
              {{{"huawei"}}, {{"huawei", "zte"}}, {{"zte"}}});
        write("b.txt", "2024-03-20", {{"Jansen", "VVD"}}, false, {{{"huawei"}}});
        write("c.txt", "2024-05-01", {{"De Vries", "CDA"}}, true, {{{"zte"}}});
        write("d.txt", "2023-11-11", {{"Bakker", "SP"}}, false, {{{"huawei"}, {"huawei"}}});
        write("e.txt", "", {}, false, {{{"huawei"}}, {{"huawei"}}});
        write("f.txt", "2024-03-01", {{"Jansen", "VVD"}}, false, {{{}, {"huawei"}}});
    }

    void write(const std::string& file, const std::string& submitted, const std::vector<Member>& members,
               bool subject_names_huawei, const std::vector<Q>& questions) {
        ParsedDocument d;
        d.file = file;
        d.submitted = submitted;
        d.members = members;
        d.subject = "subject";
        std::vector<Mention> mentions;
        if (subject_names_huawei) mentions.push_back({"huawei", TextField::subject, -1, 0, 1, "x"});
        for (std::size_t q = 0; q < questions.size(); ++q) {
            d.questions.push_back({std::to_string(q + 1), "text", "answer", {}});
            for (const std::string& id : questions[q].named)
                mentions.push_back({id, TextField::question, static_cast<int>(q), 0, 1, "x"});
            for (const std::string& id : questions[q].in_answer)
                mentions.push_back({id, TextField::answer, static_cast<int>(q), 0, 1, "x"});
        }
        builder_.write(d, mentions, "hash-" + file);
    }

    Timeline run(TimelinePeriod by, TimelineSplit split = TimelineSplit::none) {
        query_ = TimelineQuery{{"huawei", "Huawei", EntityKind::vendor}, by, split};
        return timeline(builder_.db(), query_);
    }

    // "series|period" -> {questions, documents}
    static std::vector<std::tuple<std::string, std::string, int, int>> rows(const Timeline& t) {
        std::vector<std::tuple<std::string, std::string, int, int>> out;
        for (const TimelinePoint& p : t.points) out.emplace_back(p.series, p.period, p.questions, p.documents);
        return out;
    }

    test::StoreBuilder builder_;
    TimelineQuery query_;
};

using Rows = std::vector<std::tuple<std::string, std::string, int, int>>;

TEST_F(TimelineStore, CountsPerMonthInTimeOrderWithUndatedLast) {
    Timeline t = run(TimelinePeriod::month);
    EXPECT_EQ(rows(t), (Rows{{"", "2023-11", 1, 1}, {"", "2024-03", 3, 2}, {"", "2024-05", 0, 1},
                             {"", "undated", 2, 1}}));
    EXPECT_EQ(t.undated_documents, 1);
    EXPECT_EQ(t.series, std::vector<std::string>{""});
}

TEST_F(TimelineStore, CountsPerYear) {
    Timeline t = run(TimelinePeriod::year);
    EXPECT_EQ(rows(t), (Rows{{"", "2023", 1, 1}, {"", "2024", 3, 3}, {"", "undated", 2, 1}}));
}

TEST_F(TimelineStore, SplitByPartyCountsASharedDocumentForEachParty) {
    Timeline t = run(TimelinePeriod::year, TimelineSplit::party);
    // SP 3 questions, then the 2-question series by name ("(no party)" < "CDA"), then VVD.
    EXPECT_EQ(rows(t), (Rows{{"SP", "2023", 1, 1}, {"SP", "2024", 2, 1},
                             {kNoParty, "undated", 2, 1},
                             {"CDA", "2024", 2, 2},
                             {"VVD", "2024", 1, 1}}));
    EXPECT_EQ(t.series, (std::vector<std::string>{"SP", kNoParty, "CDA", "VVD"}));
}

TEST_F(TimelineStore, SplitByMember) {
    Timeline t = run(TimelinePeriod::month, TimelineSplit::member);
    EXPECT_EQ(rows(t), (Rows{{"Bakker (SP)", "2023-11", 1, 1}, {"Bakker (SP)", "2024-03", 2, 1},
                             {kNoMember, "undated", 2, 1},
                             {"De Vries (CDA)", "2024-03", 2, 1}, {"De Vries (CDA)", "2024-05", 0, 1},
                             {"Jansen (VVD)", "2024-03", 1, 1}}));
}

TEST_F(TimelineStore, AnEntityNeverAskedAboutHasNoPoints) {
    query_ = TimelineQuery{{"nobody", "Nobody", EntityKind::vendor}, TimelinePeriod::month, TimelineSplit::none};
    Timeline t = timeline(builder_.db(), query_);
    EXPECT_TRUE(t.points.empty());
    EXPECT_TRUE(timeline_graph(t, query_).nodes.empty());
}

TEST_F(TimelineStore, GraphIsAChainOfPeriodsPerSeries) {
    Timeline t = run(TimelinePeriod::month);
    ResultGraph g = timeline_graph(t, query_);
    EXPECT_EQ(g.layout, ResultLayout::chain);
    ASSERT_EQ(g.nodes.size(), 5u);  // the entity and four periods
    EXPECT_EQ(g.nodes[0].id, "huawei");
    EXPECT_EQ(g.nodes[2].label, "2024-03: 3");
    ASSERT_EQ(g.edges.size(), 4u);
    EXPECT_EQ(g.edges[0].from, "huawei");
    EXPECT_EQ(g.edges[1].from, g.nodes[1].id);  // 2023-11 -> 2024-03
    EXPECT_EQ(g.edges[1].to, g.nodes[2].id);
    EXPECT_EQ(g.edges[1].weight, 3);

    Timeline split = run(TimelinePeriod::year, TimelineSplit::party);
    ResultGraph sg = timeline_graph(split, query_);
    EXPECT_EQ(sg.nodes.size(), 1u + 4u + 5u);  // entity, four parties, five points
    EXPECT_EQ(sg.edges.size(), 4u + 5u);
    EXPECT_EQ(sg.nodes[1].entity_kind, EntityKind::party);
}

}  // namespace
}  // namespace riskgraph
