#include "queries/co_mentions.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

namespace riskgraph {
namespace {

// Precomputed counts (graph/co_mention_stats.h); pairs are stored once with
// a < b, so both orientations are read.
constexpr const char* kPairsSql = R"sql(
SELECT ea.id, ea.name, eb.id, eb.name, c.questions, c.question_documents, c.documents,
       coalesce(ca.questions, 0), coalesce(cb.questions, 0), coalesce(ca.documents, 0), coalesce(cb.documents, 0)
FROM co_mentions c
JOIN entities ea ON ea.id = CASE WHEN ?3 THEN c.b ELSE c.a END
JOIN entities eb ON eb.id = CASE WHEN ?3 THEN c.a ELSE c.b END
LEFT JOIN entity_counts ca ON ca.entity_id = ea.id
LEFT JOIN entity_counts cb ON cb.entity_id = eb.id
WHERE ea.kind = ?1 AND eb.kind = ?2
)sql";

constexpr const char* kQuestionEvidenceSql = R"sql(
SELECT DISTINCT ma.document_id, d.file, coalesce(d.official_id, d.zaak, ''), q.number, q.ordinal
FROM mentions ma
JOIN mentions mb ON mb.question_id = ma.question_id AND mb.entity_id = ?2 AND mb.field = 'question'
JOIN questions q ON q.id = ma.question_id
JOIN documents d ON d.id = ma.document_id
WHERE ma.entity_id = ?1 AND ma.field = 'question'
ORDER BY ma.document_id, q.ordinal
LIMIT ?3
)sql";

constexpr const char* kDocumentEvidenceSql = R"sql(
SELECT DISTINCT ma.document_id, d.file, coalesce(d.official_id, d.zaak, ''), '', 0
FROM mentions ma
JOIN mentions mb ON mb.document_id = ma.document_id AND mb.entity_id = ?2 AND mb.field <> 'answer'
JOIN documents d ON d.id = ma.document_id
WHERE ma.entity_id = ?1 AND ma.field <> 'answer'
ORDER BY ma.document_id
LIMIT ?3
)sql";

long total(sql::Database& db, const char* table) {
    auto stmt = db.prepare(std::string("SELECT count(*) FROM ") + table);
    stmt.step();
    return static_cast<long>(stmt.column_int(0));
}

double score(const CoMentionPair& pair, CoMentionSort sort, CoMentionScope scope) {
    switch (sort) {
    case CoMentionSort::npmi: return pair.npmi;
    case CoMentionSort::jaccard: return pair.jaccard;
    case CoMentionSort::count: break;
    }
    return scope == CoMentionScope::question ? pair.questions : pair.documents;
}

void read_pairs(sql::Database& db, const CoMentionQuery& query, bool reversed, long units,
                std::vector<CoMentionPair>& out) {
    auto stmt = db.prepare(kPairsSql);
    stmt.bind(1, to_string(query.kind)).bind(2, to_string(query.with)).bind(3, reversed ? 1 : 0);
    const bool by_question = query.scope == CoMentionScope::question;
    while (stmt.step()) {
        CoMentionPair pair;
        pair.a = {stmt.column_text(0), stmt.column_text(1), query.kind};
        pair.b = {stmt.column_text(2), stmt.column_text(3), query.with};
        pair.questions = static_cast<int>(stmt.column_int(4));
        pair.documents = static_cast<int>(stmt.column_int(by_question ? 5 : 6));
        long n_ab = by_question ? pair.questions : pair.documents;
        long n_a = stmt.column_int(by_question ? 7 : 9);
        long n_b = stmt.column_int(by_question ? 8 : 10);
        if (n_ab < query.min || n_ab <= 0) continue;
        pair.jaccard = jaccard_score(n_ab, n_a, n_b);
        pair.npmi = npmi_score(n_ab, n_a, n_b, units);
        out.push_back(std::move(pair));
    }
}

}  // namespace

double jaccard_score(long n_ab, long n_a, long n_b) {
    long united = n_a + n_b - n_ab;
    return united > 0 ? static_cast<double>(n_ab) / static_cast<double>(united) : 0.0;
}

double npmi_score(long n_ab, long n_a, long n_b, long n) {
    if (n_ab <= 0 || n_a <= 0 || n_b <= 0 || n <= 0) return -1.0;
    double p_ab = static_cast<double>(n_ab) / static_cast<double>(n);
    double p_a = static_cast<double>(n_a) / static_cast<double>(n);
    double p_b = static_cast<double>(n_b) / static_cast<double>(n);
    if (p_ab >= 1.0) return 1.0;
    return std::log(p_ab / (p_a * p_b)) / -std::log(p_ab);
}

std::vector<CoMentionPair> co_mentions(sql::Database& db, const CoMentionQuery& query) {
    const bool by_question = query.scope == CoMentionScope::question;
    const long units = total(db, by_question ? "questions" : "documents");
    std::vector<CoMentionPair> pairs;
    read_pairs(db, query, false, units, pairs);
    if (query.kind != query.with) read_pairs(db, query, true, units, pairs);

    std::sort(pairs.begin(), pairs.end(), [&](const CoMentionPair& x, const CoMentionPair& y) {
        double sx = score(x, query.sort, query.scope), sy = score(y, query.sort, query.scope);
        return std::tie(sy, x.a.name, x.b.name) < std::tie(sx, y.a.name, y.b.name);
    });
    if (query.top && pairs.size() > query.top) pairs.resize(query.top);

    for (CoMentionPair& pair : pairs)
        pair.evidence = pair_evidence(db, pair.a.id, pair.b.id, query.scope, query.evidence);
    return pairs;
}

std::vector<Evidence> pair_evidence(sql::Database& db, const std::string& a, const std::string& b,
                                    CoMentionScope scope, std::size_t limit) {
    auto stmt = db.prepare(scope == CoMentionScope::question ? kQuestionEvidenceSql : kDocumentEvidenceSql);
    stmt.bind(1, a).bind(2, b).bind(3, limit ? static_cast<std::int64_t>(limit) : -1);
    std::vector<Evidence> evidence;
    while (stmt.step())
        evidence.push_back(Evidence{stmt.column_int(0), stmt.column_text(1), stmt.column_text(2), stmt.column_text(3)});
    return evidence;
}

std::string evidence_summary(const std::vector<Evidence>& evidence) {
    std::string text;
    for (const Evidence& e : evidence) {
        if (!text.empty()) text += "; ";
        text += e.official_id.empty() ? std::filesystem::path(e.file).filename().string() : e.official_id;
        if (!e.question.empty()) text += " question " + e.question;
    }
    return text;
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
        edge.tooltip = evidence_summary(pair.evidence);
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

}  // namespace riskgraph
