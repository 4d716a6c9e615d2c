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

TEST(Matcher, NonAsciiLettersNextToAnAliasAreWordCharacters) {
    EXPECT_EQ(ids("Huaweié en éHuawei en ëWHO en WHOë"), Ids{});
    EXPECT_EQ(ids("«Huawei» ’WHO’ WHO’s EU’s VN\u00a0x"), (Ids{"huawei", "who", "who", "eu", "un"}));
}

TEST(Matcher, SymbolsThatFoldToLettersAreWordBoundaries) {
    // ™ folds to "tm" but is no letter: "EU" right after it is a word.
    EXPECT_EQ(ids("™EU en ™Huawei en ℃WHO"), (Ids{"eu", "huawei", "who"}));
    EXPECT_EQ(ids("ªEU en ²WHO"), Ids{});  // ª is a letter, ² a digit
}

TEST(Matcher, NeverSplitsTheFoldingOfOneCharacter) {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [
        {"id": "strasse", "kind": "place", "name": "Straße", "aliases": ["Straße"]},
        {"id": "s", "kind": "topic", "name": "s", "aliases": ["s"]},
        {"id": "fi", "kind": "topic", "name": "fi", "aliases": ["fi"]}]})", "split.json");
    Matcher matcher(lexicon);
    EXPECT_EQ(matcher.find("STRASSE, Strasse en straße").size(), 3u);
    EXPECT_TRUE(matcher.find("ß").empty());
    EXPECT_EQ(matcher.find("s ß s").size(), 2u);
    EXPECT_EQ(matcher.find("\uFB01 fi").size(), 2u);  // the ligature is the whole of "fi"
}

TEST(Matcher, CombiningMarksFoldAway) {
    auto found = find("op Curac\u0327ao");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "Curac\u0327ao");
    EXPECT_EQ(found[0].start, 3u);
    EXPECT_EQ(found[0].end, 11u);
    found = find("Huawei\u0301 levert");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].text, "Huawei");
    EXPECT_EQ(ids("WH\u0301O en Wh\u0301O"), (Ids{"who"}));
}

// Folded ASCII text maps to itself unless white space collapsed: offsets
// after a collapsed run still count the original text.
TEST(Matcher, OffsetsInAsciiTextAfterCollapsedWhiteSpace) {
    auto found = find("de  EU en\n\n  Huawei");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].start, 4u);
    EXPECT_EQ(found[0].text, "EU");
    EXPECT_EQ(found[1].start, 13u);
    EXPECT_EQ(found[1].end, 19u);
    EXPECT_EQ(found[1].text, "Huawei");
    found = find("de EU en Huawei");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[1].start, 9u);
    EXPECT_EQ(found[1].end, 15u);
}

TEST(Matcher, RunsOfSpacesLineBreaksAndDashesCollapse) {
    auto found = find("de Verenigde \u00a0\n\u2013\tNaties en de Verenigde--Naties");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "Verenigde \u00a0\n\u2013\tNaties");
    EXPECT_EQ(found[1].text, "Verenigde--Naties");
}

TEST(Matcher, MatchesAtTheStartAndEndOfTheText) {
    auto found = find("WHO");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].start, 0u);
    EXPECT_EQ(found[0].end, 3u);
    found = find("Huawei en Curaçao");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].start, 0u);
    EXPECT_EQ(found[1].end, 17u);
}

TEST(Matcher, OffsetsAfterMultiByteCharacters) {
    const std::string text = "€ 😀 Curaçao\n\n“Huawei”";
    auto found = find(text);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].start, 4u);
    EXPECT_EQ(found[0].end, 11u);
    EXPECT_EQ(found[0].text, "Curaçao");
    EXPECT_EQ(found[1].start, 14u);
    EXPECT_EQ(found[1].end, 20u);
    EXPECT_EQ(found[1].text, "Huawei");
}

TEST(Matcher, LongTextsMatchAcrossTheirMiddle) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += i % 50 == 0 ? "Verenigde Naties " : "en het é ";
    const auto found = find(text);
    ASSERT_EQ(found.size(), 4u);
    for (const Found& f : found) EXPECT_EQ(f.text, "Verenigde Naties");
    EXPECT_EQ(found[1].start, 17u + 49u * 9u);
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
