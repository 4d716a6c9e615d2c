// riskgraph query|render co-mentions
#include <memory>

#include "cli/co_mention_options.h"
#include "cli/query_registry.h"

namespace riskgraph::cli {
namespace {

// At most `limit` items, then how many more the pair has (`total`).
std::string evidence_text(const CoMentionPair& pair, std::size_t limit, std::size_t total) {
    std::string text;
    std::size_t shown = std::min(limit, pair.evidence.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Evidence& e = pair.evidence[i];
        if (i) text += "; ";
        text += e.official_id.empty() ? std::filesystem::path(e.file).filename().string() : e.official_id;
        if (!e.question.empty()) text += " q" + e.question;
    }
    if (total > shown) text += "; +" + std::to_string(total - shown) + " more";
    return text;
}

void write_json(JsonWriter& w, const CoMentionQuery& query, const std::vector<CoMentionPair>& pairs) {
    w.StartObject();
    w.Key("query");
    w.String("co-mentions");
    w.Key("kind");
    json_string(w, to_string(query.kind));
    w.Key("with");
    json_string(w, to_string(query.with));
    w.Key("scope");
    w.String(query.scope == CoMentionScope::question ? "question" : "document");
    w.Key("pairs");
    w.StartArray();
    for (const CoMentionPair& pair : pairs) {
        w.StartObject();
        w.Key("entity");
        json_entity(w, pair.a);
        w.Key("with");
        json_entity(w, pair.b);
        w.Key("questions");
        w.Int(pair.questions);
        w.Key("documents");
        w.Int(pair.documents);
        w.Key("jaccard");
        w.Double(pair.jaccard);
        w.Key("npmi");
        w.Double(pair.npmi);
        w.Key("evidence");
        json_evidence(w, pair.evidence);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

void add_co_mentions_query(QueryCommands& commands) {
    auto args = std::make_shared<CoMentionArguments>();
    add_query(
        commands, "co-mentions", "Pairs of entities named in the same question or document",
        [args](CLI::App& cmd) { add_co_mention_options(cmd, *args); },
        [args](Store& store) {
            CoMentionQuery query = to_query(*args);
            auto pairs = std::make_shared<std::vector<CoMentionPair>>(co_mentions(store.db(), query));
            QueryResult result;
            result.empty = pairs->empty();
            result.header = {std::string(to_string(query.kind)), std::string(to_string(query.with)),
                             "questions", "documents", "jaccard", "npmi", "evidence"};
            for (const CoMentionPair& pair : *pairs) {
                auto total = static_cast<std::size_t>(query.scope == CoMentionScope::question ? pair.questions
                                                                                             : pair.documents);
                result.rows.push_back({pair.a.name, pair.b.name, std::to_string(pair.questions),
                                       std::to_string(pair.documents), fixed3(pair.jaccard), fixed3(pair.npmi),
                                       evidence_text(pair, 3, total)});
            }
            result.json = [query, pairs](JsonWriter& w) { write_json(w, query, *pairs); };
            result.graph = [query, pairs] { return co_mentions_graph(*pairs, query); };
            return result;
        });
}

}  // namespace riskgraph::cli
