#include "queries/search.h"

#include <cctype>
#include <filesystem>
#include <set>

#include "graph/errors.h"
#include "graph/fts_index.h"

namespace riskgraph {
namespace {

// snippet() marks matches with these bytes, which cleaned text never holds
// (import refuses control characters); they become spans in C++.
constexpr char kOpen = '\x01';
constexpr char kClose = '\x02';
constexpr int kSnippetTokens = 24;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// What FTS5 reads as part of a bareword (fts5_expr.c, sqlite3Fts5IsBareword):
// ASCII letters, digits, '_', byte 0x1A, and every non-ASCII byte.
bool is_bareword_char(unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '_' || c == 0x1A; }

// Words in the sense of the unicode61 tokenizer, approximated: a term with
// no letter or digit produces no token and cannot be searched for.
bool has_word_char(std::string_view term) {
    for (unsigned char c : term)
        if (c >= 0x80 || std::isalnum(c)) return true;
    return false;
}

std::string quote(std::string_view term) {
    std::string out = "\"";
    for (char c : term) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + "\"";
}

[[noreturn]] void malformed(const SearchQuery& query, const std::string& what) {
    throw UsageError("search \"" + query.text + "\": " + what +
                     " (FTS5 syntax, see docs/queries-text.md; leave out --syntax to search for the words as typed)");
}

std::string plain_expression(const SearchQuery& query) {
    std::string out;
    std::size_t i = 0;
    const std::string& s = query.text;
    while (i < s.size()) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t start = i;
        while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        std::string_view term(s.data() + start, i - start);
        if (!has_word_char(term)) continue;
        const bool prefix = term.size() > 1 && term.back() == '*';
        if (prefix) term.remove_suffix(1);
        if (!out.empty()) out += ' ';
        out += quote(term);
        if (prefix) out += '*';
    }
    if (out.empty()) throw UsageError("search \"" + s + "\": no words to search for");
    return out;
}

// The faults people make most, found before SQLite sees the text so that
// the message can say where. Whatever this misses SQLite still refuses, and
// search() turns that into a message of the same form.
void check_syntax(const SearchQuery& query) {
    const std::string& s = query.text;
    struct Token {
        enum Kind { word, phrase, open, close, op, near, other } kind;
        std::size_t at;  // byte offset, for messages
        std::string text;
    };
    std::vector<Token> tokens;
    std::vector<std::size_t> open_parens;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isspace(c)) {
            ++i;
        } else if (c == '"') {
            std::size_t start = i++;
            for (;;) {
                if (i >= s.size()) malformed(query, "the quote at position " + std::to_string(start + 1) + " is never closed");
                if (s[i] == '"') {
                    if (i + 1 < s.size() && s[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            tokens.push_back({Token::phrase, start, s.substr(start, i - start)});
        } else if (c == '(') {
            open_parens.push_back(i);
            tokens.push_back({Token::open, i++, "("});
        } else if (c == ')') {
            if (open_parens.empty()) malformed(query, "the ')' at position " + std::to_string(i + 1) + " closes nothing");
            open_parens.pop_back();
            tokens.push_back({Token::close, i++, ")"});
        } else if (is_bareword_char(c)) {
            std::size_t start = i;
            while (i < s.size() && is_bareword_char(static_cast<unsigned char>(s[i]))) ++i;
            std::string word = s.substr(start, i - start);
            Token::Kind kind = word == "AND" || word == "OR" || word == "NOT" ? Token::op
                               : word == "NEAR" && i < s.size() && s[i] == '(' ? Token::near
                                                                              : Token::word;
            tokens.push_back({kind, start, word});
        } else if (c == '*' || c == ':' || c == '^' || c == '+' || c == '{' || c == '}' || c == ',' ||
                   c == '-') {
            tokens.push_back({Token::other, i, std::string(1, static_cast<char>(c))});
            ++i;
        } else {
            malformed(query, "'" + std::string(1, static_cast<char>(c)) + "' at position " + std::to_string(i + 1) +
                                 " must stand inside double quotes");
        }
    }
    if (!open_parens.empty())
        malformed(query, "the '(' at position " + std::to_string(open_parens.back() + 1) + " is never closed");
    if (tokens.empty()) malformed(query, "nothing to search for");

    // AND, OR and NOT join two operands: not first, not last, not twice in a
    // row, not just inside a bracket.
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.kind != Token::op) continue;
        const std::string where = t.text + " at position " + std::to_string(t.at + 1);
        if (k == 0 || tokens[k - 1].kind == Token::open)
            malformed(query, where + " has nothing on its left");
        if (k + 1 == tokens.size() || tokens[k + 1].kind == Token::close)
            malformed(query, where + " has nothing on its right");
        if (tokens[k - 1].kind == Token::op || tokens[k + 1].kind == Token::op)
            malformed(query, where + " stands next to another operator");
    }
}

// SQLite's own refusal, reworded: the caught text is never shown as is.
[[noreturn]] void refused(const SearchQuery& query, const std::string& sqlite_message) {
    auto quoted_after = [&](std::string_view marker) -> std::string {
        auto p = sqlite_message.find(marker);
        if (p == std::string::npos) return {};
        return sqlite_message.substr(p + marker.size());
    };
    if (auto column = quoted_after("no such column: "); !column.empty())
        malformed(query, "there is no column \"" + column + "\"; the columns are question and answer");
    if (sqlite_message.find("unterminated string") != std::string::npos)
        malformed(query, "a quote is never closed");
    if (sqlite_message.find("expected integer") != std::string::npos)
        malformed(query, "NEAR(…, N) needs a whole number as its distance");
    if (sqlite_message.find("unknown special query") != std::string::npos)
        malformed(query, "a lone '*' is not a search");
    if (auto near = quoted_after("syntax error near \""); !near.empty()) {
        near.pop_back();  // the closing quote
        if (near.empty()) malformed(query, "it ends too early (an operator or NEAR( without what follows)");
        malformed(query, "unexpected \"" + near + "\"");
    }
    malformed(query, "not a valid full-text search");
}

bool is_fts_refusal(const std::string& message) {
    for (const char* marker : {"fts5:", "no such column", "unterminated string", "expected integer",
                               "unknown special query", "malformed MATCH"})
        if (message.find(marker) != std::string::npos) return true;
    return false;
}

Snippet parse_snippet(const std::string& raw, SearchField field) {
    Snippet snippet;
    snippet.field = field;
    std::size_t code_points = 0;
    SnippetMatch open;
    for (char c : raw) {
        if (c == kOpen) {
            open.start = code_points;
        } else if (c == kClose) {
            open.end = code_points;
            snippet.matches.push_back(open);
        } else {
            snippet.text += c;
            if (!is_continuation(static_cast<unsigned char>(c))) ++code_points;
        }
    }
    return snippet;
}

const char* match_column(SearchField in) {
    switch (in) {
    case SearchField::question: return "question_fts.question";
    case SearchField::answer: return "question_fts.answer";
    case SearchField::all: break;
    }
    return "question_fts";
}

}  // namespace

std::string_view to_string(SearchField field) {
    switch (field) {
    case SearchField::question: return "question";
    case SearchField::answer: return "answer";
    case SearchField::all: break;
    }
    return "all";
}

std::string marked(const Snippet& snippet, std::string_view open, std::string_view close) {
    std::string out;
    std::size_t code_point = 0;
    std::size_t next = 0;  // index into matches
    auto boundary = [&] {
        while (next < snippet.matches.size() && snippet.matches[next].end == code_point &&
               snippet.matches[next].start < code_point) {
            out += close;
            ++next;
        }
        if (next < snippet.matches.size() && snippet.matches[next].start == code_point) out += open;
    };
    for (char c : snippet.text) {
        if (!is_continuation(static_cast<unsigned char>(c))) {
            boundary();
            ++code_point;
        }
        out += c;
    }
    boundary();
    return out;
}

std::string fts_match_expression(const SearchQuery& query) {
    if (!query.syntax) return plain_expression(query);
    check_syntax(query);
    return query.text;
}

SearchResult search(sql::Database& db, const SearchQuery& query) {
    SearchResult result;
    result.match = fts_match_expression(query);
    require_fresh_fts_index(db);

    // The column name is one of three constants, never user text.
    const std::string where = std::string(" WHERE ") + match_column(query.in) + " MATCH ?1";
    try {
        auto count = db.prepare("SELECT count(*) FROM question_fts" + where);
        count.bind(1, result.match);
        count.step();
        result.total = count.column_int(0);
    } catch (const DatabaseError& e) {
        if (is_fts_refusal(e.what())) refused(query, e.what());
        throw;
    }

    auto hits = db.prepare(
        "SELECT question_fts.rowid, bm25(question_fts),"
        " snippet(question_fts, 0, char(1), char(2), '…', " + std::to_string(kSnippetTokens) + "),"
        " snippet(question_fts, 1, char(1), char(2), '…', " + std::to_string(kSnippetTokens) + "),"
        " q.document_id, q.number, d.file, coalesce(d.official_id, ''), coalesce(d.zaak, ''),"
        " coalesce(d.submitted, '')"
        " FROM question_fts JOIN questions q ON q.id = question_fts.rowid JOIN documents d ON d.id = q.document_id" +
        where + " ORDER BY bm25(question_fts), question_fts.rowid LIMIT ?2");
    hits.bind(1, result.match).bind(2, query.limit ? static_cast<std::int64_t>(query.limit) : -1);
    auto members = db.prepare(
        "SELECT m.name, coalesce(p.name, '') FROM document_members dm JOIN members m ON m.id = dm.member_id"
        " LEFT JOIN parties p ON p.id = m.party_id WHERE dm.document_id = ? ORDER BY dm.position");
    while (hits.step()) {
        SearchHit hit;
        hit.question_id = hits.column_int(0);
        hit.score = -hits.column_double(1);
        Snippet in_question = parse_snippet(hits.column_text(2), SearchField::question);
        Snippet in_answer = parse_snippet(hits.column_text(3), SearchField::answer);
        // The snippet of the text searched; with --in all the question's when
        // it matched there, else the answer's.
        if (query.in == SearchField::answer ||
            (query.in == SearchField::all && in_question.matches.empty() && !in_answer.matches.empty()))
            hit.snippet = std::move(in_answer);
        else
            hit.snippet = std::move(in_question);
        hit.document_id = hits.column_int(4);
        hit.question = hits.column_text(5);
        hit.file = hits.column_text(6);
        hit.official_id = hits.column_text(7);
        hit.zaak = hits.column_text(8);
        hit.submitted = hits.column_text(9);
        members.bind(1, hit.document_id);
        while (members.step()) hit.members.push_back({members.column_text(0), members.column_text(1)});
        members.reset();
        result.hits.push_back(std::move(hit));
    }
    return result;
}

ResultGraph search_graph(const SearchResult& result, const SearchQuery& query) {
    ResultGraph graph;
    graph.layout = ResultLayout::bipartite;
    graph.directed = true;
    graph.title = "Search: " + query.text;
    std::set<std::int64_t> documents;
    for (const SearchHit& hit : result.hits) {
        if (!documents.insert(hit.document_id).second) continue;
        ResultNode node;
        node.id = "document:" + std::to_string(hit.document_id);
        node.node_kind = NodeKind::document;
        node.label = !hit.official_id.empty() ? hit.official_id
                                              : std::filesystem::path(hit.file).filename().string();
        node.tooltip = hit.file + (hit.submitted.empty() ? "" : " (" + hit.submitted + ")");
        node.link = hit.file;
        graph.nodes.push_back(std::move(node));
    }
    for (const SearchHit& hit : result.hits) {
        ResultNode node;
        node.id = "question:" + std::to_string(hit.question_id);
        node.node_kind = NodeKind::question;
        node.label = "question " + hit.question;
        node.tooltip = marked(hit.snippet, "«", "»");
        graph.nodes.push_back(node);
        ResultEdge edge;
        edge.from = "document:" + std::to_string(hit.document_id);
        edge.to = node.id;
        edge.weight = hit.score;
        edge.tooltip = node.tooltip;
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

}  // namespace riskgraph
