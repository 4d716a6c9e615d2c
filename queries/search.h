// Full-text search over question and answer text through the FTS5 index
// that `riskgraph index` builds (graph/fts_index.h), ranked by bm25.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

enum class SearchField { question, answer, all };
std::string_view to_string(SearchField field);

struct SearchQuery {
    std::string text;                 // as the user typed it
    SearchField in = SearchField::all;
    bool syntax = false;              // false: plain words; true: FTS5 query syntax passed through
    std::size_t limit = 20;           // 0: every hit
};

// A span of the snippet that matched, in code points, end exclusive.
struct SnippetMatch {
    std::size_t start = 0;
    std::size_t end = 0;
};

struct Snippet {
    SearchField field = SearchField::question;  // the text it comes from (question or answer)
    std::string text;                           // plain, "…" where text was left out
    std::vector<SnippetMatch> matches;
};

// `text` with every match wrapped in `open` … `close` ("«", "»").
std::string marked(const Snippet& snippet, std::string_view open, std::string_view close);

struct SearchHit {
    std::int64_t question_id = 0;
    std::int64_t document_id = 0;
    std::string file;
    std::string official_id;
    std::string zaak;
    std::string submitted;  // ISO date or ""
    std::string question;   // number as printed
    std::vector<Member> members;
    double score = 0;       // -bm25: higher is a better match
    Snippet snippet;
};

struct SearchResult {
    std::string match;         // the FTS5 expression that ran
    std::int64_t total = 0;    // every matching question, before --limit
    std::vector<SearchHit> hits;
};

// The FTS5 MATCH expression for a query. Plain words: each whitespace-
// separated term is quoted (so AND, NEAR, quotes and punctuation are just
// text) and all must occur; a term ending in * matches as a prefix. Syntax:
// checked for the common faults, then passed through. Throws UsageError
// (exit 2) with one line naming the search and what is wrong.
std::string fts_match_expression(const SearchQuery& query);

// Throws Error (exit 1) when the index is missing or stale, UsageError for
// a malformed search.
SearchResult search(sql::Database& db, const SearchQuery& query);

// Documents on the left, the matching questions on the right (tooltips
// carry the snippets).
ResultGraph search_graph(const SearchResult& result, const SearchQuery& query);

}  // namespace riskgraph
