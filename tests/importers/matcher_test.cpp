#include "importers/matcher.h"

#include <gtest/gtest.h>

#include "graph/errors.h"

namespace riskgraph {
namespace {

Lexicon make_lexicon() {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [
        {"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei", "Huawei Technologies"]},
        {"id": "un", "kind": "institution", "name": "United Nations", "aliases": ["VN", "Verenigde Naties"]},
        {"id": "vng", "kind": "institution", "name": "VNG", "aliases": ["VNG"]},
        {"id": "who", "kind": "institution", "name": "World Health Organization", "aliases": ["WHO", "Wereldgezondheidsorganisatie"]},
        {"id": "wto", "kind": "institution", "name": "World Trade Organization", "aliases": ["WTO"]},
        {"id": "un-charter", "kind": "treaty", "name": "Charter of the United Nations", "aliases": ["Handvest van de Verenigde Naties"]},
        {"id": "surveillance", "kind": "topic", "name": "surveillance", "aliases": ["surveillance*", "bewakingscamera*"]},
        {"id": "curacao", "kind": "place", "name": "Curaçao", "aliases": ["Curaçao"]},
        {"id": "xinjiang", "kind": "place", "name": "Xinjiang", "aliases": ["Xinjiang", "Xinjang"]},
        {"id": "eu", "kind": "institution", "name": "European Union", "aliases": ["EU", "Europese Unie"]}
    ]})", "test-lexicon.json");
    return lexicon;
}

struct Found {
    std::string id;
    std::string text;
    std::size_t start;
    std::size_t end;
};

std::vector<Found> find(const std::string& text) {
    static const Lexicon lexicon = make_lexicon();
    static const Matcher matcher(lexicon);
    std::vector<Found> found;
    for (const TextMatch& m : matcher.find(text))
        found.push_back({lexicon.entities()[m.entity].id, text.substr(m.start_byte, m.end_byte - m.start_byte),
                         m.start, m.end});
    return found;
}

std::vector<std::string> ids(const std::string& text) {
    std::vector<std::string> out;
    for (const Found& f : find(text)) out.push_back(f.id);
    return out;
}

using Ids = std::vector<std::string>;

TEST(Matcher, IgnoresCaseAndDiacritics) {
    EXPECT_EQ(ids("HUAWEI en huawei"), (Ids{"huawei", "huawei"}));
    EXPECT_EQ(ids("op Curacao en CURAÇAO"), (Ids{"curacao", "curacao"}));
}

TEST(Matcher, MatchesWholeWordsOnly) {
    EXPECT_EQ(ids("de VNG vergadert"), (Ids{"vng"}));
    EXPECT_EQ(ids("WTOX en HuaweiX"), Ids{});
    EXPECT_EQ(ids("alle WTO-lidstaten en de Huawei-apparatuur"), (Ids{"wto", "huawei"}));
    EXPECT_EQ(ids("de EU-instellingen"), (Ids{"eu"}));
}

TEST(Matcher, ShortCapitalAcronymsMatchOnlyInCapitals) {
    EXPECT_EQ(ids("who knows what the WHO says"), (Ids{"who"}));
    EXPECT_EQ(ids("Vn en vn zijn geen VN"), (Ids{"un"}));
}

TEST(Matcher, LongestMatchWins) {
    auto found = find("het Handvest van de Verenigde Naties (VN) en de Verenigde Naties");
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0].id, "un-charter");
    EXPECT_EQ(found[0].text, "Handvest van de Verenigde Naties");
    EXPECT_EQ(found[1].id, "un");
    EXPECT_EQ(found[1].text, "VN");
    EXPECT_EQ(found[2].id, "un");
    EXPECT_EQ(ids("Huawei Technologies levert"), (Ids{"huawei"}));
    EXPECT_EQ(find("Huawei Technologies levert")[0].text, "Huawei Technologies");
}

TEST(Matcher, PrefixAliasesMatchDutchCompounds) {
    EXPECT_EQ(ids("surveillanceapparatuur en bewakingscamera’s"), (Ids{"surveillance", "surveillance"}));
    EXPECT_EQ(ids("de massasurveillance"), Ids{});  // a prefix, not an infix
}

TEST(Matcher, DashesAndSpacesInAliasesAreAlike) {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [{"id": "gl-pvda", "kind": "party", "name": "GroenLinks-PvdA", "aliases": ["GroenLinks-PvdA"]}]})", "p.json");
    Matcher matcher(lexicon);
    EXPECT_EQ(matcher.find("GroenLinks PvdA en GroenLinks–PvdA en GroenLinks-\nPvdA").size(), 3u);
    EXPECT_TRUE(matcher.find("GroenLinksPvdA").empty());
}

TEST(Matcher, FindsListedMisspellings) { EXPECT_EQ(ids("heel Xinjang volhangt"), (Ids{"xinjiang"})); }

TEST(Matcher, OffsetsCountCodePointsOfTheOriginalText) {
    auto found = find("«Curaçao» – Huawei");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "Curaçao");
    EXPECT_EQ(found[0].start, 1u);
    EXPECT_EQ(found[0].end, 8u);
    EXPECT_EQ(found[1].text, "Huawei");
    EXPECT_EQ(found[1].start, 12u);
    EXPECT_EQ(found[1].end, 18u);
}

TEST(Matcher, AliasesMatchAcrossRunsOfWhiteSpace) {
    auto found = find("de Verenigde\n   Naties");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "Verenigde\n   Naties");
}

TEST(Matcher, NothingInEmptyOrUnrelatedText) {
    EXPECT_TRUE(ids("").empty());
    EXPECT_TRUE(ids("Een tekst zonder namen, met cijfers 12345 en tekens ✓✓.").empty());
}

TEST(Matcher, TwoEntitiesClaimingOneAliasIsAnError) {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [
        {"id": "a", "kind": "vendor", "name": "Acme", "aliases": ["Acme"]},
        {"id": "b", "kind": "vendor", "name": "Other", "aliases": ["ACME"]}]})", "clash.json");
    try {
        Matcher matcher(lexicon);
        FAIL() << "expected an alias clash";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"a\""), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("\"b\""), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace riskgraph
