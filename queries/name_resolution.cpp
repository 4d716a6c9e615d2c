#include "queries/name_resolution.h"

#include <algorithm>
#include <map>

#include "importers/text_folding.h"

namespace riskgraph {
namespace {

std::string describe(const std::vector<EntityRef>& refs) {
    std::string text;
    for (const EntityRef& ref : refs) {
        if (!text.empty()) text += ", ";
        text += ref.id + " (" + ref.name + ", " + std::string(to_string(ref.kind)) + ")";
    }
    return text;
}

std::string strip_prefix_mark(std::string alias) {
    if (!alias.empty() && alias.back() == '*') alias.pop_back();
    return alias;
}

}  // namespace

AmbiguousNameError::AmbiguousNameError(const std::string& name, std::vector<EntityRef> candidates)
    : Error("\"" + name + "\" is ambiguous; it names " + describe(candidates) + ". Give the id instead.",
            kExitAmbiguous),
      candidates_(std::move(candidates)) {}

EntityRef resolve_entity(sql::Database& db, std::string_view name) {
    static const TextFolder folder;
    const std::string wanted = folder.fold(name);
    std::map<std::string, EntityRef> exact;
    std::map<std::string, EntityRef> partial;

    auto stmt = db.prepare(
        "SELECT e.id, e.name, e.kind, e.id FROM entities e"
        " UNION ALL SELECT e.id, e.name, e.kind, e.name FROM entities e"
        " UNION ALL SELECT e.id, e.name, e.kind, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id");
    while (stmt.step()) {
        EntityRef ref{stmt.column_text(0), stmt.column_text(1),
                      entity_kind_from_string(stmt.column_text(2)).value_or(EntityKind::topic)};
        std::string folded = folder.fold(strip_prefix_mark(stmt.column_text(3)));
        if (folded == wanted)
            exact.emplace(ref.id, ref);
        else if (!wanted.empty() && folded.find(wanted) != std::string::npos)
            partial.emplace(ref.id, ref);
    }
    if (exact.size() == 1) return exact.begin()->second;
    // An id is unique by definition: it wins over a shared name or alias.
    for (const auto& [id, ref] : exact)
        if (id == name) return ref;
    if (exact.size() > 1) {
        std::vector<EntityRef> candidates;
        for (auto& [id, ref] : exact) candidates.push_back(ref);
        throw AmbiguousNameError(std::string(name), std::move(candidates));
    }
    std::string message = "no entity is called \"" + std::string(name) + "\"";
    if (!partial.empty()) {
        std::vector<EntityRef> close;
        for (auto& [id, ref] : partial) {
            close.push_back(ref);
            if (close.size() == 8) break;
        }
        message += "; did you mean " + describe(close) + "?";
    }
    throw Error(message, kExitNoResults);
}

}  // namespace riskgraph
