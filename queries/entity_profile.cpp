#include "queries/entity_profile.h"

namespace riskgraph {
namespace {

// Documents counted are those naming the entity outside the answers, as in
// entity_counts; questions are those whose text names it.
constexpr const char* kMembersSql = R"sql(
SELECT m.name, coalesce(p.name, ''), count(DISTINCT x.question_id), count(DISTINCT x.document_id)
FROM (SELECT document_id, CASE WHEN field = 'question' THEN question_id END AS question_id
      FROM entity_mentions WHERE entity_id = ?1 AND field <> 'answer') x
JOIN document_members dm ON dm.document_id = x.document_id
JOIN members m ON m.id = dm.member_id
LEFT JOIN parties p ON p.id = m.party_id
GROUP BY m.id ORDER BY 4 DESC, 3 DESC, m.name LIMIT ?2
)sql";

constexpr const char* kPartiesSql = R"sql(
SELECT coalesce(p.name, '(no party)'), count(DISTINCT x.question_id), count(DISTINCT x.document_id)
FROM (SELECT document_id, CASE WHEN field = 'question' THEN question_id END AS question_id
      FROM entity_mentions WHERE entity_id = ?1 AND field <> 'answer') x
JOIN document_members dm ON dm.document_id = x.document_id
JOIN members m ON m.id = dm.member_id
LEFT JOIN parties p ON p.id = m.party_id
GROUP BY p.id ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?2
)sql";

constexpr const char* kNamedWithSql = R"sql(
SELECT e.id, e.name, e.kind, c.questions, c.documents
FROM co_mentions c JOIN entities e ON e.id = CASE WHEN c.a = ?1 THEN c.b ELSE c.a END
WHERE c.a = ?1 OR c.b = ?1
ORDER BY c.questions DESC, c.documents DESC, e.name
)sql";

constexpr const char* kSourcesSql = R"sql(
SELECT s.url, count(DISTINCT s.question_id), count(DISTINCT s.document_id)
FROM sources s
WHERE s.question_id IN (SELECT question_id FROM entity_mentions WHERE entity_id = ?1 AND field = 'question')
GROUP BY s.url ORDER BY 2 DESC, 1 LIMIT ?2
)sql";

std::int64_t sql_limit(std::size_t limit) { return limit ? static_cast<std::int64_t>(limit) : -1; }

}  // namespace

EntityProfile entity_profile(sql::Database& db, const EntityRef& entity, std::size_t limit) {
    EntityProfile profile;
    profile.entity = entity;
    {
        auto stmt = db.prepare("SELECT coalesce(source, '') FROM entities WHERE id = ?");
        stmt.bind(1, entity.id);
        if (stmt.step()) profile.source = stmt.column_text(0);
    }
    {
        auto stmt = db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias");
        stmt.bind(1, entity.id);
        while (stmt.step()) profile.aliases.push_back(stmt.column_text(0));
    }
    {
        auto stmt = db.prepare("SELECT scheme, value FROM entity_external_ids WHERE entity_id = ?");
        stmt.bind(1, entity.id);
        while (stmt.step()) profile.external_ids[stmt.column_text(0)] = stmt.column_text(1);
    }
    {
        auto stmt = db.prepare("SELECT questions, documents FROM entity_counts WHERE entity_id = ?");
        stmt.bind(1, entity.id);
        if (stmt.step()) {
            profile.questions = static_cast<int>(stmt.column_int(0));
            profile.documents = static_cast<int>(stmt.column_int(1));
        }
    }
    {
        auto stmt = db.prepare(
            "SELECT coalesce(min(d.submitted), ''), coalesce(max(d.submitted), '') FROM documents d"
            " WHERE d.id IN (SELECT document_id FROM entity_mentions WHERE entity_id = ? AND field <> 'answer')");
        stmt.bind(1, entity.id);
        if (stmt.step()) {
            profile.first = stmt.column_text(0);
            profile.last = stmt.column_text(1);
        }
    }
    {
        auto stmt = db.prepare(kMembersSql);
        stmt.bind(1, entity.id).bind(2, sql_limit(limit));
        while (stmt.step()) {
            std::string party = stmt.column_text(1);
            profile.members.push_back(ProfileCount{stmt.column_text(0) + (party.empty() ? "" : " (" + party + ")"), "",
                                                   static_cast<int>(stmt.column_int(2)),
                                                   static_cast<int>(stmt.column_int(3))});
        }
    }
    {
        auto stmt = db.prepare(kPartiesSql);
        stmt.bind(1, entity.id).bind(2, sql_limit(limit));
        while (stmt.step())
            profile.parties.push_back(ProfileCount{stmt.column_text(0), "", static_cast<int>(stmt.column_int(1)),
                                                   static_cast<int>(stmt.column_int(2))});
    }
    {
        auto stmt = db.prepare(kNamedWithSql);
        stmt.bind(1, entity.id);
        while (stmt.step()) {
            EntityKind kind = entity_kind_from_string(stmt.column_text(2)).value_or(EntityKind::topic);
            auto& list = profile.named_with[kind];
            if (limit && list.size() >= limit) continue;
            list.push_back(ProfileCount{stmt.column_text(1), stmt.column_text(0), static_cast<int>(stmt.column_int(3)),
                                        static_cast<int>(stmt.column_int(4))});
        }
    }
    {
        auto stmt = db.prepare(kSourcesSql);
        stmt.bind(1, entity.id).bind(2, sql_limit(limit));
        while (stmt.step())
            profile.sources.push_back(ProfileCount{stmt.column_text(0), "", static_cast<int>(stmt.column_int(1)),
                                                   static_cast<int>(stmt.column_int(2))});
    }
    return profile;
}

ResultGraph profile_graph(const EntityProfile& profile) {
    ResultGraph graph;
    graph.layout = ResultLayout::radial;
    graph.title = profile.entity.name + ": who raises it and what it is named with";
    const EntityRef& e = profile.entity;
    graph.nodes.push_back(ResultNode{e.id, e.name, NodeKind::entity, e.kind,
                                     e.name + ": " + std::to_string(profile.questions) + " questions in " +
                                         std::to_string(profile.documents) + " documents",
                                     ""});
    for (const auto& [kind, list] : profile.named_with)
        for (const ProfileCount& c : list) {
            graph.nodes.push_back(ResultNode{c.id, c.name, NodeKind::entity, kind,
                                             c.name + " (" + std::string(to_string(kind)) + ")", ""});
            graph.edges.push_back(ResultEdge{e.id, c.id, static_cast<double>(c.questions),
                                             std::to_string(c.questions),
                                             std::to_string(c.questions) + " questions name both"});
        }
    for (std::size_t i = 0; i < profile.members.size(); ++i) {
        const ProfileCount& m = profile.members[i];
        std::string id = "member:" + m.name;
        graph.nodes.push_back(ResultNode{id, m.name, NodeKind::member, std::nullopt,
                                         m.name + " asked " + std::to_string(m.questions) + " questions naming " + e.name,
                                         ""});
        graph.edges.push_back(ResultEdge{id, e.id, static_cast<double>(m.questions), std::to_string(m.questions),
                                         m.name + ": " + std::to_string(m.documents) + " documents"});
    }
    return graph;
}

}  // namespace riskgraph
