#include "graph/mention_json.h"

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
    EXPECT_EQ(json.subject(), R"([["eu",0,2]])");
    ASSERT_EQ(json.question_count(), 3u);
    EXPECT_EQ(json.question(0), R"([["say \"x\"",1,2]])");
    EXPECT_EQ(json.question(1), R"([["huawei",3,9]])");
    EXPECT_EQ(json.question(2), "[]");
    EXPECT_EQ(json.answer(0), "[]");
    EXPECT_EQ(json.answer(1), R"([["zte",0,3]])");
    EXPECT_EQ(json.answer(2), "[]");
    EXPECT_THROW(json.question(3), std::out_of_range);
    auto parsed = parse_mentions_json(json.question(0));
    ASSERT_EQ(parsed.size(), 1u);
    EXPECT_EQ(parsed[0].entity_id, "say \"x\"");
    EXPECT_EQ(parsed[0].start, 1u);
    EXPECT_EQ(parsed[0].end, 2u);
}

// The hand-written JSON is what rapidjson's Writer writes, escapes included,
// and reads back as it was.
TEST(MentionJson, WritesWhatRapidjsonWritesForEveryKindOfId) {
    std::vector<Mention> mentions;
    std::string control;
    for (char c = 1; c < 0x20; ++c) control += c;
    for (const std::string& id : {std::string("huawei"), std::string("a\\b\"c/d"), control, std::string("Curaçao 中国"),
                                  std::string("")})
        mentions.push_back(Mention{id, TextField::question, 0, 12345678901, 7, ""});
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartArray();
    for (const Mention& m : mentions) {
        w.StartArray();
        w.String(m.entity_id.data(), static_cast<rapidjson::SizeType>(m.entity_id.size()));
        w.Uint64(m.start);
        w.Uint64(m.end);
        w.EndArray();
    }
    w.EndArray();
    const std::string json = mentions_json(mentions);
    EXPECT_EQ(json, std::string(buffer.GetString(), buffer.GetSize()));
    auto parsed = parse_mentions_json(json);
    ASSERT_EQ(parsed.size(), mentions.size());
    for (std::size_t i = 0; i < parsed.size(); ++i) EXPECT_EQ(parsed[i].entity_id, mentions[i].entity_id);
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
