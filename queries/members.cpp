#include "queries/members.h"

#include <set>

namespace riskgraph {
namespace {

// A member "asks about" an entity when a document they signed names it in
// its subject or a question text (answers are the government's words, not
// theirs). Questions are counted once per member even when the text names
// the entity twice; a question signed by two members counts for both.
constexpr const char* kSelect = R"sql(
SELECT %WHO_ID%, %WHO_NAME%, coalesce(p.name, ''), e.id, e.name, e.kind,
       count(DISTINCT CASE WHEN m.field = 'question' THEN m.question_id END) AS questions,
       count(DISTINCT m.document_id) AS documents
FROM entity_mentions m
JOIN entities e ON e.id = m.entity_id
JOIN document_members dm ON dm.document_id = m.document_id
JOIN members mem ON mem.id = dm.member_id
LEFT JOIN parties p ON p.id = mem.party_id
WHERE m.field <> 'answer' AND %FILTER%
GROUP BY 1, e.id
ORDER BY questions DESC, documents DESC, 2, e.name, e.id
LIMIT ?1
)sql";

std::string replace(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

}  // namespace

std::vector<EntityKind> member_query_kinds(const MembersQuery& query) {
    if (!query.kinds.empty()) return query.kinds;
    return {EntityKind::vendor, EntityKind::institution};
}

std::vector<MemberEntityRow> members_by_entity(sql::Database& db, const MembersQuery& query) {
    const bool by_party = query.group == MemberGrouping::party;
    const std::vector<EntityKind> kinds = member_query_kinds(query);
    std::string filter;
    if (query.entity) {
        filter = "e.id = ?2";
    } else {
        filter = "e.kind IN (";
        for (std::size_t i = 0; i < kinds.size(); ++i) filter += (i ? ",?" : "?") + std::to_string(i + 2);
        filter += ")";
    }
    std::string sql = replace(kSelect, "%WHO_ID%", by_party ? "coalesce(p.id, 0)" : "mem.id");
    sql = replace(sql, "%WHO_NAME%", by_party ? "coalesce(p.name, '(no party)')" : "mem.name");
    sql = replace(sql, "%FILTER%", filter);

    auto stmt = db.prepare(sql);
    stmt.bind(1, query.top ? static_cast<std::int64_t>(query.top) : -1);
    if (query.entity)
        stmt.bind(2, query.entity->id);
    else
        for (std::size_t i = 0; i < kinds.size(); ++i) stmt.bind(static_cast<int>(i + 2), to_string(kinds[i]));

    std::vector<MemberEntityRow> rows;
    while (stmt.step()) {
        MemberEntityRow row;
        row.who = {stmt.column_int(0), stmt.column_text(1), stmt.column_text(2)};
        row.entity = {stmt.column_text(3), stmt.column_text(4),
                      entity_kind_from_string(stmt.column_text(5)).value_or(EntityKind::topic)};
        row.questions = static_cast<int>(stmt.column_int(6));
        row.documents = static_cast<int>(stmt.column_int(7));
        rows.push_back(std::move(row));
    }
    return rows;
}

ResultGraph members_graph(const std::vector<MemberEntityRow>& rows, const MembersQuery& query) {
    const bool by_party = query.group == MemberGrouping::party;
    ResultGraph graph;
    graph.layout = ResultLayout::bipartite;
    graph.directed = true;
    graph.title = by_party ? "Parties and what their members ask about" : "Members and what they ask about";
    auto who_id = [&](const MemberRef& who) {
        return (by_party ? "party:" : "member:") + std::to_string(who.id);
    };
    std::set<std::string> seen;
    for (const MemberEntityRow& row : rows) {
        std::string id = who_id(row.who);
        if (!seen.insert(id).second) continue;
        ResultNode node;
        node.id = id;
        if (by_party) {
            node.label = row.who.name;
            node.node_kind = NodeKind::entity;
            node.entity_kind = EntityKind::party;
        } else {
            node.label = row.who.party.empty() ? row.who.name : row.who.name + " (" + row.who.party + ")";
            node.node_kind = NodeKind::member;
        }
        node.tooltip = node.label;
        graph.nodes.push_back(std::move(node));
    }
    for (const MemberEntityRow& row : rows) {
        if (!seen.insert("entity:" + row.entity.id).second) continue;
        ResultNode node;
        node.id = "entity:" + row.entity.id;
        node.label = row.entity.name;
        node.node_kind = NodeKind::entity;
        node.entity_kind = row.entity.kind;
        node.tooltip = row.entity.name + " (" + std::string(to_string(row.entity.kind)) + ", id " + row.entity.id + ")";
        graph.nodes.push_back(std::move(node));
    }
    for (const MemberEntityRow& row : rows) {
        ResultEdge edge;
        edge.from = who_id(row.who);
        edge.to = "entity:" + row.entity.id;
        edge.weight = row.questions;
        edge.label = std::to_string(row.questions);
        edge.tooltip = std::to_string(row.questions) + " questions in " + std::to_string(row.documents) + " documents";
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

}  // namespace riskgraph
