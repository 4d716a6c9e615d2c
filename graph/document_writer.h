// Writes parsed documents and their mentions into the store with statements
// prepared once, several rows per statement. The caller owns the transaction
// and calls finish() before committing it.
#pragma once

#include <algorithm>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/entity_postings.h"
#include "graph/mention_json.h"
#include "graph/model.h"
#include "graph/buffered_insert.h"
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

    // The stored version of a file, if any. Files this writer has written
    // count too (a file given twice in one import).
    std::optional<StoredDocumentState> find(const std::string& file);

    // Inserts or updates every entity (aliases are added, never removed, so
    // mentions imported with an earlier lexicon keep their entity).
    void upsert_entities(const std::vector<Entity>& entities);

    // Deletes a stored document and every row of it.
    void remove(std::int64_t document_id);

    // Writes the rows still held for batching. Before anything reads the
    // tables (find() and remove() see held rows themselves).
    void flush();

    // Adds a document (the caller has removed any earlier version of the
    // file); its rows are written in batches with other documents'. `json` is mentions_json_by_text(mentions, ...), which workers
    // build beforehand. Returns the document id.
    std::int64_t write(const ParsedDocument& document, std::string_view content_hash,
                       std::string_view lexicon_hash, const std::vector<Mention>& mentions,
                       const MentionsJson& json);

    // The ids of the questions the last write() stored, in order.
    const std::vector<std::int64_t>& question_ids() const { return question_ids_; }

    // Numbers the lexicon's entities as Mention::entity_number does (before
    // the first write).
    void number_entities(const std::vector<Entity>& entities) { postings_.number_entities(entities); }

    // Writes what is still buffered (entity_postings) and the highest ids
    // written (id_high_water).
    void finish();

private:
    std::int64_t party_id(const std::string& name);
    std::int64_t member_id(const Member& member);
    // Rows (document_id, position, value) of one document.
    void write_positions(BufferedInsert& insert, std::int64_t document_id, const std::vector<std::string>& values);
    // After a row of `insert`: writes its rows when it holds enough.
    void end_row(BufferedInsert& insert);
    void flush_documents();
    BufferedInsert& documents_insert() {
        return sqlite_numbers_documents_ ? insert_numbered_documents_ : insert_documents_;
    }
    void flush_questions();
    void flush_questions_before_switching();
    bool foreign_keys_checked() const;
    void write_questions(const ParsedDocument& document, std::int64_t document_id, const MentionsJson& json);
    void write_sources(const ParsedDocument& document, std::int64_t document_id);
    void add_postings(const std::vector<Mention>& mentions, std::int64_t document_id);

    sql::Database& db_;
    const std::string imported_at_;
    std::int64_t next_document_id_ = 1;
    std::int64_t next_question_id_ = 1;
    std::int64_t first_document_id_ = 1;  // the first ids of this writer: finish() keeps the highest
    std::int64_t first_question_id_ = 1;
    // Whether SQLite gives a question row, inserted without an id, the id
    // this writer would give it (the next above the largest stored): true
    // until a row is deleted. An explicit id costs SQLite a look-up per row
    // to check it is free (2.5% of a first import's instructions).
    bool sqlite_numbers_questions_ = false;
    // The same for documents rows (an explicit id cost a B-tree descent per
    // row: 0.4% of a first import's instructions).
    bool sqlite_numbers_documents_ = false;
    sql::Statement find_document_;
    sql::Statement document_postings_;
    sql::Statement delete_questions_;
    sql::Statement delete_document_;
    // Rows are written in batches across documents (graph/buffered_insert.h).
    BufferedInsert insert_documents_;
    // Rows without the id while SQLite numbers documents. At most one of the
    // two holds rows.
    BufferedInsert insert_numbered_documents_;
    BufferedInsert insert_document_members_;
    BufferedInsert insert_addressees_;
    BufferedInsert insert_answerers_;
    BufferedInsert insert_questions_;
    // Unanswered questions while SQLite numbers them: without the id,
    // answer and answer_mentions columns, which take their defaults (NULL,
    // NULL, '[]'). Three fewer values to bind and copy per row: 2.9% of a
    // first import of written questions. At most one of the two holds rows,
    // so rows go in in id order.
    BufferedInsert insert_unanswered_questions_;
    BufferedInsert insert_sources_;
    // The documents insert_documents_ holds, for find().
    struct PendingDocument {
        std::size_t file_hash;
        std::string file;
        StoredDocumentState state;
    };
    std::vector<PendingDocument> pending_documents_;
    std::int64_t last_question_id_ = 0;  // of the last question row added
    sql::Statement find_party_;
    sql::Statement insert_party_;
    sql::Statement find_member_;
    sql::Statement insert_member_;
    sql::Statement upsert_entity_;
    sql::Statement insert_alias_;
    sql::Statement upsert_external_id_;
    EntityPostings postings_;
    std::unordered_map<std::string, std::int64_t> party_ids_;
    std::unordered_map<std::string, std::int64_t> member_ids_;
    std::string member_key_;
    std::vector<std::int64_t> question_ids_;
    // Into a database that had no documents, only files this writer wrote
    // can be found: find() skips the look-up for a file whose bit (by hash of
    // its name) is clear. A look-up per file cost 1.4% of a first import.
    // Empty when the database had documents.
    std::vector<bool> written_files_;
    std::size_t file_bit(const std::string& file) const;
    struct Posting {
        std::uint32_t entity;  // EntityPostings::number()
        TextField field;
        std::int64_t id;
        auto operator<=>(const Posting&) const = default;
    };
    std::vector<Posting> postings_scratch_;
};

}  // namespace riskgraph
