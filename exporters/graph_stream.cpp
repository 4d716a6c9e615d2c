#include "exporters/graph_stream.h"

#include <map>

#include "graph/errors.h"
#include "queries/co_mentions.h"

namespace riskgraph {
namespace {

constexpr const char* kNodeSelect = R"sql(
SELECT e.id, e.name, e.kind,
       count(DISTINCT m.document_id),
       count(DISTINCT CASE WHEN m.field = 'question' THEN m.question_id END),
       min(d.submitted), max(d.submitted)
FROM entities e
LEFT JOIN entity_mentions m ON m.entity_id = e.id
LEFT JOIN documents d ON d.id = m.document_id
)sql";

// Pairs named in one question's text, from the counts every import keeps
// (graph/co_mention_stats.h): reading them needs no memory per mention.
constexpr const char* kEdgesSql = R"sql(
SELECT c.a, c.b, c.questions, c.question_documents, coalesce(ca.questions, 0), coalesce(cb.questions, 0)
FROM co_mentions c
LEFT JOIN entity_counts ca ON ca.entity_id = c.a
LEFT JOIN entity_counts cb ON cb.entity_id = c.b
WHERE c.questions > 0
ORDER BY c.a, c.b
)sql";

constexpr const char* kPairSql = R"sql(
SELECT coalesce(max(questions), 0), coalesce(max(question_documents), 0) FROM co_mentions
WHERE a = min(?1, ?2) AND b = max(?1, ?2)
)sql";

long question_total(sql::Database& db) {
    auto stmt = db.prepare("SELECT count(*) FROM questions");
    stmt.step();
    return stmt.column_int(0);
}

NodeRecord node_from_row(const sql::Statement& row) {
    NodeRecord node;
    node.id = row.column_text(0);
    node.name = row.column_text(1);
    node.kind = entity_kind_from_string(row.column_text(2)).value_or(EntityKind::topic);
    node.documents = row.column_int(3);
    node.questions = row.column_int(4);
    node.first_date = row.column_text(5);
    node.last_date = row.column_text(6);
    return node;
}

// Counts over questions: a and b name each, both name both, of total.
struct QuestionCounts {
    long a = 0, b = 0, both = 0, total = 0;
};

// The scores are the co-mention query's (queries/co_mentions.h), over questions.
EdgeRecord edge_with_measures(std::string source, std::string target, const QuestionCounts& n, long documents) {
    // Undirected: the smaller id first, as in the whole-store stream.
    if (target < source) std::swap(source, target);
    return EdgeRecord{std::move(source), std::move(target), n.both, documents, jaccard_score(n.both, n.a, n.b),
                      npmi_score(n.both, n.a, n.b, n.total)};
}

}  // namespace

void stream_store_edges(sql::Database& db, GraphSink& sink) {
    long total = question_total(db);
    auto edges = db.prepare(kEdgesSql);
    while (edges.step()) {
        QuestionCounts counts{edges.column_int(4), edges.column_int(5), edges.column_int(2), total};
        sink.edge(edge_with_measures(edges.column_text(0), edges.column_text(1), counts, edges.column_int(3)));
    }
}

void stream_store_graph(sql::Database& db, GraphSink& sink) {
    auto nodes = db.prepare(std::string(kNodeSelect) + " GROUP BY e.id ORDER BY e.id");
    while (nodes.step()) sink.node(node_from_row(nodes));
    stream_store_edges(db, sink);
    sink.finish();
}

void stream_result_graph(sql::Database& db, const ResultGraph& graph, GraphSink& sink) {
    auto node_stmt = db.prepare(std::string(kNodeSelect) + " WHERE e.id = ?1 GROUP BY e.id");
    std::map<std::string, long> questions;  // per node of the answer, which is held in memory anyway
    for (const ResultNode& result_node : graph.nodes) {
        node_stmt.bind(1, result_node.id);
        if (!node_stmt.step())
            throw Error("export: \"" + result_node.id + "\" is not an entity in " + db.path().string());
        NodeRecord node = node_from_row(node_stmt);
        node_stmt.reset();
        questions[node.id] = node.questions;
        sink.node(node);
    }
    long total = question_total(db);
    auto pair_stmt = db.prepare(kPairSql);
    for (const ResultEdge& result_edge : graph.edges) {
        pair_stmt.bind(1, result_edge.from).bind(2, result_edge.to);
        pair_stmt.step();
        QuestionCounts counts{questions[result_edge.from], questions[result_edge.to], pair_stmt.column_int(0), total};
        long documents = pair_stmt.column_int(1);
        pair_stmt.reset();
        sink.edge(edge_with_measures(result_edge.from, result_edge.to, counts, documents));
    }
    sink.finish();
}

}  // namespace riskgraph
