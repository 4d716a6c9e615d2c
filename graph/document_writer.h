// Writes parsed documents and their mentions into the store with statements
// prepared once. The caller owns the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/sqlite.h"

namespace riskgraph {

struct StoredDocumentState {
    std::int64_t id = 0;
    std::string content_hash;
    std::string lexicon_hash;
};

class DocumentWriter {
public:
    explicit DocumentWriter(sql::Database& db);

    std::optional<StoredDocumentState> find(const std::string& file);

    // Inserts or updates every entity (aliases are added, never removed, so
    // mentions imported with an earlier lexicon keep their entity).
    void upsert_entities(const std::vector<Entity>& entities);

    // Replaces any earlier version of the same file (`previous`, when the
    // caller has looked it up already). Returns the document id.
    std::int64_t write(const ParsedDocument& document, std::string_view content_hash,
                       std::string_view lexicon_hash, const std::vector<Mention>& mentions);
    std::int64_t write(const ParsedDocument& document, std::string_view content_hash,
                       std::string_view lexicon_hash, const std::vector<Mention>& mentions,
                       const std::optional<StoredDocumentState>& previous);

    // The ids of the questions the last write() stored, in order.
    const std::vector<std::int64_t>& question_ids() const { return question_ids_; }

private:
    // Every row of a document, child tables first: works with foreign keys
    // off, which bulk imports use for speed.
    void delete_rows(std::int64_t document_id);
    std::int64_t party_id(const std::string& name);
    std::int64_t member_id(const Member& member);

    sql::Database& db_;
    sql::Statement find_document_;
    sql::Statement delete_document_;
    sql::Statement insert_document_;
    sql::Statement insert_document_member_;
    sql::Statement insert_addressee_;
    sql::Statement insert_answerer_;
    sql::Statement insert_question_;
    sql::Statement insert_mention_;
    sql::Statement insert_source_;
    sql::Statement find_party_;
    sql::Statement insert_party_;
    sql::Statement find_member_;
    sql::Statement insert_member_;
    sql::Statement upsert_entity_;
    sql::Statement insert_alias_;
    sql::Statement upsert_external_id_;
    std::unordered_map<std::string, std::int64_t> party_ids_;
    std::unordered_map<std::string, std::int64_t> member_ids_;
    std::vector<std::int64_t> question_ids_;
};

}  // namespace riskgraph
