#include "graph/entity_postings.h"

#include <gtest/gtest.h>

#include <limits>
#include <unistd.h>

#include <filesystem>

#include "graph/store.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

class EntityPostingsTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("riskgraph-postings-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        fs::remove(path_);
        store_ = std::make_unique<Store>(path_, Store::Access::read_write);
        store_->db().exec("INSERT INTO entities (id, kind, name) VALUES ('huawei', 'vendor', 'Huawei')");
    }
    void TearDown() override {
        store_.reset();
        fs::remove(path_);
    }
    // One import run: adds, removes, finish.
    void run(const std::vector<std::int64_t>& add, const std::vector<std::int64_t>& remove = {},
             TextField field = TextField::question) {
        EntityPostings postings(store_->db());
        for (std::int64_t id : add) postings.add("huawei", field, id);
        for (std::int64_t id : remove) postings.remove("huawei", field, id);
        postings.finish();
    }
    // Every stored id of the entity and field, chunk after chunk.
    std::vector<std::int64_t> stored(const char* field = "question") {
        auto stmt = store_->db().prepare(
            "SELECT count, ids FROM entity_postings WHERE entity_id = 'huawei' AND field = ? ORDER BY first_id");
        stmt.bind(1, field);
        std::vector<std::int64_t> all;
        while (stmt.step()) {
            auto ids = parse_ids_json(stmt.column_text(1));
            EXPECT_EQ(static_cast<std::size_t>(stmt.column_int(0)), ids.size()) << "count column";
            all.insert(all.end(), ids.begin(), ids.end());
        }
        return all;
    }
    std::int64_t chunks() {
        auto stmt = store_->db().prepare("SELECT count(*) FROM entity_postings");
        stmt.step();
        return stmt.column_int(0);
    }
    static std::vector<std::int64_t> range(std::int64_t from, std::int64_t to) {
        std::vector<std::int64_t> ids;
        for (std::int64_t id = from; id <= to; ++id) ids.push_back(id);
        return ids;
    }
    fs::path path_;
    std::unique_ptr<Store> store_;
};

TEST(IdsJson, RoundTrips) {
    EXPECT_EQ(ids_json({}), "[]");
    EXPECT_EQ(ids_json({3, 17, 2000000000000}), "[3,17,2000000000000]");
    EXPECT_EQ(ids_json({std::numeric_limits<std::int64_t>::min(), -1, std::numeric_limits<std::int64_t>::max()}),
              "[-9223372036854775808,-1,9223372036854775807]");
    EXPECT_EQ(parse_ids_json("[3,17,2000000000000]"), (std::vector<std::int64_t>{3, 17, 2000000000000}));
    EXPECT_TRUE(parse_ids_json("[]").empty());
}

TEST_F(EntityPostingsTest, LaterRunsAppendToTheLastChunk) {
    run({1, 4, 9});
    run({12, 13});
    EXPECT_EQ(stored(), (std::vector<std::int64_t>{1, 4, 9, 12, 13}));
    EXPECT_EQ(chunks(), 1);
}

TEST_F(EntityPostingsTest, ChunksHoldAtMostTheirLimitAndDoNotOverlap) {
    const auto n = static_cast<std::int64_t>(EntityPostings::kChunkIds);
    run(range(1, n - 2));
    run(range(n - 1, 2 * n + 10));  // fills the first chunk, then one full and one partial
    EXPECT_EQ(stored(), range(1, 2 * n + 10));
    EXPECT_EQ(chunks(), 3);
    auto stmt = store_->db().prepare("SELECT first_id, count FROM entity_postings ORDER BY first_id");
    std::vector<std::pair<std::int64_t, std::int64_t>> rows;
    while (stmt.step()) rows.emplace_back(stmt.column_int(0), stmt.column_int(1));
    EXPECT_EQ(rows, (std::vector<std::pair<std::int64_t, std::int64_t>>{{1, n}, {n + 1, n}, {2 * n + 1, 10}}));
}

TEST_F(EntityPostingsTest, RemovalsTakeIdsOutOfEveryChunkAndDropEmptyChunks) {
    const auto n = static_cast<std::int64_t>(EntityPostings::kChunkIds);
    run(range(1, 2 * n + 3));
    std::vector<std::int64_t> removed = range(n + 1, 2 * n);  // the whole middle chunk
    removed.push_back(2);
    removed.push_back(2 * n + 3);
    removed.push_back(5 * n);  // never stored: ignored
    run({}, removed);
    std::vector<std::int64_t> expected = range(1, n);
    expected.erase(expected.begin() + 1);
    expected.push_back(2 * n + 1);
    expected.push_back(2 * n + 2);
    EXPECT_EQ(stored(), expected);
    EXPECT_EQ(chunks(), 2);
}

TEST_F(EntityPostingsTest, AnIdAddedAndRemovedInOneRunIsNeverWritten) {
    run({5, 6, 7}, {6});
    EXPECT_EQ(stored(), (std::vector<std::int64_t>{5, 7}));
}

TEST_F(EntityPostingsTest, FieldsAreKeptApart) {
    run({1, 2}, {}, TextField::question);
    run({2, 3}, {}, TextField::answer);
    run({7}, {}, TextField::subject);
    EXPECT_EQ(stored("question"), (std::vector<std::int64_t>{1, 2}));
    EXPECT_EQ(stored("answer"), (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(stored("subject"), (std::vector<std::int64_t>{7}));
}

}  // namespace
}  // namespace riskgraph
