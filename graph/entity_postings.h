// Keeps the entity_postings table (docs/schema.md) during one import: ids
// added are buffered per (entity, field) and appended as chunks of at most
// kChunkIds ascending ids; ids removed (replaced documents) are taken out of
// their chunks by finish(). The buffers are written out whenever they hold
// kBufferedIds ids, so memory does not grow with the corpus.
#pragma once

#include <cstdint>
#include <string>
#include <map>
#include <span>
#include <vector>

#include "graph/entity_numbers.h"
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
    // above every stored id: ids are never reused (id_high_water).
    void add(const std::string& entity_id, TextField field, std::int64_t id) {
        add(numbers_.number(entity_id), field, id);
    }
    // The same by the entity's number here (number()): no id string hashed.
    void add(std::uint32_t number, TextField field, std::int64_t id);
    std::uint32_t number(const Mention& mention) { return numbers_.number(mention); }
    void remove(const std::string& entity_id, TextField field, std::int64_t id);
    // Writes the buffered ids and applies the removals.
    void finish();

    // Numbers the lexicon's entities as Mention::entity_number does (before
    // the first add).
    void number_entities(const std::vector<Entity>& entities) { numbers_.preset(entities); }

private:
    static constexpr std::size_t kFields = 3;
    // (entity number, field) as one index into buffered_.
    static std::size_t slot(std::uint32_t number, TextField field) {
        return number * kFields + static_cast<std::size_t>(field);
    }
    void write_buffers();
    void append(std::size_t slot, std::span<const std::int64_t> ids);
    void apply_removals(std::size_t slot, std::vector<std::int64_t>& ids);

    sql::Statement last_chunk_;
    sql::Statement chunk_holding_;
    sql::Statement insert_chunk_;
    sql::Statement update_chunk_;
    sql::Statement delete_chunk_;
    EntityNumbers numbers_;
    std::vector<std::vector<std::int64_t>> buffered_;  // by slot()
    std::size_t buffered_count_ = 0;
    std::map<std::size_t, std::vector<std::int64_t>> removed_;  // by slot()
};

// "[1,2,3]" <-> {1, 2, 3}: the ids column.
std::string ids_json(const std::vector<std::int64_t>& ids);
std::vector<std::int64_t> parse_ids_json(const std::string& text);

}  // namespace riskgraph
