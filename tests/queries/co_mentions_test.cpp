#include "queries/co_mentions.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>

#include "graph/store_writer.h"
#include "graph/store.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

TEST(AssociationScores, MatchHandComputedValues) {
    struct Case { long ab, a, b, n; double jaccard, npmi; };
    // npmi = ln(p_ab / (p_a p_b)) / -ln p_ab, computed by hand.
    const Case cases[] = {
        {2, 3, 4, 10, 2.0 / 5.0, std::log(0.2 / (0.3 * 0.4)) / -std::log(0.2)},
        {1, 1, 1, 10, 1.0, 1.0},             // always together
        {1, 5, 5, 10, 1.0 / 9.0, std::log(0.1 / 0.25) / -std::log(0.1)},  // together less than chance: < 0
        {4, 4, 4, 4, 1.0, 1.0},               // p_ab = 1
    };
    for (const Case& c : cases) {
        EXPECT_NEAR(jaccard_score(c.ab, c.a, c.b), c.jaccard, 1e-12);
        EXPECT_NEAR(npmi_score(c.ab, c.a, c.b, c.n), c.npmi, 1e-12);
    }
    EXPECT_LT(npmi_score(1, 5, 5, 10), 0.0);
}

// A store filled through DocumentWriter + CoMentionStats, as the importer does.
class CoMentionStore : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("riskgraph-comention-" + std::to_string(::getpid()) + ".db");
        fs::remove(path_);
        store_ = std::make_unique<Store>(path_, Store::Access::read_write);
        DocumentWriter(store_->db()).upsert_entities({
            {"huawei", EntityKind::vendor, "Huawei", {"Huawei"}, {}, ""},
            {"zte", EntityKind::vendor, "ZTE", {"ZTE"}, {}, ""},
            {"eu", EntityKind::institution, "European Union", {"EU"}, {}, ""},
            {"wto", EntityKind::institution, "WTO", {"WTO"}, {}, ""},
            {"china", EntityKind::place, "China", {"China"}, {}, ""},
        });
    }
    void TearDown() override {
        store_.reset();
        for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_.string() + s);
    }

    // Each inner vector is one question: the entity ids its text names.
    void write(const std::string& file, const std::vector<std::vector<std::string>>& questions,
               const std::vector<std::string>& in_answers = {}) {
        ParsedDocument document;
        document.file = file;
        std::vector<Mention> mentions;
        for (std::size_t q = 0; q < questions.size(); ++q) {
            document.questions.push_back({std::to_string(q + 1), "text", "answer", {}});
            for (const std::string& id : questions[q])
                mentions.push_back({id, TextField::question, static_cast<int>(q), 0, 1, "x"});
        }
        for (const std::string& id : in_answers) mentions.push_back({id, TextField::answer, 0, 0, 1, "x"});
        sql::Transaction tx(store_->db());
        StoreWriter writer(store_->db());
        writer.put(document, "hash-" + std::to_string(questions.size()), "lexicon", mentions);
        writer.finish();
        tx.commit();
    }

    std::map<std::string, int> questions_per_pair(CoMentionQuery query = {}) {
        std::map<std::string, int> out;
        for (const auto& p : co_mentions(store_->db(), query)) out[p.a.id + "×" + p.b.id] = p.questions;
        return out;
    }

    fs::path path_;
    std::unique_ptr<Store> store_;
};

TEST_F(CoMentionStore, CountsQuestionsNamingBothAndIgnoresAnswers) {
    write("a.txt", {{"huawei", "eu", "china"}, {"huawei", "eu"}, {"zte"}}, {"wto"});
    write("b.txt", {{"huawei", "wto"}, {"zte", "eu"}});
    auto counts = questions_per_pair();
    EXPECT_EQ(counts, (std::map<std::string, int>{{"huawei×eu", 2}, {"huawei×wto", 1}, {"zte×eu", 1}}));
}

TEST_F(CoMentionStore, ReplacingADocumentSubtractsItsOldCounts) {
    write("a.txt", {{"huawei", "eu"}, {"huawei", "eu"}});
    write("b.txt", {{"huawei", "eu"}});
    write("a.txt", {{"zte", "wto"}});
    auto counts = questions_per_pair();
    EXPECT_EQ(counts, (std::map<std::string, int>{{"huawei×eu", 1}, {"zte×wto", 1}}));
    // The stored counts equal a recount from the mentions.
    auto stmt = store_->db().prepare(R"sql(
        WITH qe AS (SELECT DISTINCT question_id, entity_id FROM mentions WHERE field = 'question')
        SELECT count(*) FROM (SELECT a.entity_id x, b.entity_id y, count(*) n FROM qe a JOIN qe b
            ON a.question_id = b.question_id AND a.entity_id < b.entity_id GROUP BY 1, 2) r
        LEFT JOIN co_mentions c ON c.a = r.x AND c.b = r.y WHERE c.questions IS NOT r.n)sql");
    stmt.step();
    EXPECT_EQ(stmt.column_int(0), 0);
}

TEST_F(CoMentionStore, DocumentScopeCountsDocumentsAndScoresSortPairs) {
    write("a.txt", {{"huawei"}, {"eu"}});
    write("b.txt", {{"huawei", "eu"}, {"zte", "wto"}});
    write("c.txt", {{"zte", "wto"}, {"china"}});
    CoMentionQuery query;
    query.scope = CoMentionScope::document;
    auto pairs = co_mentions(store_->db(), query);
    ASSERT_EQ(pairs.size(), 4u);  // huawei×eu (2 docs), zte×wto (2), huawei×wto (1), zte×eu (1)
    EXPECT_EQ(pairs[0].documents, 2);
    EXPECT_EQ(pairs[0].a.id, "huawei");
    EXPECT_EQ(pairs[0].evidence.size(), 2u);
    EXPECT_EQ(pairs[0].questions, 1);
    query.sort = CoMentionSort::jaccard;
    query.top = 1;
    pairs = co_mentions(store_->db(), query);
    ASSERT_EQ(pairs.size(), 1u);
    // huawei in 2 docs, eu in 2, together in 2 -> 1.0; zte in 2, wto 2, together 2 -> 1.0; names break the tie.
    EXPECT_EQ(pairs[0].a.id, "huawei");
    EXPECT_DOUBLE_EQ(pairs[0].jaccard, 1.0);
}

TEST_F(CoMentionStore, EvidenceIsLimitedOnRequestAndGraphMirrorsPairs) {
    write("a.txt", {{"huawei", "eu"}, {"huawei", "eu"}, {"huawei", "eu"}});
    CoMentionQuery query;
    query.evidence = 2;
    auto pairs = co_mentions(store_->db(), query);
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0].questions, 3);
    EXPECT_EQ(pairs[0].evidence.size(), 2u);
    EXPECT_EQ(pairs[0].evidence[1].question, "2");
    ResultGraph graph = co_mentions_graph(pairs, query);
    EXPECT_EQ(graph.nodes.size(), 2u);
    ASSERT_EQ(graph.edges.size(), 1u);
    EXPECT_EQ(graph.edges[0].weight, 3);
}

}  // namespace
}  // namespace riskgraph
