#include "graph/fts_index.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "graph/errors.h"
#include "graph/utc_time.h"

namespace riskgraph {
namespace {

// Bump when the table definition or tokenizer changes: every index built by
// an older riskgraph then counts as stale and `riskgraph index` rebuilds it.
constexpr const char* kFtsVersion = "fts-v1";

constexpr const char* kCreateSql = R"sql(
DROP TABLE IF EXISTS question_fts;
DROP VIEW IF EXISTS question_fts_content;
CREATE VIEW question_fts_content AS SELECT id, text AS question, answer FROM questions;
CREATE VIRTUAL TABLE question_fts USING fts5(
    question, answer,
    content = 'question_fts_content', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS question_fts_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    signature TEXT NOT NULL,
    questions INTEGER NOT NULL,
    built_at  TEXT NOT NULL
);
)sql";

constexpr std::size_t kBatch = 5000;

// FNV-1a, 64 bit: stable across builds and platforms, unlike std::hash.
void fnv1a(std::uint64_t& h, std::string_view bytes) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h ^= 0x1f;  // field separator, so ("ab","c") and ("a","bc") differ
    h *= 0x100000001b3ULL;
}

bool table_exists(sql::Database& db, const char* name) {
    auto stmt = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?");
    stmt.bind(1, name);
    return stmt.step();
}

std::string stored_signature(sql::Database& db) {
    if (!table_exists(db, "question_fts_state") || !table_exists(db, "question_fts")) return {};
    auto stmt = db.prepare("SELECT signature FROM question_fts_state WHERE id = 1");
    return stmt.step() ? stmt.column_text(0) : std::string();
}

}  // namespace

// Import never touches the index, so staleness is read off the data. Every
// import that adds, replaces or removes a document changes a documents row
// (a replaced file is deleted and inserted again with a new imported_at and
// a new content or lexicon hash; ids may be reused, hashes then differ), and
// questions only change with their document. So the signature is
//   the FTS definition version,
//   the max id of questions (one b-tree seek; a new question always gets an
//   id above every stored one unless the highest were deleted, which the
//   documents part sees),
//   count of documents and a hash over (id, content_hash, lexicon_hash,
//   imported_at) of every document in id order.
// Reading the documents rows, not the question texts, keeps this fast: about
// 0.1 s for 105,000 documents / 840,000 questions, where count(*) over
// questions alone takes 0.2 s and total(length(text)) 1 s (warm cache).
std::string questions_signature(sql::Database& db) {
    auto questions = db.prepare("SELECT coalesce(max(id), 0) FROM questions");
    questions.step();
    const std::int64_t max_question = questions.column_int(0);

    std::uint64_t h = 0xcbf29ce484222325ULL;
    std::int64_t document_count = 0;
    auto documents = db.prepare("SELECT id, content_hash, lexicon_hash, imported_at FROM documents ORDER BY id");
    while (documents.step()) {
        ++document_count;
        fnv1a(h, std::to_string(documents.column_int(0)));
        fnv1a(h, documents.column_text(1));
        fnv1a(h, documents.column_text(2));
        fnv1a(h, documents.column_text(3));
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return std::string(kFtsVersion) + " max question " + std::to_string(max_question) + " documents " + std::to_string(document_count) + " hash " + hex;
}

FtsIndexStatus fts_index_status(sql::Database& db) {
    std::string stored = stored_signature(db);
    if (stored.empty()) return FtsIndexStatus::missing;
    return stored == questions_signature(db) ? FtsIndexStatus::fresh : FtsIndexStatus::stale;
}

void require_fresh_fts_index(sql::Database& db) {
    switch (fts_index_status(db)) {
    case FtsIndexStatus::fresh: return;
    case FtsIndexStatus::missing:
        throw Error(db.path().string() + ": the full-text index is missing; run `riskgraph index`");
    case FtsIndexStatus::stale:
        throw Error(db.path().string() +
                    ": the full-text index is out of date (questions were imported since); run `riskgraph index`");
    }
}

FtsIndexReport build_fts_index(sql::Database& db, bool force,
                               const std::function<void(std::size_t, std::size_t)>& progress) {
    FtsIndexReport report;
    // BEGIN IMMEDIATE: no import can change the questions between reading
    // the signature and storing it.
    sql::Transaction tx(db);
    const std::string signature = questions_signature(db);
    if (!force && stored_signature(db) == signature) {
        auto count = db.prepare("SELECT questions FROM question_fts_state WHERE id = 1");
        count.step();
        report.questions = count.column_int(0);
        report.was_fresh = true;
        return report;
    }

    db.exec(kCreateSql);
    auto total_stmt = db.prepare("SELECT count(*) FROM questions");
    total_stmt.step();
    const auto total = static_cast<std::size_t>(total_stmt.column_int(0));

    // In id order and in batches, so progress can be drawn; rowid = questions.id
    // as the external-content table requires.
    auto batch_end = db.prepare(
        "SELECT max(id) FROM (SELECT id FROM questions WHERE id > ?1 ORDER BY id LIMIT ?2)");
    auto insert = db.prepare(
        "INSERT INTO question_fts (rowid, question, answer)"
        " SELECT id, text, answer FROM questions WHERE id > ?1 AND id <= ?2");
    std::int64_t after = 0;
    std::size_t done = 0;
    if (progress) progress(0, total);
    for (;;) {
        batch_end.bind(1, after).bind(2, static_cast<std::int64_t>(kBatch));
        batch_end.step();
        const bool more = !batch_end.column_is_null(0);
        const std::int64_t last = batch_end.column_int(0);
        batch_end.reset();
        if (!more) break;
        insert.bind(1, after).bind(2, last);
        insert.run();
        done += static_cast<std::size_t>(db.changes());
        after = last;
        if (progress) progress(done, total);
    }
    db.exec("INSERT INTO question_fts (question_fts) VALUES ('optimize')");

    auto state = db.prepare(
        "INSERT OR REPLACE INTO question_fts_state (id, signature, questions, built_at) VALUES (1, ?, ?, ?)");
    state.bind(1, signature).bind(2, static_cast<std::int64_t>(done)).bind(3, utc_now());
    state.run();
    tx.commit();
    report.questions = static_cast<std::int64_t>(done);
    return report;
}

}  // namespace riskgraph
