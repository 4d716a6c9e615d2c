// Everything the graph knows about one entity: who raises it, when, with what
// else, and the sources cited beside it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "queries/co_mentions.h"

namespace riskgraph {

struct ProfileCount {
    std::string name;   // member "Name (Party)", party, URL or entity name
    std::string id;     // entity id where the row is an entity
    int questions = 0;
    int documents = 0;
};

struct EntityProfile {
    EntityRef entity;
    std::vector<std::string> aliases;
    std::map<std::string, std::string> external_ids;
    std::string source;
    int questions = 0;   // questions whose text names it
    int documents = 0;   // documents naming it in subject or questions
    std::string first;   // earliest and latest submitted date of those documents
    std::string last;
    std::vector<ProfileCount> members;  // who raise it: "Name (Party)"
    std::vector<ProfileCount> parties;
    std::map<EntityKind, std::vector<ProfileCount>> named_with;  // per kind, strongest first
    std::vector<ProfileCount> sources;  // URLs cited by questions naming it
};

// `limit` caps each list (0: no cap).
EntityProfile entity_profile(sql::Database& db, const EntityRef& entity, std::size_t limit);

// The entity at the centre, its members and strongest co-named entities around it.
ResultGraph profile_graph(const EntityProfile& profile);

}  // namespace riskgraph
