// Holds the importer to ../shared/gold: the expected reading of the 2020 seed
// document (metadata, footnotes, entities per question, co-mention pairs).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "graph/store.h"
#include "importers/import_runner.h"
#include "importers/kamervragen_parser.h"
#include "queries/co_mentions.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class GoldSeed : public ::testing::Test {
protected:
    void SetUp() override {
        RISKGRAPH_REQUIRE_SHARED();
        gold_.Parse(read(test::shared_dir() / "gold/kv-2020-van-helvert-chinese-surveillance.json").c_str());
        ASSERT_FALSE(gold_.HasParseError());
        seed_path_ = test::shared_dir() / gold_["file"].GetString();
        lexicon_.add_file(Lexicon::default_path());
        matcher_ = std::make_unique<Matcher>(lexicon_);
        document_ = parse_kamervragen(read(seed_path_), seed_path_.string());
    }

    // Our entity id for a gold entity: the one its surface forms resolve to.
    std::string resolve(const std::string& gold_id) {
        const auto& forms = gold_["entities"][gold_id.c_str()]["forms"];
        std::set<std::string> resolved;
        for (const auto& form : forms.GetArray()) {
            std::string text = form.GetString();
            if (auto paren = text.find(" ("); paren != std::string::npos) text.resize(paren);  // "(split over ...)"
            auto found = matcher_->find(text);
            EXPECT_FALSE(found.empty()) << "gold form \"" << text << "\" of " << gold_id << " is not matched";
            if (!found.empty()) resolved.insert(lexicon_.entities()[found[0].entity].id);
        }
        EXPECT_EQ(resolved.size(), 1u) << "forms of " << gold_id << " resolve to several entities";
        return resolved.empty() ? "" : *resolved.begin();
    }

    std::set<std::string> entities_in_question(const std::vector<Mention>& mentions, int question) {
        std::set<std::string> ids;
        for (const Mention& m : mentions)
            if (m.question == question && m.field == TextField::question) ids.insert(m.entity_id);
        return ids;
    }

    rapidjson::Document gold_;
    std::filesystem::path seed_path_;
    Lexicon lexicon_;
    std::unique_ptr<Matcher> matcher_;
    ParsedDocument document_;
};

TEST_F(GoldSeed, DocumentMetadataIsExact) {
    const auto& g = gold_["document"];
    ASSERT_EQ(document_.members.size(), g["members"].Size());
    for (rapidjson::SizeType i = 0; i < g["members"].Size(); ++i) {
        EXPECT_EQ(document_.members[i].name, g["members"][i]["name"].GetString());
        EXPECT_EQ(document_.members[i].party, g["members"][i]["party"].GetString());
    }
    ASSERT_EQ(document_.addressees.size(), 1u);
    EXPECT_EQ(document_.addressees[0], g["addressee"].GetString());
    EXPECT_EQ(document_.subject, g["subject"].GetString());
    EXPECT_EQ(document_.submitted, g["submitted"].GetString());
    EXPECT_EQ(static_cast<int>(document_.questions.size()), g["questions"].GetInt());
}

TEST_F(GoldSeed, FootnoteUrlsAreExactAndLinkedToTheirQuestion) {
    std::map<int, std::vector<Source>> expected;
    for (const auto& f : gold_["document"]["footnotes"].GetArray())
        expected[f["question"].GetInt()].push_back(Source{f["url"].GetString(), f["n"].GetInt()});
    for (std::size_t q = 0; q < document_.questions.size(); ++q) {
        int number = static_cast<int>(q) + 1;
        EXPECT_EQ(document_.questions[q].sources, expected[number]) << "question " << number;
    }
}

TEST_F(GoldSeed, EveryMustEntityIsFoundInItsQuestion) {
    Matcher::Scratch scratch;
    auto mentions = find_mentions(document_, lexicon_, *matcher_, scratch);
    int should_total = 0, should_found = 0;
    for (const auto& [number, expectation] : gold_["questions"].GetObject()) {
        int q = std::stoi(number.GetString()) - 1;
        auto found = entities_in_question(mentions, q);
        for (const auto& must : expectation["must"].GetArray()) {
            std::string id = resolve(must.GetString());
            EXPECT_TRUE(found.count(id)) << "question " << number.GetString() << ": missing " << must.GetString();
        }
        for (const auto& should : expectation["should"].GetArray()) {
            ++should_total;
            should_found += found.count(resolve(should.GetString())) ? 1 : 0;
        }
    }
    std::cout << "[ gold     ] recall of 'should' entities: " << should_found << "/" << should_total << '\n';
    RecordProperty("should_recall", std::to_string(should_found) + "/" + std::to_string(should_total));
}

TEST_F(GoldSeed, CoMentionPairsAreAsListed) {
    auto db_path = std::filesystem::temp_directory_path() / ("gold-seed-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(db_path);
    {
        Store store(db_path, Store::Access::read_write);
        ImportRunner runner(store, lexicon_, *matcher_);
        runner.run({seed_path_.string()}, ImportOptions{});
        auto pairs = co_mentions(store.db(), CoMentionQuery{});
        std::map<std::pair<std::string, std::string>, int> counts;
        for (const CoMentionPair& p : pairs) counts[{p.a.id, p.b.id}] = p.questions;
        const auto& g = gold_["co_mentions_vendor_institution_question_scope"];
        for (const auto& pair : g["must_include"].GetArray()) {
            auto key = std::make_pair(resolve(pair["vendor"].GetString()), resolve(pair["institution"].GetString()));
            EXPECT_EQ(counts[key], pair["questions"].GetInt()) << key.first << " × " << key.second;
        }
        for (const auto& pair : g["must_exclude"].GetArray()) {
            auto key = std::make_pair(resolve(pair["vendor"].GetString()), resolve(pair["institution"].GetString()));
            EXPECT_EQ(counts.count(key), 0u) << key.first << " × " << key.second << " must not be paired";
        }
    }
    std::filesystem::remove(db_path);
}

}  // namespace
}  // namespace riskgraph

namespace riskgraph {
namespace {

// Every real document in ../shared/corpus goes through the whole import
// (read, check, parse, match, store) with the bundled lexicon, none refused.
TEST(RealCorpusImport, EveryDocumentImportsAndNamesEntities) {
    RISKGRAPH_REQUIRE_SHARED();
    auto db_path = std::filesystem::temp_directory_path() / ("real-corpus-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(db_path);
    {
        Lexicon lexicon;
        lexicon.add_file(Lexicon::default_path());
        Matcher matcher(lexicon);
        Store store(db_path, Store::Access::read_write);
        ImportRunner runner(store, lexicon, matcher);
        const auto corpus = test::shared_dir() / "corpus";
        auto files = collect_input_files({corpus / "seed", corpus / "tk-2024", corpus / "answers-md", corpus / "web"});
        ImportReport report = runner.run(files, ImportOptions{});
        EXPECT_EQ(report.added, files.size());
        EXPECT_GE(report.added, 54u);  // 1 + 43 + 2 + 8
        EXPECT_TRUE(report.failures.empty());
        auto count = [&](const char* sql) {
            auto stmt = store.db().prepare(sql);
            stmt.step();
            return stmt.column_int(0);
        };
        EXPECT_EQ(count("SELECT count(*) FROM documents WHERE file LIKE '%/tk-2024/%'"), 43);
        EXPECT_GT(count("SELECT count(*) FROM questions"), 300);
        // The 2022 camera questions name Hikvision and Dahua beside Dutch bodies.
        EXPECT_GT(count("SELECT count(*) FROM co_mentions WHERE (a = 'hikvision' OR b = 'hikvision') AND questions > 0"), 0);
        // Offsets point at the matched text in every stored question.
        EXPECT_EQ(count("SELECT count(*) FROM mentions m JOIN questions q ON q.id = m.question_id"
                        " WHERE m.field = 'question' AND substr(q.text, m.start + 1, m.end - m.start) <> m.text"),
                  0);
        // A second run over the same files changes nothing.
        ImportReport again = runner.run(files, ImportOptions{});
        EXPECT_EQ(again.unchanged, files.size());
    }
    std::filesystem::remove(db_path);
}

}  // namespace
}  // namespace riskgraph
