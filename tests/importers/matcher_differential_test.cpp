// The matcher against its pre-fast-path version (reference_matcher.h) on
// random text built from the characters folding treats specially.
#include <gtest/gtest.h>

#include <utf8proc.h>

#include <random>
#include <string>
#include <vector>

#include "importers/matcher.h"
#include "tests/importers/reference_matcher.h"

namespace riskgraph {
namespace {

Lexicon tricky_lexicon() {
    Lexicon lexicon;
    lexicon.add_json(R"json({"entities": [
        {"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei", "Huawei Technologies"]},
        {"id": "un", "kind": "institution", "name": "UN", "aliases": ["VN", "Verenigde Naties"]},
        {"id": "vng", "kind": "institution", "name": "VNG", "aliases": ["VNG"]},
        {"id": "who", "kind": "institution", "name": "WHO", "aliases": ["WHO", "D66", "5G", "JA21"]},
        {"id": "eu", "kind": "institution", "name": "EU", "aliases": ["EU", "Europese Unie", "EÉN"]},
        {"id": "s", "kind": "topic", "name": "surveillance", "aliases": ["surveillance*", "camera’s", "ëë*"]},
        {"id": "c", "kind": "place", "name": "Curaçao", "aliases": ["Curaçao", "ß", "İstanbul", "Straße", "fi"]},
        {"id": "gl", "kind": "party", "name": "GL-PvdA", "aliases": ["GroenLinks-PvdA", "a b", "e"]},
        {"id": "x", "kind": "topic", "name": "x", "aliases": ["(AIVD)", "’s-Gravenhage", "1⁄2", "°c", "™", "TM", "中国", "Ab", "A"]},
        {"id": "y", "kind": "topic", "name": "y", "aliases": ["e*", "ss*", "vn*"]}
    ]})json", "tricky.json");
    return lexicon;
}

const std::vector<std::string>& pieces() {
    static const std::vector<std::string> p = {
        "Huawei", "huawei", "HUAWEI", "Technologies", "VN", "vn", "Vn", "VNG", "WHO", "who", "D66",
        "5G", "JA21", "EU", "eu", "Europese", "Unie", "EÉN", "één", "surveillance", "apparatuur",
        "camera", "’s", "'s", "`s", "Curaçao", "CURAÇAO", "Curac\u0327ao", "ß", "ẞ", "SS", "Straße",
        "STRASSE", "İstanbul", "istanbul", "ﬁ", "fi", "GroenLinks", "PvdA", "a", "b", "A", "Ab", "e",
        "é", "É", "ë", "e\u0301", "\u0301", "(AIVD)", "AIVD", "Gravenhage", "½", "1⁄2", "²", "℃",
        "°c", "™", "TM", "中国", "中", "😀", "ª", "Σ", "ς", "x", "de", " ", " ", "  ", "\n", "\n\n", "\t", "-",
        "–", "—", "\u00a0", "\u2028", "’", "'", "‘", ".", ",", "(", ")", "/", "0", "12", "\u200b"};
    return p;
}

std::string random_text(std::mt19937& rng, std::size_t pieces_count) {
    std::string text;
    for (std::size_t i = 0; i < pieces_count; ++i) {
        text += pieces()[rng() % pieces().size()];
        if (rng() % 3 == 0) text += ' ';
    }
    return text;
}

void expect_same(const std::vector<TextMatch>& expected, const std::vector<TextMatch>& actual,
                 const std::string& text) {
    ASSERT_EQ(expected.size(), actual.size()) << text;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(expected[i].entity, actual[i].entity) << text;
        EXPECT_EQ(expected[i].start, actual[i].start) << text;
        EXPECT_EQ(expected[i].end, actual[i].end) << text;
        EXPECT_EQ(expected[i].start_byte, actual[i].start_byte) << text;
        EXPECT_EQ(expected[i].end_byte, actual[i].end_byte) << text;
    }
}

TEST(MatcherDifferential, SameMatchesAsTheReferenceOnRandomText) {
    const Lexicon lexicon = tricky_lexicon();
    const reference::Matcher reference(lexicon);
    const Matcher matcher(lexicon);
    Matcher::Scratch scratch;
    std::mt19937 rng(2024);
    std::size_t matches = 0;
    for (int round = 0; round < 4000; ++round) {
        // Short texts and ones long enough for the two-stream scan.
        const std::string text = random_text(rng, round % 4 == 0 ? 200 + rng() % 400 : rng() % 30);
        std::vector<TextMatch> actual;
        matcher.find(text, scratch, actual);
        expect_same(reference.find(text), actual, text);
        if (HasFailure()) return;
        matches += actual.size();
    }
    EXPECT_GT(matches, 10000u);  // the comparison is not vacuous
}

TEST(MatcherDifferential, SameMatchesAsTheReferenceWithTheBundledLexicon) {
    Lexicon lexicon;
    lexicon.add_file(std::string(RISKGRAPH_SOURCE_DIR) + "/data/lexicon.json");
    const reference::Matcher reference(lexicon);
    const Matcher matcher(lexicon);
    std::vector<std::string> words;
    for (const Entity& e : lexicon.entities())
        for (const std::string& a : e.aliases) words.push_back(a.back() == '*' ? a.substr(0, a.size() - 1) : a);
    std::mt19937 rng(7);
    for (int round = 0; round < 500; ++round) {
        std::string text;
        const std::size_t count = rng() % 120;
        for (std::size_t i = 0; i < count; ++i) {
            const unsigned pick = rng() % 3;
            text += pick == 0 ? words[rng() % words.size()] : pieces()[rng() % pieces().size()];
            text += rng() % 4 == 0 ? "" : " ";
        }
        expect_same(reference.find(text), matcher.find(text), text);
        if (HasFailure()) return;
    }
}

// Several texts scanned two at a time find what each finds alone; scratch
// space and results are reused between rounds, as the importer does.
TEST(MatcherDifferential, FindEachFindsWhatFindFindsInEveryText) {
    const Lexicon lexicon = tricky_lexicon();
    const Matcher matcher(lexicon);
    Matcher::Scratch scratch;
    std::vector<std::vector<TextMatch>> each;
    std::mt19937 rng(11);
    std::size_t matches = 0;
    for (int round = 0; round < 1500; ++round) {
        std::vector<std::string> owned;
        for (std::size_t t = 0, n = 1 + rng() % 9; t < n; ++t)
            owned.push_back(rng() % 5 == 0 ? std::string() : random_text(rng, rng() % (round % 3 == 0 ? 200 : 25)));
        const std::vector<std::string_view> texts(owned.begin(), owned.end());
        matcher.find_each(texts, scratch, each);
        ASSERT_EQ(each.size(), texts.size());
        for (std::size_t t = 0; t < texts.size(); ++t) {
            expect_same(matcher.find(texts[t]), each[t], owned[t]);
            if (HasFailure()) return;
            matches += each[t].size();
        }
    }
    EXPECT_GT(matches, 10000u);
}

TEST(MatcherDifferential, FoldsEveryAsciiByteLikeTheReferenceInEveryPosition) {
    const reference::TextFolder reference;
    const TextFolder folder;
    // Long enough for the 16-byte, 8-byte and single-byte paths, in every place.
    for (int c = 1; c < 0x80; ++c)
        for (std::size_t at = 0; at < 41; ++at) {
            std::string text = "aBcDeFgHiJkLmNoPqRsTuVwXyZ-aBcDeFgHiJkLmN";
            text[at] = static_cast<char>(c);
            text.insert(at + 1, std::string(at % 3, static_cast<char>(c)));
            ASSERT_EQ(reference.fold(text), folder.fold(text)) << c << " at " << at;
        }
}

TEST(MatcherDifferential, FoldsAliasesLikeTheReference) {
    const reference::TextFolder reference;
    const TextFolder folder;
    std::mt19937 rng(99);
    for (int round = 0; round < 2000; ++round) {
        const std::string text = random_text(rng, rng() % 12);
        ASSERT_EQ(reference.fold(text), folder.fold(text)) << text;
    }
    for (std::int32_t cp = 1; cp < 0x31000; cp += cp < 0x3100 ? 1 : 37) {
        if (cp >= 0xD800 && cp < 0xE000) continue;
        char buffer[4];
        const auto n = utf8proc_encode_char(cp, reinterpret_cast<utf8proc_uint8_t*>(buffer));
        const std::string text = "a" + std::string(buffer, static_cast<std::size_t>(n)) + "B";
        ASSERT_EQ(reference.fold(text), folder.fold(text)) << cp;
        std::size_t i = 1, j = 1;
        ASSERT_EQ(reference::decode_utf8(text, i), decode_utf8(text, j)) << cp;
        ASSERT_EQ(i, j) << cp;
    }
}

}  // namespace
}  // namespace riskgraph
