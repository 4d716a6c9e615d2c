// Keeps the entity_postings table (docs/schema.md) during one import: ids
// added are buffered per (entity, field) and appended as chunks of at most
// kChunkIds ascending ids; ids removed (replaced documents) are taken out of
// their chunks by finish(). The buffers are written out whenever they hold
// kBufferedIds ids, so memory does not grow with the corpus.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/sqlite.h"

namespace riskgraph {

class EntityPostings {
public:
    static constexpr std::size_t kChunkIds = 4096;
    static constexpr std::size_t kBufferedIds = 1 << 18;

    explicit EntityPostings(sql::Database& db);

    // `id` is a question id (fields question and answer) or a document id
    // (subject). Per entity and field, ids must come in ascending order and
    // above every stored id: ids are never reused (AUTOINCREMENT).
    void add(const std::string& entity_id, TextField field, std::int64_t id);
    void remove(const std::string& entity_id, TextField field, std::int64_t id);
    // Writes the buffered ids and applies the removals.
    void finish();

private:
    // A (field, entity) pair as one string: the field's digit, then the id.
    using Key = std::string;
    const Key& key_of(const std::string& entity_id, TextField field);
    void write_buffers();
    void append(const Key& key, const std::vector<std::int64_t>& ids);
    void apply_removals(const Key& key, std::vector<std::int64_t>& ids);

    sql::Statement last_chunk_;
    sql::Statement chunk_holding_;
    sql::Statement insert_chunk_;
    sql::Statement update_chunk_;
    sql::Statement delete_chunk_;
    std::unordered_map<Key, std::vector<std::int64_t>> buffered_;
    std::size_t buffered_count_ = 0;
    std::unordered_map<Key, std::vector<std::int64_t>> removed_;
    Key key_;  // reused, so a look-up allocates nothing
};

// "[1,2,3]" <-> {1, 2, 3}: the ids column.
std::string ids_json(const std::vector<std::int64_t>& ids);
std::vector<std::int64_t> parse_ids_json(const std::string& text);

}  // namespace riskgraph
