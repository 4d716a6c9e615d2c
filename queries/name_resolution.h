// Turns what an analyst types into one entity: an id, the canonical name or
// any alias, compared without regard to case or diacritics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/errors.h"
#include "graph/sqlite.h"
#include "queries/co_mentions.h"

namespace riskgraph {

// More than one entity answers to the name; what() lists them (exit code 5).
class AmbiguousNameError : public Error {
public:
    AmbiguousNameError(const std::string& name, std::vector<EntityRef> candidates);
    const std::vector<EntityRef>& candidates() const { return candidates_; }

private:
    std::vector<EntityRef> candidates_;
};

// Throws AmbiguousNameError, or Error with kExitNoResults naming close
// candidates when nothing answers to the name.
EntityRef resolve_entity(sql::Database& db, std::string_view name);

}  // namespace riskgraph
