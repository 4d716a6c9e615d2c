#include "queries/co_mentions.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace riskgraph {
namespace {

// One row per (pair, question) for question scope, per (pair, document) for
// document scope; aggregated below. Same-kind queries list each pair once.
constexpr const char* kQuestionScopeSql = R"sql(
WITH qe AS (
    SELECT DISTINCT m.question_id, m.document_id, m.entity_id, e.kind
    FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE m.question_id IS NOT NULL AND (m.field = 'question' OR (?3 AND m.field = 'answer'))
      AND e.kind IN (?1, ?2))
SELECT a.entity_id, b.entity_id, a.document_id, q.number
FROM qe a
JOIN qe b ON b.question_id = a.question_id
JOIN questions q ON q.id = a.question_id
WHERE a.kind = ?1 AND b.kind = ?2 AND a.entity_id <> b.entity_id
  AND (?1 <> ?2 OR a.entity_id < b.entity_id)
ORDER BY a.document_id, q.ordinal
)sql";

constexpr const char* kDocumentScopeSql = R"sql(
WITH de AS (
    SELECT DISTINCT m.document_id, m.entity_id, e.kind
    FROM mentions m JOIN entities e ON e.id = m.entity_id
    WHERE e.kind IN (?1, ?2) AND (m.field <> 'answer' OR ?3))
SELECT a.entity_id, b.entity_id, a.document_id, ''
FROM de a JOIN de b ON b.document_id = a.document_id
WHERE a.kind = ?1 AND b.kind = ?2 AND a.entity_id <> b.entity_id
  AND (?1 <> ?2 OR a.entity_id < b.entity_id)
ORDER BY a.document_id
)sql";

struct DocumentInfo {
    std::string file;
    std::string official_id;
};

std::map<std::string, EntityRef> load_entities(sql::Database& db) {
    std::map<std::string, EntityRef> entities;
    auto stmt = db.prepare("SELECT id, name, kind FROM entities");
    while (stmt.step()) {
        EntityRef ref{stmt.column_text(0), stmt.column_text(1), EntityKind::topic};
        if (auto kind = entity_kind_from_string(stmt.column_text(2))) ref.kind = *kind;
        entities.emplace(ref.id, std::move(ref));
    }
    return entities;
}

DocumentInfo document_info(sql::Database& db, std::int64_t id,
                           std::map<std::int64_t, DocumentInfo>& cache) {
    if (auto it = cache.find(id); it != cache.end()) return it->second;
    auto stmt = db.prepare("SELECT file, coalesce(official_id, '') FROM documents WHERE id = ?");
    stmt.bind(1, id);
    DocumentInfo info;
    if (stmt.step()) info = {stmt.column_text(0), stmt.column_text(1)};
    cache.emplace(id, info);
    return info;
}

std::string display_file(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

}  // namespace

std::vector<CoMentionPair> co_mentions(sql::Database& db, const CoMentionQuery& query) {
    const bool question_scope = query.scope == CoMentionScope::question;
    auto stmt = db.prepare(question_scope ? kQuestionScopeSql : kDocumentScopeSql);
    stmt.bind(1, to_string(query.kind)).bind(2, to_string(query.with)).bind(3, query.include_answers ? 1 : 0);

    auto entities = load_entities(db);
    std::map<std::int64_t, DocumentInfo> documents;
    std::map<std::pair<std::string, std::string>, CoMentionPair> pairs;
    std::map<std::pair<std::string, std::string>, std::set<std::int64_t>> pair_documents;
    while (stmt.step()) {
        auto key = std::make_pair(stmt.column_text(0), stmt.column_text(1));
        std::int64_t document_id = stmt.column_int(2);
        CoMentionPair& pair = pairs[key];
        if (pair.a.id.empty()) {
            pair.a = entities[key.first];
            pair.b = entities[key.second];
        }
        DocumentInfo info = document_info(db, document_id, documents);
        pair.evidence.push_back(Evidence{document_id, info.file, info.official_id, stmt.column_text(3)});
        if (question_scope) ++pair.questions;
        pair_documents[key].insert(document_id);
    }

    std::vector<CoMentionPair> result;
    for (auto& [key, pair] : pairs) {
        pair.documents = static_cast<int>(pair_documents[key].size());
        int count = question_scope ? pair.questions : pair.documents;
        if (count >= query.min) result.push_back(std::move(pair));
    }
    if (!question_scope && !result.empty()) {
        // Questions naming both, for document-scope pairs too.
        CoMentionQuery per_question = query;
        per_question.scope = CoMentionScope::question;
        per_question.min = 1;
        std::map<std::pair<std::string, std::string>, int> counts;
        for (const CoMentionPair& p : co_mentions(db, per_question)) counts[{p.a.id, p.b.id}] = p.questions;
        for (CoMentionPair& p : result) p.questions = counts[{p.a.id, p.b.id}];
    }
    std::sort(result.begin(), result.end(), [&](const CoMentionPair& x, const CoMentionPair& y) {
        int cx = question_scope ? x.questions : x.documents;
        int cy = question_scope ? y.questions : y.documents;
        return std::tie(cy, x.a.name, x.b.name) < std::tie(cx, y.a.name, y.b.name);
    });
    return result;
}

ResultGraph co_mentions_graph(const std::vector<CoMentionPair>& pairs, const CoMentionQuery& query) {
    ResultGraph graph;
    graph.layout = ResultLayout::bipartite;
    graph.title = std::string("Co-mentions: ") + std::string(to_string(query.kind)) + " × " +
                  std::string(to_string(query.with)) + " (per " +
                  (query.scope == CoMentionScope::question ? "question" : "document") + ")";
    std::set<std::string> seen;
    auto add_node = [&](const EntityRef& ref) {
        if (!seen.insert(ref.id).second) return;
        ResultNode node;
        node.id = ref.id;
        node.label = ref.name;
        node.node_kind = NodeKind::entity;
        node.entity_kind = ref.kind;
        node.tooltip = ref.name + " (" + std::string(to_string(ref.kind)) + ", id " + ref.id + ")";
        graph.nodes.push_back(std::move(node));
    };
    for (const CoMentionPair& pair : pairs) add_node(pair.a);
    for (const CoMentionPair& pair : pairs) add_node(pair.b);
    for (const CoMentionPair& pair : pairs) {
        ResultEdge edge;
        edge.from = pair.a.id;
        edge.to = pair.b.id;
        int count = query.scope == CoMentionScope::question ? pair.questions : pair.documents;
        edge.weight = count;
        edge.label = std::to_string(count);
        for (std::size_t i = 0; i < pair.evidence.size(); ++i) {
            const Evidence& e = pair.evidence[i];
            if (i) edge.tooltip += "; ";
            edge.tooltip += e.official_id.empty() ? display_file(e.file) : e.official_id;
            if (!e.question.empty()) edge.tooltip += " question " + e.question;
        }
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

}  // namespace riskgraph
