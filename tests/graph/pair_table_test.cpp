#include "graph/pair_table.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace riskgraph {
namespace {

TEST(PairTable, AgreesWithAMapThroughGrowthAndClear) {
    PairTable<int> table;
    std::map<std::uint64_t, int> expected;
    std::mt19937_64 random(7);
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 20000; ++i) {
            // Pair keys as the counters make them, below and above the
            // dense range of 1,024 entity numbers.
            std::uint64_t x = random() % 1500, y = x + 1 + random() % 1500;
            std::uint64_t key = (x << 32) | y;
            table[key] += i;
            expected[key] += i;
        }
        std::map<std::uint64_t, int> seen(table.entries().begin(), table.entries().end());
        EXPECT_EQ(seen, expected);
        EXPECT_EQ(table.entries().size(), expected.size());
        table.clear();
        expected.clear();
        EXPECT_TRUE(table.entries().empty());
    }
}

TEST(PairTable, KeepsTheOrderKeysWereFirstSeen) {
    PairTable<int> table;
    for (std::uint64_t key : {5ULL << 32 | 9, 1ULL, 5ULL << 32 | 9, 3ULL << 32 | 4}) ++table[key];
    ASSERT_EQ(table.entries().size(), 3u);
    EXPECT_EQ(table.entries()[0], (std::pair<std::uint64_t, int>{5ULL << 32 | 9, 2}));
    EXPECT_EQ(table.entries()[1].first, 1u);
    EXPECT_EQ(table.entries()[2].first, 3ULL << 32 | 4);
}

}  // namespace
}  // namespace riskgraph
