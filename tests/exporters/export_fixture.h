// A small store for the exporter tests, written through Store,
// DocumentWriter and CoMentionStats as the import runner does (no parser): three documents, entities of several kinds,
// names with quotes, ampersands, angle brackets, backslashes and non-ASCII.
//
// Questions naming entities in their text (6 questions in all):
//   kv-tk-2020Z25034 q1: huawei, hik, eu      q2: aivd, huawei, china (answer: eu)
//   /x/docs/kv-2024.txt q1: hik, eu, human-rights   q2: xinjiang, huawei   q3: none
//   /y/other/kv-2024.txt q1: aivd
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "graph/store_writer.h"
#include "graph/store.h"

namespace riskgraph::test {

inline constexpr const char* kHikName = "«Chinese» camera’s & <x> \"HK\" \\ Co";
inline constexpr const char* kCommaUrl = "https://example.org/a,b?q=\"y\"";
inline constexpr const char* kAnswerWithBreak = "Ja, \"zeker\".\nTweede regel";

inline Mention mention(const std::string& entity, int question, const std::string& text, std::size_t start,
                       TextField field = TextField::question) {
    return Mention{entity, field, question, start, start + text.size(), text};
}

inline void build_export_store(const std::filesystem::path& path) {
    Store store(path, Store::Access::read_write);
    sql::Transaction tx(store.db());
    StoreWriter writer(store.db());
    auto write = [&](const ParsedDocument& document, const char* hash, const std::vector<Mention>& mentions) {
        writer.put(document, hash, "l", mentions);
    };
    writer.upsert_entities({
        {"huawei", EntityKind::vendor, "Huawei", {"Huawei", "Huawei Technologies"}, {{"wikidata", "Q160120"}},
         "FCC Covered List"},
        {"hik", EntityKind::vendor, kHikName, {"Hikvision"}, {}, ""},
        {"eu", EntityKind::institution, "European Union", {"EU", "Europese Unie"}, {}, ""},
        {"aivd", EntityKind::institution, "AIVD", {"AIVD"}, {}, ""},
        {"china", EntityKind::place, "China", {"China"}, {{"iso3166", "CN"}}, ""},
        {"xinjiang", EntityKind::place, "Xinjiang", {"Xinjiang"}, {}, ""},
        {"human-rights", EntityKind::topic, "human rights", {"mensenrechten"}, {}, ""},
        {"cda", EntityKind::party, "Christen-Democratisch Appèl", {"CDA"}, {}, ""},
    });

    ParsedDocument d1;
    d1.file = "/x/docs/kv-2020.txt";
    d1.official_id = "kv-tk-2020Z25034";
    d1.zaak = "2020Z25034";
    d1.members = {{"Van Helvert", "CDA"}};
    d1.subject = "Chinese surveillanceapparatuur";
    d1.submitted = "2020-12-22";
    d1.questions = {{"1", "Huawei, Hikvision en de EU", "", {{kCommaUrl, 1}}},
                    {"2", "AIVD over Huawei in China", kAnswerWithBreak, {}}};
    write(d1, "h1",
                 {mention("huawei", 0, "Huawei", 0), mention("hik", 0, "Hikvision", 8), mention("eu", 0, "EU", 24),
                  mention("aivd", 1, "AIVD", 0), mention("huawei", 1, "Huawei", 10), mention("china", 1, "China", 20),
                  mention("eu", 1, "EU", 0, TextField::answer)});

    ParsedDocument d2;
    d2.file = "/x/docs/kv-2024.txt";
    d2.members = {{"De Vries", "CDA"}, {"Bakker", "SP"}};
    d2.subject = "camera's van Hikvision";
    d2.submitted = "2024-01-12";
    d2.questions = {{"1", "Hikvision, EU en mensenrechten", "", {}},
                    {"2", "Xinjiang en Huawei", "", {{"https://example.org/plain", 0}}},
                    {"3", "Geen namen", "", {}}};
    write(d2, "h2",
                 {mention("hik", -1, "Hikvision", 13, TextField::subject), mention("hik", 0, "Hikvision", 0),
                  mention("eu", 0, "EU", 11), mention("human-rights", 0, "mensenrechten", 17),
                  mention("xinjiang", 1, "Xinjiang", 0), mention("huawei", 1, "Huawei", 12)});

    ParsedDocument d3;
    d3.file = "/y/other/kv-2024.txt";  // same file name as d2, no official id, no date
    d3.members = {{"Bakker", "SP"}};
    d3.questions = {{"1", "De AIVD", "", {}}};
    write(d3, "h3", {mention("aivd", 0, "AIVD", 3)});
    writer.finish();
    tx.commit();
}

// A fresh temporary folder per test, removed afterwards.
class ExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("riskgraph-export-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        build_export_store(db_path());
        store_ = std::make_unique<Store>(db_path(), Store::Access::read_only);
    }
    void TearDown() override {
        store_.reset();
        std::filesystem::remove_all(dir_);
    }
    std::filesystem::path db_path() const { return dir_ / "graph.db"; }
    sql::Database& db() { return store_->db(); }

    std::filesystem::path dir_;
    std::unique_ptr<Store> store_;
};

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace riskgraph::test
