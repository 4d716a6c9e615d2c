// check_text against its byte-at-a-time version: the same verdict, line and
// column on random bytes, and the FNV-1a values stored hashes depend on.
#include "importers/utf8_check.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>

#include "graph/errors.h"
#include "importers/hashing.h"

namespace riskgraph {
namespace {

// The first fault as "line:column", the way check_text used to find it.
std::optional<std::string> reference_fault(std::string_view bytes) {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        auto b = static_cast<unsigned char>(bytes[i]);
        auto at = [&] { return std::to_string(line) + ":" + std::to_string(i - line_start + 1); };
        if (b == 0) return at();
        if (b == '\n') {
            ++line;
            line_start = i + 1;
        }
        if (b < 0x80) {
            ++i;
            continue;
        }
        auto cont = [&](std::size_t k) {
            return k < bytes.size() && (static_cast<unsigned char>(bytes[k]) & 0xC0) == 0x80;
        };
        auto b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
        std::size_t length = 0;
        if (b >= 0xC2 && b <= 0xDF && cont(i + 1)) length = 2;
        if (b >= 0xE0 && b <= 0xEF && cont(i + 1) && cont(i + 2) && !(b == 0xE0 && b1 < 0xA0) &&
            !(b == 0xED && b1 >= 0xA0))
            length = 3;
        if (b >= 0xF0 && b <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3) &&
            !(b == 0xF0 && b1 < 0x90) && !(b == 0xF4 && b1 >= 0x90))
            length = 4;
        if (length == 0) return at();
        i += length;
    }
    return std::nullopt;
}

std::optional<std::string> fault(const std::string& bytes) {
    try {
        check_text(bytes, "t.txt");
        return std::nullopt;
    } catch (const InputError& e) {
        return std::to_string(e.line()) + ":" + std::string(e.what());
    }
}

TEST(Utf8Check, ReportsTheFirstFaultLikeTheByteAtATimeCheck) {
    const std::string pieces[] = {"abc", "defghijk", "\n", "\n\n", "é", "’", "😀", " ", "lmnopqrstuvw",
                                  std::string(1, '\0'), "\xC3", "\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                  "\xE0\x80\x80", "\xC0\xAF", "\xFF", "\xF0\x9F\x98"};
    std::mt19937 rng(5);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const std::size_t count = rng() % 40;
        for (std::size_t i = 0; i < count; ++i) {
            const unsigned pick = rng() % 100;
            text += pick < 97 ? pieces[pick % 10] : pieces[10 + rng() % 8];
        }
        const auto expected = reference_fault(text);
        const auto actual = fault(text);
        ASSERT_EQ(expected.has_value(), actual.has_value()) << text;
        if (!expected) continue;
        const std::string line = expected->substr(0, expected->find(':'));
        const std::string column = "column " + expected->substr(expected->find(':') + 1) + ":";
        EXPECT_EQ(actual->substr(0, actual->find(':')), line) << text;
        EXPECT_NE(actual->find(column), std::string::npos) << *actual << " want " << column;
        if (HasFailure()) return;
    }
}

TEST(Utf8Check, LongAsciiTextWithAFaultFarIn) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "Een regel van precies veertig tekens...\n";
    text += "0123456789\xE2\x80";  // truncated sequence at line 101, column 11
    const auto actual = fault(text);
    ASSERT_TRUE(actual.has_value());
    EXPECT_EQ(actual->substr(0, actual->find(':')), "101");
    EXPECT_NE(actual->find("column 11:"), std::string::npos) << *actual;
}

TEST(Fnv1a, KeepsItsValues) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

// Stored content hashes must not change between builds: a change makes the
// next import re-read every unchanged file.
TEST(ContentHash, IsXxh3AndSeesEveryByte) {
    EXPECT_EQ(content_hash64(""), 0x2d06800538d394c2ULL);  // XXH3_64bits, seed 0 (xxHash reference)
    std::string text(1000, 'x');
    const std::uint64_t whole = content_hash64(text);
    for (std::size_t at : {0u, 7u, 8u, 500u, 999u}) {
        std::string changed = text;
        changed[at] = 'y';
        EXPECT_NE(content_hash64(changed), whole) << "byte " << at;
    }
    EXPECT_NE(content_hash64(text.substr(0, 999)), whole);
    EXPECT_EQ(hex64(0), "0000000000000000");
    EXPECT_EQ(hex64(0x0123456789abcdefULL), "0123456789abcdef");
    EXPECT_EQ(hex64(~0ULL), "ffffffffffffffff");
}

}  // namespace
}  // namespace riskgraph
