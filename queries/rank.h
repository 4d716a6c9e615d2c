// Which entities are central in the co-mention graph: degree, PageRank or
// betweenness, computed with Boost.Graph.
#pragma once

#include <optional>
#include <vector>

#include "graph/graph_view.h"
#include "queries/co_mentions.h"

namespace riskgraph {

enum class RankMeasure { degree, pagerank, betweenness };

struct RankQuery {
    RankMeasure by = RankMeasure::degree;
    std::optional<EntityKind> kind;  // list only this kind (computed on the whole graph)
    std::size_t top = 0;             // 0: all
    LinkScope scope = LinkScope::question;
};

struct RankedEntity {
    EntityRef entity;
    double score = 0;   // degree: distinct neighbours; pagerank: sums to 1 over the graph;
                        // betweenness: shortest paths (between other pairs) through it, pairs counted once
    int degree = 0;     // distinct entities named with it
    int strength = 0;   // sum of its links' questions (or documents)
};

std::vector<RankedEntity> rank_entities(sql::Database& db, const RankQuery& query);

}  // namespace riskgraph
