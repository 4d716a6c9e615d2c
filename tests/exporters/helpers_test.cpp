// The small shared pieces: id hashing, XML and CSV quoting.
#include <gtest/gtest.h>

#include <string>

#include "exporters/csv_field.h"
#include "exporters/stable_id.h"
#include "exporters/xml_text.h"

namespace riskgraph {
namespace {

TEST(Sha1, MatchesKnownDigestsAcrossPaddingBoundaries) {
    // Expected values from Python's hashlib.sha1.
    EXPECT_EQ(sha1_hex(""), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    EXPECT_EQ(sha1_hex("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
    EXPECT_EQ(sha1_hex(std::string(55, 'a')), "c1c8bbdc22796e28c0e15163d20899b65621d65a");
    EXPECT_EQ(sha1_hex(std::string(56, 'a')), "c2db330f6083854c99d4b5bfb6e8f29f201be699");
    EXPECT_EQ(sha1_hex(std::string(64, 'a')), "0098ba824b5c16427bd7a1122a5a442a25ec644d");
    EXPECT_EQ(sha1_hex(std::string(1000, 'a')), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}

TEST(StableId, IsTheSha1OfTheReadableKey) {
    EXPECT_EQ(stable_id("entity", "huawei"), "047c0ef32d5f165e0ec4030f4d46f93786550bb2");
    EXPECT_EQ(stable_id("entity", "huawei"), sha1_hex("riskgraph-entity-huawei"));
    EXPECT_NE(stable_id("entity", "huawei"), stable_id("party", "huawei"));
}

TEST(XmlEscape, EscapesMarkupAndKeepsUtf8) {
    EXPECT_EQ(xml_escape("«Chinese» camera’s & <x> \"q\" 'a'"),
              "«Chinese» camera’s &amp; &lt;x&gt; &quot;q&quot; &apos;a&apos;");
    EXPECT_EQ(xml_escape("a\tb\nc\r"), "a&#9;b&#10;c&#13;");
    // Control characters XML 1.0 forbids become U+FFFD rather than breaking the file.
    EXPECT_EQ(xml_escape(std::string("x\x01y", 3)), "x\xEF\xBF\xBDy");
}

TEST(CsvQuote, QuotesAndDoublesQuotes) {
    EXPECT_EQ(csv_quote("plain"), "\"plain\"");
    EXPECT_EQ(csv_quote("a, \"b\"\nc"), "\"a, \"\"b\"\"\nc\"");
    EXPECT_EQ(csv_nullable(std::nullopt), "");
    EXPECT_EQ(csv_nullable(std::string()), "\"\"");
}

}  // namespace
}  // namespace riskgraph
