#include "graph/entity_numbers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "graph/store.h"
#include "graph/store_writer.h"
#include "tests/db_snapshot.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

std::vector<Entity> lexicon() {
    return {Entity{"dji", EntityKind::vendor, "DJI", {"DJI"}, {}, ""},
            Entity{"huawei", EntityKind::vendor, "Huawei", {"Huawei"}, {}, ""},
            Entity{"europol", EntityKind::institution, "Europol", {"Europol"}, {}, ""}};
}

Mention mention(const std::string& entity, TextField field, int question, std::uint32_t number) {
    return Mention{entity, field, question, 0, entity.size(), entity, number};
}

TEST(EntityNumbers, NumbersTheLexiconInOrderAndOtherIdsAfterIt) {
    EntityNumbers numbers;
    numbers.preset(lexicon());
    EXPECT_EQ(numbers.number("huawei"), 1u);
    EXPECT_EQ(numbers.number(mention("europol", TextField::question, 0, 2)), 2u);
    EXPECT_EQ(numbers.number("stored-only"), 3u);  // read back from an older document
    EXPECT_EQ(numbers.number(mention("stored-only", TextField::question, 0, Mention::kNoNumber)), 3u);
    EXPECT_EQ(numbers.id(3), "stored-only");
    EXPECT_EQ(numbers.size(), 4u);
    EXPECT_THROW(numbers.preset(lexicon()), std::logic_error);
}

// The import numbers its mentions; tests and older callers do not. Both
// must store the same counts, evidence and entity index.
class NumberedWrites : public ::testing::Test {
protected:
    fs::path path(const std::string& name) {
        return fs::temp_directory_path() / ("riskgraph-numbers-" + std::to_string(::getpid()) + "-" + name + ".db");
    }
    void TearDown() override {
        for (const char* name : {"numbered", "plain"}) fs::remove(path(name));
    }

    // Three documents, the first written twice (its second version names
    // other entities), with an entity that is not in the lexicon; then ten
    // naming one pair.
    std::string write(const std::string& name, bool numbered) {
        fs::remove(path(name));
        {
            Store store(path(name), Store::Access::read_write);
            sql::Transaction tx(store.db());
            StoreWriter writer(store.db());
            writer.upsert_entities(lexicon());
            writer.upsert_entities({Entity{"unlisted", EntityKind::topic, "Unlisted", {"x"}, {}, ""}});
            if (numbered) writer.number_entities(lexicon());
            auto n = [numbered](std::uint32_t number) { return numbered ? number : Mention::kNoNumber; };
            auto put = [&](const std::string& file, std::vector<Mention> mentions) {
                ParsedDocument d;
                d.file = file;
                d.subject = "Huawei";
                d.questions = {{"1", "DJI Huawei Europol", "Huawei", {}}, {"2", "DJI Europol", "", {}}};
                writer.put(d, "h" + file, "l", mentions);
            };
            put("/a", {mention("huawei", TextField::subject, -1, n(1)), mention("dji", TextField::question, 0, n(0)),
                       mention("huawei", TextField::question, 0, n(1)), mention("europol", TextField::question, 0, n(2)),
                       mention("huawei", TextField::answer, 0, n(1)), mention("dji", TextField::question, 1, n(0))});
            put("/b", {mention("dji", TextField::question, 0, n(0)), mention("europol", TextField::question, 0, n(2)),
                       mention("dji", TextField::question, 1, n(0)), mention("europol", TextField::question, 1, n(2))});
            put("/a", {mention("europol", TextField::question, 0, n(2)), mention("dji", TextField::question, 1, n(0)),
                       mention("unlisted", TextField::question, 1, Mention::kNoNumber)});
            put("/c", {mention("unlisted", TextField::question, 0, Mention::kNoNumber),
                       mention("huawei", TextField::question, 0, n(1))});
            // More documents naming one pair than its evidence keeps.
            for (int i = 0; i < 10; ++i)
                put("/d" + std::to_string(i), {mention("dji", TextField::question, 0, n(0)),
                                               mention("europol", TextField::question, 0, n(2)),
                                               mention("huawei", TextField::question, 1, n(1))});
            writer.finish();
            tx.commit();
        }
        std::string all = test::snapshot(path(name));
        std::string kept;
        for (const char* table : {"== co_mentions", "== entity_counts", "== entity_postings", "== totals"}) {
            auto at = all.find(table);
            if (at == std::string::npos) return "no " + std::string(table);
            kept += all.substr(at, all.find("\n==", at + 1) - at);
        }
        return kept;
    }
};

TEST_F(NumberedWrites, StoreWhatUnnumberedWritesStore) {
    const std::string numbered = write("numbered", true);
    const std::string plain = write("plain", false);
    EXPECT_EQ(numbered, plain);
    EXPECT_NE(plain.find("dji\x1f" "europol\x1f"), std::string::npos) << plain;  // a counted pair
    EXPECT_NE(plain.find("unlisted"), std::string::npos) << plain;
}

}  // namespace
}  // namespace riskgraph
