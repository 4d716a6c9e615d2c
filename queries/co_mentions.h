// Which entities of one kind are named together with entities of another,
// in the same question or the same document: counts, association scores
// against chance, and the evidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

enum class CoMentionScope { question, document };
enum class CoMentionSort { count, npmi, jaccard };

struct CoMentionQuery {
    EntityKind kind = EntityKind::vendor;
    EntityKind with = EntityKind::institution;
    CoMentionScope scope = CoMentionScope::question;
    int min = 1;                // least count (questions or documents, by scope) to list a pair
    CoMentionSort sort = CoMentionSort::count;
    std::size_t top = 0;        // 0: every pair
    std::size_t evidence = 0;   // evidence items per pair; 0: all
};

struct EntityRef {
    std::string id;
    std::string name;
    EntityKind kind = EntityKind::topic;
};

struct Evidence {
    std::int64_t document_id = 0;
    std::string file;
    std::string official_id;
    std::string question;  // question number as printed; empty for document scope
};

struct CoMentionPair {
    EntityRef a;  // of CoMentionQuery::kind
    EntityRef b;  // of CoMentionQuery::with
    int questions = 0;   // questions whose text names both
    int documents = 0;   // scope question: documents with such a question; scope document: documents naming both
    // Over the scope's units (questions or documents) of the whole graph:
    double jaccard = 0;  // |A ∩ B| / |A ∪ B|
    double npmi = 0;     // log(p(ab) / (p(a) p(b))) / -log p(ab), in [-1, 1]
    std::vector<Evidence> evidence;
};

// Sorted by the chosen score, strongest first, then by names.
std::vector<CoMentionPair> co_mentions(sql::Database& db, const CoMentionQuery& query);

// The questions (scope question) or documents (scope document) that name
// both a and b, in document order; at most `limit` (0: all).
std::vector<Evidence> pair_evidence(sql::Database& db, const std::string& a, const std::string& b,
                                    CoMentionScope scope, std::size_t limit);

// "kv-tk-2024Z18775 question 5; ..." for tooltips.
std::string evidence_summary(const std::vector<Evidence>& evidence);
// "file:///abs/path/doc.txt" of the first evidence document, for links; "" if none.
std::string evidence_link(const std::vector<Evidence>& evidence);

// The pairs as a bipartite graph for viz/.
ResultGraph co_mentions_graph(const std::vector<CoMentionPair>& pairs, const CoMentionQuery& query);

// Association scores from counts: n_ab units name both, n_a and n_b name
// each, of n units in all. Exposed for tests.
double jaccard_score(long n_ab, long n_a, long n_b);
double npmi_score(long n_ab, long n_a, long n_b, long n);

}  // namespace riskgraph
