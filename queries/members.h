// Who asks about what: members of parliament (or their parties) against the
// entities their questions name, with the number of questions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/result_graph.h"
#include "graph/sqlite.h"
#include "queries/co_mentions.h"

namespace riskgraph {

enum class MemberGrouping { member, party };

// The party of members whose party is not printed.
inline constexpr const char* kNoPartyName = "(no party)";

struct MembersQuery {
    MemberGrouping group = MemberGrouping::member;
    // Entity kinds to count; empty means the default, vendor and institution.
    std::vector<EntityKind> kinds;
    std::optional<EntityRef> entity;  // only this entity (kinds then ignored)
    std::size_t top = 0;              // 0: every row
};

// The kinds a query counts: its own, else vendor and institution.
std::vector<EntityKind> member_query_kinds(const MembersQuery& query);

struct MemberRef {
    std::int64_t id = 0;  // members.id (parties.id when grouped by party; 0: no party)
    std::string name;     // member name, or party name
    std::string party;    // party name; "" when not printed (for parties: == name, or "")
};

struct MemberEntityRow {
    MemberRef who;
    EntityRef entity;
    int questions = 0;  // questions asked by them whose text names the entity
    int documents = 0;  // their documents naming it in the subject or a question
};

// Most questions first, then documents, then names.
std::vector<MemberEntityRow> members_by_entity(sql::Database& db, const MembersQuery& query);

// Bipartite: members (NodeKind::member) or parties (entity nodes of kind
// party) on the left, entities on the right, edge weight = questions.
ResultGraph members_graph(const std::vector<MemberEntityRow>& rows, const MembersQuery& query);

}  // namespace riskgraph
