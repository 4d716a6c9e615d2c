#include "graph/mention_json.h"

#include <gtest/gtest.h>

#include "graph/errors.h"

namespace riskgraph {
namespace {

TEST(MentionJson, GroupsByTextAndRoundTrips) {
    std::vector<Mention> mentions{
        {"huawei", TextField::question, 1, 3, 9, "Huawei"},
        {"eu", TextField::subject, -1, 0, 2, "EU"},
        {"zte", TextField::answer, 1, 0, 3, "ZTE"},
        {"say \"x\"", TextField::question, 0, 1, 2, "x"},
    };
    MentionsJson json = mentions_json_by_text(mentions, 3);
    EXPECT_EQ(json.subject, R"([["eu",0,2]])");
    EXPECT_EQ(json.questions, (std::vector<std::string>{R"([["say \"x\"",1,2]])", R"([["huawei",3,9]])", "[]"}));
    EXPECT_EQ(json.answers, (std::vector<std::string>{"[]", R"([["zte",0,3]])", "[]"}));
    auto parsed = parse_mentions_json(json.questions[0]);
    ASSERT_EQ(parsed.size(), 1u);
    EXPECT_EQ(parsed[0].entity_id, "say \"x\"");
    EXPECT_EQ(parsed[0].start, 1u);
    EXPECT_EQ(parsed[0].end, 2u);
}

TEST(MentionJson, AMentionOfAQuestionTheDocumentLacksIsRefused) {
    EXPECT_THROW(mentions_json_by_text({{"a", TextField::question, 2, 0, 1, "x"}}, 2), std::logic_error);
}

TEST(MentionJson, MalformedStoredJsonIsADatabaseError) {
    EXPECT_THROW(parse_mentions_json("[[\"a\",1]]"), DatabaseError);
    EXPECT_THROW(parse_mentions_json("{"), DatabaseError);
    EXPECT_TRUE(parse_mentions_json("[]").empty());
}

TEST(MentionJson, SlicesCountCodePointsAsSqliteSubstrDoes) {
    const std::string text = "Curaçao, São Tomé en 東京";
    EXPECT_EQ(code_point_slice(text, 0, 7), "Curaçao");
    EXPECT_EQ(code_point_slice(text, 9, 12), "São");
    EXPECT_EQ(code_point_slice(text, 13, 17), "Tomé");
    EXPECT_EQ(code_point_slice(text, 21, 23), "東京");
    EXPECT_EQ(code_point_slice(text, 21, 99), "東京");  // clamped
    EXPECT_EQ(code_point_slice(text, 40, 45), "");
    EXPECT_EQ(code_point_slice(text, 3, 3), "");
}

}  // namespace
}  // namespace riskgraph
