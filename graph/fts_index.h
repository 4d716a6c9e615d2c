// The full-text index over question and answer text (SQLite FTS5), built by
// `riskgraph index` rather than during import so that import stays fast.
//
// Tables, created on demand by build_fts_index() (none of them exists before
// the first `riskgraph index`):
//   question_fts          FTS5, columns `question` and `answer`, external
//                         content (the view question_fts_content over
//                         `questions`), rowid = questions.id, tokenizer
//                         `unicode61 remove_diacritics 2`.
//   question_fts_content  view: id, text AS question, answer FROM questions.
//   question_fts_state    one row: the signature of the questions the index
//                         was built from, and when.
//
// Staleness: the index is fresh when the signature stored at build time
// equals questions_signature() now. The signature is computed from the
// store itself (import does not know the index exists), see fts_index.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

#include "graph/sqlite.h"

namespace riskgraph {

enum class FtsIndexStatus { missing, stale, fresh };

// Cheap fingerprint of every question row the index would hold.
std::string questions_signature(sql::Database& db);

FtsIndexStatus fts_index_status(sql::Database& db);

// Throws Error (exit code 1) unless the index is fresh:
// "the full-text index is missing (or out of date); run `riskgraph index`".
void require_fresh_fts_index(sql::Database& db);

struct FtsIndexReport {
    std::int64_t questions = 0;  // rows indexed
    bool was_fresh = false;      // nothing changed since the last build: left as it was
};

// Builds the index from scratch, or leaves it alone when it is already
// fresh (unless `force`). One transaction: a failed build keeps the old
// index. `progress(done, total)` is called every few thousand questions.
FtsIndexReport build_fts_index(sql::Database& db, bool force,
                               const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace riskgraph
