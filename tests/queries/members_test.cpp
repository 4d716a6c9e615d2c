// query members / parties: who asks about which entities, counted by hand.
#include "queries/members.h"

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

class MembersStore : public ::testing::Test {
protected:
    void SetUp() override {
        DocumentWriter(builder_.db()).upsert_entities({
            {"huawei", EntityKind::vendor, "Huawei", {"Huawei"}, {}, ""},
            {"zte", EntityKind::vendor, "ZTE", {"ZTE"}, {}, ""},
            {"eu", EntityKind::institution, "European Union", {"EU"}, {}, ""},
            {"china", EntityKind::place, "China", {"China"}, {}, ""},
        });
        // By hand (questions / documents):
        //   De Vries (CDA): Huawei 2/2 (a q1 q2; c by subject), ZTE 1/1, EU 1/1
        //   Bakker (SP):    Huawei 3/2 (a q1 q2; d q1),         ZTE 1/1, EU 1/1
        //   Jansen (VVD):   Huawei 1/1; China 1/1 (a place: not counted by default)
        //   Van Dam (no party): Huawei 0/0 (only the answer names it)
        //   e.txt names Huawei but has no members: counted for nobody.
        write("a.txt", {{"De Vries", "CDA"}, {"Bakker", "SP"}}, false, {{"huawei", "eu"}, {"huawei", "zte"}});
        write("b.txt", {{"Jansen", "VVD"}}, false, {{"huawei", "china"}});
        write("c.txt", {{"De Vries", "CDA"}}, true, {{}});
        write("d.txt", {{"Bakker", "SP"}}, false, {{"huawei"}});
        write("e.txt", {}, false, {{"huawei"}});
        write("f.txt", {{"Van Dam", ""}}, false, {{}}, {"huawei"});
    }

    void write(const std::string& file, const std::vector<Member>& members, bool subject_names_huawei,
               const std::vector<std::vector<std::string>>& questions,
               const std::vector<std::string>& in_first_answer = {}) {
        ParsedDocument d;
        d.file = file;
        d.submitted = "2024-01-01";
        d.members = members;
        std::vector<Mention> mentions;
        if (subject_names_huawei) mentions.push_back({"huawei", TextField::subject, -1, 0, 1, "x"});
        for (std::size_t q = 0; q < questions.size(); ++q) {
            d.questions.push_back({std::to_string(q + 1), "text", "answer", {}});
            for (const std::string& id : questions[q])
                mentions.push_back({id, TextField::question, static_cast<int>(q), 0, 1, "x"});
        }
        for (const std::string& id : in_first_answer) mentions.push_back({id, TextField::answer, 0, 0, 1, "x"});
        builder_.write(d, mentions, "hash-" + file);
    }

    // "who×entity questions/documents" in result order.
    std::vector<std::string> run(const MembersQuery& query) {
        std::vector<std::string> out;
        for (const MemberEntityRow& r : members_by_entity(builder_.db(), query))
            out.push_back(r.who.name + "×" + r.entity.id + " " + std::to_string(r.questions) + "/" +
                          std::to_string(r.documents));
        return out;
    }

    test::StoreBuilder builder_;
};

using Lines = std::vector<std::string>;

TEST_F(MembersStore, MembersCountVendorsAndInstitutionsByDefault) {
    EXPECT_EQ(run({}), (Lines{"Bakker×huawei 3/2", "De Vries×huawei 2/2", "Bakker×eu 1/1", "Bakker×zte 1/1",
                             "De Vries×eu 1/1", "De Vries×zte 1/1", "Jansen×huawei 1/1"}));
}

TEST_F(MembersStore, KindFilterAndEntityFilter) {
    MembersQuery places;
    places.kinds = {EntityKind::place};
    EXPECT_EQ(run(places), (Lines{"Jansen×china 1/1"}));

    MembersQuery zte;
    zte.entity = EntityRef{"zte", "ZTE", EntityKind::vendor};
    EXPECT_EQ(run(zte), (Lines{"Bakker×zte 1/1", "De Vries×zte 1/1"}));

    MembersQuery none;
    none.kinds = {EntityKind::treaty};
    EXPECT_TRUE(run(none).empty());
}

TEST_F(MembersStore, PartiesGroupTheirMembers) {
    MembersQuery parties;
    parties.group = MemberGrouping::party;
    EXPECT_EQ(run(parties), (Lines{"SP×huawei 3/2", "CDA×huawei 2/2", "CDA×eu 1/1", "CDA×zte 1/1", "SP×eu 1/1",
                                   "SP×zte 1/1", "VVD×huawei 1/1"}));
    // A second CDA member on another Huawei question adds to CDA, not to the member rows.
    write("g.txt", {{"Omtzigt", "CDA"}}, false, {{"huawei"}});
    parties.top = 1;
    EXPECT_EQ(run(parties), (Lines{"CDA×huawei 3/3"}));
}

TEST_F(MembersStore, GraphIsBipartiteMembersToEntities) {
    MembersQuery query;
    auto rows = members_by_entity(builder_.db(), query);
    ResultGraph g = members_graph(rows, query);
    EXPECT_EQ(g.layout, ResultLayout::bipartite);
    ASSERT_EQ(g.nodes.size(), 6u);  // Bakker, De Vries, Jansen; Huawei, EU, ZTE
    EXPECT_EQ(g.nodes[0].node_kind, NodeKind::member);
    EXPECT_EQ(g.nodes[0].label, "Bakker (SP)");
    EXPECT_EQ(g.nodes[3].entity_kind, EntityKind::vendor);
    ASSERT_EQ(g.edges.size(), rows.size());
    EXPECT_EQ(g.edges[0].weight, 3);

    query.group = MemberGrouping::party;
    ResultGraph pg = members_graph(members_by_entity(builder_.db(), query), query);
    EXPECT_EQ(pg.nodes[0].entity_kind, EntityKind::party);
    EXPECT_EQ(pg.nodes.size(), 6u);  // SP, CDA, VVD; Huawei, EU, ZTE
}

}  // namespace
}  // namespace riskgraph
