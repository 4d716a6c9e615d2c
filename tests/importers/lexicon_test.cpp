#include "importers/lexicon.h"

#include <gtest/gtest.h>

#include <set>

#include "graph/errors.h"
#include "importers/matcher.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST(Lexicon, SmallestValidFileLoads) {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [{"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei", "Huawei Technologies"]}]})",
                     "small.json");
    ASSERT_EQ(lexicon.entities().size(), 1u);
    EXPECT_EQ(lexicon.entities()[0].kind, EntityKind::vendor);
    EXPECT_EQ(lexicon.entities()[0].aliases.size(), 2u);
}

TEST(Lexicon, UnknownKindNamesFileEntityAndKinds) {
    std::string message = error_of([] {
        Lexicon lexicon;
        lexicon.add_file(test::fixtures_dir() / "lexicon-unknown-kind.json");
    });
    EXPECT_NE(message.find("lexicon-unknown-kind.json"), std::string::npos) << message;
    EXPECT_NE(message.find("entities[1]"), std::string::npos) << message;
    EXPECT_NE(message.find("supplier"), std::string::npos) << message;
    EXPECT_NE(message.find("vendor"), std::string::npos) << message;
}

TEST(Lexicon, InvalidJsonNamesFileAndLine) {
    std::string message = error_of([] {
        Lexicon lexicon;
        lexicon.add_file(test::fixtures_dir() / "lexicon-invalid-json.json");
    });
    EXPECT_NE(message.find("lexicon-invalid-json.json:3:"), std::string::npos) << message;
}

TEST(Lexicon, MissingFieldsAreNamed) {
    std::string message = error_of([] {
        Lexicon lexicon;
        lexicon.add_json(R"({"entities": [{"id": "x", "kind": "vendor"}]})", "m.json");
    });
    EXPECT_NE(message.find("missing \"name\""), std::string::npos) << message;
    message = error_of([] {
        Lexicon lexicon;
        lexicon.add_json(R"({"vendors": []})", "m.json");
    });
    EXPECT_NE(message.find("\"entities\""), std::string::npos) << message;
}

TEST(Lexicon, LaterFileExtendsAnEntityWithTheSameId) {
    Lexicon lexicon;
    lexicon.add_json(R"({"entities": [{"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei"]}]})", "a.json");
    lexicon.add_json(R"({"entities": [{"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Hua Wei"], "wikidata": "Q160120"}]})", "b.json");
    ASSERT_EQ(lexicon.entities().size(), 1u);
    EXPECT_EQ(lexicon.entities()[0].aliases, (std::vector<std::string>{"Huawei", "Hua Wei"}));
    EXPECT_EQ(lexicon.entities()[0].external_ids.at("wikidata"), "Q160120");
}

TEST(Lexicon, FingerprintChangesWithAliases) {
    Lexicon a, b;
    a.add_json(R"({"entities": [{"id": "x", "kind": "vendor", "name": "X", "aliases": ["X1"]}]})", "a.json");
    b.add_json(R"({"entities": [{"id": "x", "kind": "vendor", "name": "X", "aliases": ["X2"]}]})", "b.json");
    EXPECT_NE(a.fingerprint(), b.fingerprint());
}

TEST(BundledLexicon, LoadsBuildsAMatcherAndCoversTheField) {
    Lexicon lexicon;
    lexicon.add_file(Lexicon::default_path());
    Matcher matcher(lexicon);  // throws on an alias two entities claim
    std::set<EntityKind> kinds;
    for (const Entity& e : lexicon.entities()) kinds.insert(e.kind);
    for (EntityKind kind : {EntityKind::vendor, EntityKind::institution, EntityKind::treaty, EntityKind::place,
                            EntityKind::group, EntityKind::topic, EntityKind::party})
        EXPECT_TRUE(kinds.count(kind)) << to_string(kind);
    auto vendor_named = [&](const std::string& text) {
        auto found = matcher.find(text);
        return found.size() == 1 && lexicon.entities()[found[0].entity].kind == EntityKind::vendor;
    };
    for (const char* vendor : {"Huawei", "ZTE", "Hikvision", "Dahua", "Hytera", "Nuctech", "DJI", "ByteDance",
                               "TikTok", "Temu", "SenseTime", "Megvii", "iFlytek", "Kaspersky", "China Mobile",
                               "China Telecom", "China Unicom", "Alibaba", "Tencent", "NSO Group", "Clearview AI",
                               "Palantir"})
        EXPECT_TRUE(vendor_named(vendor)) << vendor;
}

}  // namespace
}  // namespace riskgraph
