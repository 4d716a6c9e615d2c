#include "queries/timeline.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace riskgraph {
namespace {

// ?1 entity id, ?2 length of the period prefix of an ISO date (7: month,
// 4: year). The series expression and the member joins are constants chosen
// by the split, never user text. A mention in the subject makes the document
// count but no question; answers count for neither (as in entity_counts).
constexpr const char* kSelect = R"sql(
SELECT %SERIES%,
       CASE WHEN coalesce(d.submitted, '') = '' THEN 'undated' ELSE substr(d.submitted, 1, ?2) END,
       count(DISTINCT CASE WHEN m.field = 'question' THEN m.question_id END),
       count(DISTINCT m.document_id)
FROM entity_mentions m
JOIN documents d ON d.id = m.document_id
%JOINS%
WHERE m.entity_id = ?1 AND m.field <> 'answer'
GROUP BY 1, 2
)sql";

constexpr const char* kMemberJoins = R"sql(
LEFT JOIN document_members dm ON dm.document_id = d.id
LEFT JOIN members mem ON mem.id = dm.member_id
LEFT JOIN parties p ON p.id = mem.party_id
)sql";

constexpr const char* kUndatedSql = R"sql(
SELECT count(DISTINCT m.document_id) FROM entity_mentions m JOIN documents d ON d.id = m.document_id
WHERE m.entity_id = ?1 AND m.field <> 'answer' AND coalesce(d.submitted, '') = ''
)sql";

std::string replace(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string select_sql(TimelineSplit split) {
    std::string series;
    switch (split) {
    case TimelineSplit::none: series = "''"; break;
    case TimelineSplit::party: series = "coalesce(p.name, '(no party)')"; break;
    case TimelineSplit::member:
        series = "CASE WHEN mem.id IS NULL THEN '(no member)' ELSE mem.name || coalesce(' (' || p.name || ')', '') END";
        break;
    }
    return replace(replace(kSelect, "%SERIES%", series), "%JOINS%", split == TimelineSplit::none ? "" : kMemberJoins);
}

std::string series_node_id(const std::string& series, TimelineSplit split) {
    return (split == TimelineSplit::party ? "party:" : "member:") + series;
}

}  // namespace

Timeline timeline(sql::Database& db, const TimelineQuery& query) {
    Timeline result;
    result.entity = query.entity;
    auto stmt = db.prepare(select_sql(query.split));
    stmt.bind(1, query.entity.id).bind(2, query.by == TimelinePeriod::month ? 7 : 4);
    std::map<std::string, int> series_questions;
    while (stmt.step()) {
        TimelinePoint point{stmt.column_text(0), stmt.column_text(1), static_cast<int>(stmt.column_int(2)),
                            static_cast<int>(stmt.column_int(3))};
        series_questions[point.series] += point.questions;
        result.points.push_back(std::move(point));
    }
    auto undated = db.prepare(kUndatedSql);
    undated.bind(1, query.entity.id);
    undated.step();
    result.undated_documents = static_cast<int>(undated.column_int(0));

    // Series with most questions first; periods in time order, undated last.
    auto rank = [&](const TimelinePoint& p) {
        return std::make_tuple(-series_questions[p.series], p.series, p.period == kUndated, p.period);
    };
    std::sort(result.points.begin(), result.points.end(),
              [&](const TimelinePoint& a, const TimelinePoint& b) { return rank(a) < rank(b); });
    for (const TimelinePoint& p : result.points)
        if (result.series.empty() || result.series.back() != p.series) result.series.push_back(p.series);
    return result;
}

ResultGraph timeline_graph(const Timeline& timeline, const TimelineQuery& query) {
    ResultGraph graph;
    graph.layout = ResultLayout::chain;
    graph.directed = true;
    graph.title = "Timeline: " + timeline.entity.name + " (questions per " +
                  (query.by == TimelinePeriod::month ? "month" : "year") + ")";
    if (timeline.points.empty()) return graph;

    ResultNode root;
    root.id = timeline.entity.id;
    root.label = timeline.entity.name;
    root.node_kind = NodeKind::entity;
    root.entity_kind = timeline.entity.kind;
    root.tooltip = timeline.entity.name + " (" + std::string(to_string(timeline.entity.kind)) + ", id " +
                   timeline.entity.id + ")";
    graph.nodes.push_back(std::move(root));

    std::string previous;  // the node the next period hangs from
    std::string series;
    bool first = true;
    for (const TimelinePoint& p : timeline.points) {
        if (first || p.series != series) {
            first = false;
            series = p.series;
            previous = timeline.entity.id;
            if (query.split != TimelineSplit::none) {
                ResultNode node;
                node.id = series_node_id(series, query.split);
                node.label = series;
                if (query.split == TimelineSplit::party) {
                    node.node_kind = NodeKind::entity;
                    node.entity_kind = EntityKind::party;
                } else {
                    node.node_kind = NodeKind::member;
                }
                graph.nodes.push_back(node);
                ResultEdge edge;
                edge.from = previous;
                edge.to = node.id;
                graph.edges.push_back(std::move(edge));
                previous = node.id;
            }
        }
        ResultNode node;
        node.id = "period:" + p.series + ":" + p.period;
        node.label = p.period + ": " + std::to_string(p.questions);
        node.node_kind = NodeKind::question;
        node.tooltip = std::to_string(p.questions) + (p.questions == 1 ? " question" : " questions") + " in " +
                       std::to_string(p.documents) + (p.documents == 1 ? " document" : " documents") +
                       (p.series.empty() ? "" : " (" + p.series + ")");
        ResultEdge edge;
        edge.from = previous;
        edge.to = node.id;
        edge.weight = p.questions;
        graph.edges.push_back(std::move(edge));
        previous = node.id;
        graph.nodes.push_back(std::move(node));
    }
    return graph;
}

}  // namespace riskgraph
