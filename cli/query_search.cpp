// riskgraph query|render search TEXT
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/query_registry.h"
#include "queries/search.h"

namespace riskgraph::cli {
namespace {

struct SearchArguments {
    std::vector<std::string> words;  // joined with spaces: quoting the search is optional
    std::size_t limit = 20;
    std::string in = "all";
    bool syntax = false;
};

SearchQuery to_query(const SearchArguments& args) {
    SearchQuery query;
    for (const std::string& word : args.words) query.text += (query.text.empty() ? "" : " ") + word;
    query.in = args.in == "question" ? SearchField::question
               : args.in == "answer" ? SearchField::answer
                                     : SearchField::all;
    query.syntax = args.syntax;
    query.limit = args.limit;
    return query;
}

std::string document_label(const SearchHit& hit) {
    if (!hit.official_id.empty()) return hit.official_id;
    if (!hit.zaak.empty()) return hit.zaak;
    return std::filesystem::path(hit.file).filename().string();
}

std::string members_text(const std::vector<Member>& members) {
    std::string text;
    for (const Member& m : members) {
        if (!text.empty()) text += ", ";
        text += m.party.empty() ? m.name : m.name + " (" + m.party + ")";
    }
    return text;
}

void write_json(JsonWriter& w, const SearchQuery& query, const SearchResult& r) {
    w.StartObject();
    w.Key("query");
    w.String("search");
    w.Key("search");
    json_string(w, query.text);
    w.Key("match");
    json_string(w, r.match);
    w.Key("in");
    json_string(w, to_string(query.in));
    w.Key("syntax");
    w.Bool(query.syntax);
    w.Key("total");
    w.Int64(r.total);
    w.Key("hits");
    w.StartArray();
    for (const SearchHit& hit : r.hits) {
        w.StartObject();
        w.Key("score");
        w.Double(hit.score);
        w.Key("document");
        w.StartObject();
        w.Key("id");
        w.Int64(hit.document_id);
        w.Key("file");
        json_string(w, hit.file);
        w.Key("official_id");
        json_string_or_null(w, hit.official_id);
        w.Key("zaak");
        json_string_or_null(w, hit.zaak);
        w.Key("submitted");
        json_string_or_null(w, hit.submitted);
        w.EndObject();
        w.Key("question_id");
        w.Int64(hit.question_id);
        w.Key("question");
        json_string(w, hit.question);
        w.Key("members");
        w.StartArray();
        for (const Member& m : hit.members) {
            w.StartObject();
            w.Key("name");
            json_string(w, m.name);
            w.Key("party");
            json_string_or_null(w, m.party);
            w.EndObject();
        }
        w.EndArray();
        w.Key("snippet");
        w.StartObject();
        w.Key("field");
        json_string(w, to_string(hit.snippet.field));
        w.Key("text");
        json_string(w, hit.snippet.text);
        w.Key("marked");
        json_string(w, marked(hit.snippet, "«", "»"));
        w.Key("matches");
        w.StartArray();
        for (const SnippetMatch& m : hit.snippet.matches) {
            w.StartObject();
            w.Key("start");
            w.Uint64(m.start);
            w.Key("end");
            w.Uint64(m.end);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

void add_search_query(QueryCommands& commands) {
    auto args = std::make_shared<SearchArguments>();
    add_query(
        commands, "search", "Full-text search in question and answer text (needs `riskgraph index`)",
        [args](CLI::App& cmd) {
            cmd.add_option("text", args->words, "words to find (all must occur; word* finds a prefix)")->required();
            cmd.add_option("--limit", args->limit, "at most N hits, best first (default 20; 0: all)");
            cmd.add_option("--in", args->in, "search question text, answer text or all (default)")
                ->check(CLI::IsMember({"question", "answer", "all"}));
            cmd.add_flag("--syntax", args->syntax,
                         "TEXT is an FTS5 query (AND, OR, NOT, \"phrases\", NEAR(…), prefix*, question:/answer:)");
        },
        [args](Store& store) {
            SearchQuery query = to_query(*args);
            auto r = std::make_shared<SearchResult>(search(store.db(), query));
            QueryResult result;
            result.empty = r->hits.empty();
            result.header = {"document", "submitted", "question", "members", "in", "snippet"};
            for (const SearchHit& hit : r->hits)
                result.rows.push_back({document_label(hit), hit.submitted, hit.question, members_text(hit.members),
                                       std::string(to_string(hit.snippet.field)), marked(hit.snippet, "«", "»")});
            result.json = [query, r](JsonWriter& w) { write_json(w, query, *r); };
            result.graph = [query, r] { return search_graph(*r, query); };
            return result;
        });
}

}  // namespace riskgraph::cli
