// Builds a store the way the importer does (DocumentWriter + CoMentionStats)
// from plain lists of entity ids per question, so query tests need no parser.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "graph/store_writer.h"
#include "graph/store.h"

namespace riskgraph::test {

class StoreBuilder {
public:
    StoreBuilder() {
        path_ = std::filesystem::temp_directory_path() /
                ("riskgraph-store-builder-" + std::to_string(::getpid()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        remove_files();
        store_ = std::make_unique<Store>(path_, Store::Access::read_write);
    }
    ~StoreBuilder() {
        store_.reset();
        remove_files();
    }

    void entities(const std::vector<Entity>& list) { DocumentWriter(store_->db()).upsert_entities(list); }

    // Writes (or replaces) one document with its mentions, as an import does.
    void write(const ParsedDocument& d, const std::vector<Mention>& mentions, const std::string& hash = "hash") {
        sql::Transaction tx(store_->db());
        StoreWriter writer(store_->db());
        writer.put(d, hash, "lexicon", mentions);
        writer.finish();
        tx.commit();
    }

    // Each inner vector lists the entity ids one question's text names.
    void document(const std::string& file, const std::vector<std::vector<std::string>>& questions,
                  const std::string& submitted = "", const std::vector<Member>& members = {}) {
        ParsedDocument d;
        d.file = file;
        d.submitted = submitted;
        d.members = members;
        std::vector<Mention> mentions;
        for (std::size_t q = 0; q < questions.size(); ++q) {
            d.questions.push_back({std::to_string(q + 1), "question text " + std::to_string(q + 1), "", {}});
            for (const std::string& id : questions[q])
                mentions.push_back({id, TextField::question, static_cast<int>(q), 0, 1, "x"});
        }
        write(d, mentions);
    }

    Store& store() { return *store_; }
    sql::Database& db() { return store_->db(); }

private:
    void remove_files() {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }
    std::filesystem::path path_;
    std::unique_ptr<Store> store_;
};

inline Entity entity(const std::string& id, EntityKind kind, const std::string& name = "") {
    return Entity{id, kind, name.empty() ? id : name, {name.empty() ? id : name}, {}, ""};
}

}  // namespace riskgraph::test
