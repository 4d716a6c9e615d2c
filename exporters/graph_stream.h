// The entity graph as a stream of nodes, then edges, for the network formats
// (GraphML, GEXF, DOT, the graph part of ndjson and neo4j). Two producers
// feed the same sinks: the whole store, read row by row so memory does not
// grow with the number of documents, and a query's ResultGraph.
#pragma once

#include <string>

#include "graph/model.h"
#include "graph/result_graph.h"
#include "graph/sqlite.h"

namespace riskgraph {

// An entity with what the documents say of it. Counts and dates are over the
// whole store, also when a query chose the node.
struct NodeRecord {
    std::string id;
    std::string name;
    EntityKind kind = EntityKind::topic;
    long long documents = 0;  // documents naming it anywhere (subject, question, answer)
    long long questions = 0;  // questions whose text names it
    std::string first_date;   // earliest submitted date of those documents; empty if none
    std::string last_date;    // latest
};

// Two entities named in the text of one question; source < target by id.
struct EdgeRecord {
    std::string source;
    std::string target;
    long long questions = 0;  // questions naming both
    long long documents = 0;  // documents with such a question
    double jaccard = 0;
    double npmi = 0;
};

class GraphSink {
public:
    virtual ~GraphSink() = default;
    virtual void node(const NodeRecord& node) = 0;
    virtual void edge(const EdgeRecord& edge) = 0;
    // After the last edge: closing tags, flushing.
    virtual void finish() = 0;
};

// Every entity (named or not), then every co-mention pair. Calls finish().
void stream_store_graph(sql::Database& db, GraphSink& sink);
// Only the co-mention pairs, without nodes or finish().
void stream_store_edges(sql::Database& db, GraphSink& sink);

// The query's nodes and edges, no others, with the statistics above. Every
// node must be an entity in the store (co_mentions_graph makes only those).
// Throws Error for a node that is not. Calls finish().
void stream_result_graph(sql::Database& db, const ResultGraph& graph, GraphSink& sink);

}  // namespace riskgraph
