// How often one entity is asked about over time: questions and documents
// naming it per month or year of submission, optionally one series per party
// or per member who asked.
#pragma once

#include <string>
#include <vector>

#include "graph/result_graph.h"
#include "graph/sqlite.h"
#include "queries/co_mentions.h"

namespace riskgraph {

enum class TimelinePeriod { month, year };
enum class TimelineSplit { none, party, member };

// The period of documents without a submitted date.
inline constexpr const char* kUndated = "undated";
// The series of documents that print no party (split party) or no member.
inline constexpr const char* kNoParty = "(no party)";
inline constexpr const char* kNoMember = "(no member)";

struct TimelineQuery {
    EntityRef entity;  // resolved by the caller (queries/name_resolution.h)
    TimelinePeriod by = TimelinePeriod::month;
    TimelineSplit split = TimelineSplit::none;
};

struct TimelinePoint {
    std::string series;  // "" without split; party name, or "Name (Party)"
    std::string period;  // "2024-03", "2024" or "undated"
    int questions = 0;   // questions whose text names the entity
    int documents = 0;   // documents naming it in the subject or a question
};

struct Timeline {
    EntityRef entity;
    std::vector<std::string> series;    // in the order they first appear below; {""} without split
    std::vector<TimelinePoint> points;  // by series (most questions first), then period; undated last
    int undated_documents = 0;          // over all series
};

// Only periods with at least one document appear (no zero rows). With a
// split a document asked by members of two parties counts in both series.
Timeline timeline(sql::Database& db, const TimelineQuery& query);

// Drawn as a chain: the entity, then per series (a member node, or a party
// entity node) a chain of period nodes "2024-03: 5" in time order; edges
// carry the period's question count as weight.
ResultGraph timeline_graph(const Timeline& timeline, const TimelineQuery& query);

}  // namespace riskgraph
