// Which entities of one kind are named together with entities of another,
// in the same question or the same document, with the evidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

enum class CoMentionScope { question, document };

struct CoMentionQuery {
    EntityKind kind = EntityKind::vendor;
    EntityKind with = EntityKind::institution;
    CoMentionScope scope = CoMentionScope::question;
    int min = 1;                   // least count (of questions or documents, by scope) to list a pair
    bool include_answers = false;  // question scope: count mentions in the answer as in the question
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
    int questions = 0;  // questions that name both
    int documents = 0;  // documents that name both (anywhere, scope document) or in one question
    std::vector<Evidence> evidence;
};

// Sorted by count (by scope) descending, then by names.
std::vector<CoMentionPair> co_mentions(sql::Database& db, const CoMentionQuery& query);

// The pairs as a bipartite graph for viz/.
ResultGraph co_mentions_graph(const std::vector<CoMentionPair>& pairs, const CoMentionQuery& query);

}  // namespace riskgraph
