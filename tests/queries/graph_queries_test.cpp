// path, neighbors, rank, entity profile and name resolution on small graphs
// whose answers are worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "queries/entity_profile.h"
#include "queries/name_resolution.h"
#include "queries/neighbors.h"
#include "queries/path.h"
#include "queries/rank.h"
#include "tests/store_builder.h"

namespace riskgraph {
namespace {

using test::entity;

// The path graph a - b - c plus d - e (two components):
//   doc1 q1 names a, b; doc2 q1 names b, c; doc2 q2 names b, c; doc3 q1 names d, e.
class SmallGraph : public ::testing::Test {
protected:
    void SetUp() override {
        builder.entities({entity("a", EntityKind::vendor, "Acme"), entity("b", EntityKind::place, "Bravo"),
                          entity("c", EntityKind::treaty, "Charter"), entity("d", EntityKind::vendor, "Delta"),
                          entity("e", EntityKind::institution, "Echo")});
        builder.document("doc1.txt", {{"a", "b"}}, "2024-01-10", {{"Jansen", "VVD"}});
        builder.document("doc2.txt", {{"b", "c"}, {"b", "c"}}, "2024-03-05", {{"Jansen", "VVD"}, {"Bakker", "SP"}});
        builder.document("doc3.txt", {{"d", "e"}}, "2023-12-01", {{"Bakker", "SP"}});
    }
    test::StoreBuilder builder;
};

TEST_F(SmallGraph, PathGoesThroughTheMiddleWithEvidencePerHop) {
    auto paths = shortest_paths(builder.db(), PathQuery{"a", "c"});
    ASSERT_EQ(paths.size(), 1u);
    ASSERT_EQ(paths[0].hops.size(), 2u);
    EXPECT_EQ(paths[0].hops[0].from.id, "a");
    EXPECT_EQ(paths[0].hops[0].to.id, "b");
    EXPECT_EQ(paths[0].hops[1].to.id, "c");
    EXPECT_EQ(paths[0].hops[1].questions, 2);
    ASSERT_EQ(paths[0].hops[1].evidence.size(), 2u);
    EXPECT_EQ(paths[0].hops[1].evidence[0].file, "doc2.txt");
    EXPECT_EQ(paths[0].hops[1].evidence[1].question, "2");
    EXPECT_DOUBLE_EQ(paths[0].cost, 2.0);
    EXPECT_TRUE(shortest_paths(builder.db(), PathQuery{"a", "e"}).empty());  // other component
    ResultGraph graph = paths_graph(paths);
    EXPECT_EQ(graph.nodes.size(), 3u);
    EXPECT_EQ(graph.edges.size(), 2u);
}

TEST(PathQuery, AvoidingHubsPrefersTheLongerWayRound) {
    // s - hub - t is short, but the hub links to four more entities;
    // s - x - y - t is one hop longer through entities of degree 2.
    test::StoreBuilder builder;
    builder.entities({entity("s", EntityKind::vendor), entity("t", EntityKind::treaty), entity("hub", EntityKind::place),
                      entity("x", EntityKind::topic), entity("y", EntityKind::topic), entity("p1", EntityKind::topic),
                      entity("p2", EntityKind::topic), entity("p3", EntityKind::topic), entity("p4", EntityKind::topic)});
    builder.document("d.txt", {{"s", "hub"}, {"hub", "t"}, {"s", "x"}, {"x", "y"}, {"y", "t"}, {"hub", "p1"},
                               {"hub", "p2"}, {"hub", "p3"}, {"hub", "p4"}});
    auto plain = shortest_paths(builder.db(), PathQuery{"s", "t"});
    ASSERT_EQ(plain.size(), 1u);
    EXPECT_EQ(plain[0].hops[0].to.id, "hub");
    PathQuery avoid{"s", "t"};
    avoid.avoid_hubs = true;
    auto around = shortest_paths(builder.db(), avoid);
    ASSERT_EQ(around.size(), 1u);
    ASSERT_EQ(around[0].hops.size(), 3u);
    EXPECT_EQ(around[0].hops[0].to.id, "x");
    // cost = deg(s)/2 + deg(x) + deg(y) + deg(t)/2 = 1 + 2 + 2 + 1 = 6 (via hub: 1 + 6 + 1 = 8)
    EXPECT_DOUBLE_EQ(around[0].cost, 6.0);
}

TEST_F(SmallGraph, NeighborsOutToADepthAndOfAKind) {
    Neighborhood one = neighbors(builder.db(), NeighborsQuery{"a", 1, {}, 1, LinkScope::question});
    ASSERT_EQ(one.nodes.size(), 2u);
    EXPECT_EQ(one.nodes[0].entity.id, "a");
    EXPECT_EQ(one.nodes[1].entity.id, "b");
    EXPECT_EQ(one.links.size(), 1u);
    Neighborhood two = neighbors(builder.db(), NeighborsQuery{"a", 2, {}, 1, LinkScope::question});
    ASSERT_EQ(two.nodes.size(), 3u);
    EXPECT_EQ(two.nodes[2].entity.id, "c");
    EXPECT_EQ(two.nodes[2].depth, 2);
    EXPECT_EQ(two.links.size(), 2u);
    Neighborhood treaties = neighbors(builder.db(), NeighborsQuery{"a", 2, EntityKind::treaty, 1, LinkScope::question});
    ASSERT_EQ(treaties.nodes.size(), 2u);  // a and c; b is passed through but not kept
    EXPECT_EQ(treaties.nodes[1].entity.id, "c");
    Neighborhood strong = neighbors(builder.db(), NeighborsQuery{"b", 1, {}, 2, LinkScope::question});
    ASSERT_EQ(strong.nodes.size(), 2u);  // only b - c is named in two questions
    EXPECT_EQ(strong.nodes[1].with_center, 2);
}

TEST_F(SmallGraph, RankingsMatchHandComputedValues) {
    auto degree = rank_entities(builder.db(), RankQuery{RankMeasure::degree, {}, 0, LinkScope::question});
    ASSERT_EQ(degree.size(), 5u);
    EXPECT_EQ(degree[0].entity.id, "b");
    EXPECT_EQ(degree[0].degree, 2);
    EXPECT_EQ(degree[0].strength, 3);  // 1 question with a, 2 with c

    // PageRank, d = 0.85, on the path a-b-c and the edge d-e, scaled to sum 1.
    // Unscaled fixed point r = 0.15 + 0.85 M r: for the path, x = 0.15 + 0.425 y,
    // y = 0.15 + 1.7 x, so y = 0.405 / 0.2775 and x = 0.15 + 0.425 y; d and e are 1 each.
    const double y = 0.405 / 0.2775, x = 0.15 + 0.425 * y, sum = 2 * x + y + 2.0;
    auto pagerank = rank_entities(builder.db(), RankQuery{RankMeasure::pagerank, {}, 0, LinkScope::question});
    std::map<std::string, double> pr;
    for (const auto& r : pagerank) pr[r.entity.id] = r.score;
    EXPECT_NEAR(pr["b"], y / sum, 1e-6);
    EXPECT_NEAR(pr["a"], x / sum, 1e-6);
    EXPECT_NEAR(pr["d"], 1.0 / sum, 1e-6);
    EXPECT_EQ(pagerank[0].entity.id, "b");

    // Betweenness: only b lies between another pair (a, c): exactly 1.
    auto between = rank_entities(builder.db(), RankQuery{RankMeasure::betweenness, {}, 0, LinkScope::question});
    EXPECT_EQ(between[0].entity.id, "b");
    EXPECT_DOUBLE_EQ(between[0].score, 1.0);
    EXPECT_DOUBLE_EQ(between[1].score, 0.0);

    auto vendors = rank_entities(builder.db(), RankQuery{RankMeasure::degree, EntityKind::vendor, 1, LinkScope::question});
    ASSERT_EQ(vendors.size(), 1u);
    EXPECT_EQ(vendors[0].entity.kind, EntityKind::vendor);
}

TEST_F(SmallGraph, EntityProfileCountsMembersDatesAndCompanions) {
    EntityRef b = resolve_entity(builder.db(), "bravo");
    EntityProfile p = entity_profile(builder.db(), b, 0);
    EXPECT_EQ(p.questions, 3);
    EXPECT_EQ(p.documents, 2);
    EXPECT_EQ(p.first, "2024-01-10");
    EXPECT_EQ(p.last, "2024-03-05");
    ASSERT_EQ(p.members.size(), 2u);
    EXPECT_EQ(p.members[0].name, "Jansen (VVD)");  // in both documents
    EXPECT_EQ(p.members[0].documents, 2);
    EXPECT_EQ(p.members[0].questions, 3);
    EXPECT_EQ(p.members[1].name, "Bakker (SP)");
    EXPECT_EQ(p.members[1].questions, 2);
    ASSERT_EQ(p.named_with[EntityKind::treaty].size(), 1u);
    EXPECT_EQ(p.named_with[EntityKind::treaty][0].questions, 2);
    EXPECT_EQ(p.named_with[EntityKind::vendor][0].id, "a");
    ResultGraph graph = profile_graph(p);
    EXPECT_EQ(graph.nodes.size(), 1u + 2u + 2u);  // b, its two companions, two members
    EXPECT_EQ(graph.edges.size(), 4u);
}

TEST(NameResolution, ByIdNameOrAliasIgnoringCaseAndAccents) {
    test::StoreBuilder builder;
    builder.entities({Entity{"curacao", EntityKind::place, "Curaçao", {"Curaçao", "Kòrsou"}, {}, ""},
                      Entity{"un", EntityKind::institution, "United Nations", {"VN", "UN"}, {}, ""},
                      Entity{"un-charter", EntityKind::treaty, "UN Charter", {"Handvest", "UN"}, {}, ""}});
    EXPECT_EQ(resolve_entity(builder.db(), "CURACAO").id, "curacao");
    EXPECT_EQ(resolve_entity(builder.db(), "korsou").id, "curacao");
    EXPECT_EQ(resolve_entity(builder.db(), "vn").id, "un");
    EXPECT_EQ(resolve_entity(builder.db(), "un-charter").id, "un-charter");
    try {
        resolve_entity(builder.db(), "UN");
        FAIL() << "UN names two entities";
    } catch (const AmbiguousNameError& e) {
        EXPECT_EQ(e.exit_code(), kExitAmbiguous);
        EXPECT_EQ(e.candidates().size(), 2u);
    }
    try {
        resolve_entity(builder.db(), "Curaca");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.exit_code(), kExitNoResults);
        EXPECT_NE(std::string(e.what()).find("curacao"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace riskgraph
