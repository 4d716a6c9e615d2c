// riskgraph query|render entity NAME
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/query_registry.h"
#include "queries/entity_profile.h"
#include "queries/name_resolution.h"

namespace riskgraph::cli {
namespace {

struct EntityArguments {
    std::string name;
    std::size_t limit = 10;
};

void json_counts(JsonWriter& w, const char* key, const std::vector<ProfileCount>& list, const char* name_key) {
    w.Key(key);
    w.StartArray();
    for (const ProfileCount& c : list) {
        w.StartObject();
        w.Key(name_key);
        json_string(w, c.name);
        if (!c.id.empty()) {
            w.Key("id");
            json_string(w, c.id);
        }
        w.Key("questions");
        w.Int(c.questions);
        w.Key("documents");
        w.Int(c.documents);
        w.EndObject();
    }
    w.EndArray();
}

void write_json(JsonWriter& w, const EntityProfile& p) {
    w.StartObject();
    w.Key("query");
    w.String("entity");
    w.Key("entity");
    json_entity(w, p.entity);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : p.aliases) json_string(w, alias);
    w.EndArray();
    w.Key("external_ids");
    w.StartObject();
    for (const auto& [scheme, value] : p.external_ids) {
        w.Key(scheme.c_str());
        json_string(w, value);
    }
    w.EndObject();
    w.Key("source");
    json_string_or_null(w, p.source);
    w.Key("questions");
    w.Int(p.questions);
    w.Key("documents");
    w.Int(p.documents);
    w.Key("first");
    json_string_or_null(w, p.first);
    w.Key("last");
    json_string_or_null(w, p.last);
    json_counts(w, "members", p.members, "member");
    json_counts(w, "parties", p.parties, "party");
    w.Key("named_with");
    w.StartObject();
    for (const auto& [kind, list] : p.named_with) {
        std::string key(to_string(kind));
        json_counts(w, key.c_str(), list, "name");
    }
    w.EndObject();
    json_counts(w, "sources", p.sources, "url");
    w.EndObject();
}

std::vector<Row> table_rows(const EntityProfile& p) {
    std::vector<Row> rows;
    const EntityRef& e = p.entity;
    rows.push_back({"entity", e.name + " (" + std::string(to_string(e.kind)) + ", id " + e.id + ")",
                    std::to_string(p.questions), std::to_string(p.documents)});
    std::string aliases;
    for (const std::string& alias : p.aliases) aliases += (aliases.empty() ? "" : ", ") + alias;
    rows.push_back({"aliases", aliases, "", ""});
    for (const auto& [scheme, value] : p.external_ids) rows.push_back({scheme, value, "", ""});
    if (!p.first.empty()) rows.push_back({"dates", p.first + " … " + p.last, "", ""});
    auto add = [&](const std::string& section, const std::vector<ProfileCount>& list) {
        for (const ProfileCount& c : list)
            rows.push_back({section, c.name, std::to_string(c.questions), std::to_string(c.documents)});
    };
    add("member", p.members);
    add("party", p.parties);
    for (const auto& [kind, list] : p.named_with) add("with " + std::string(to_string(kind)), list);
    add("source", p.sources);
    return rows;
}

}  // namespace

void add_entity_query(QueryCommands& commands) {
    auto args = std::make_shared<EntityArguments>();
    add_query(
        commands, "entity", "Profile of one entity: who raises it, when, with what, which sources",
        [args](CLI::App& cmd) {
            cmd.add_option("name", args->name, "id, name or alias (case and accents do not matter)")->required();
            cmd.add_option("--limit", args->limit, "rows per list (default 10; 0 for all)");
        },
        [args](Store& store) {
            EntityRef entity = resolve_entity(store.db(), args->name);
            auto profile = std::make_shared<EntityProfile>(entity_profile(store.db(), entity, args->limit));
            QueryResult result;
            result.empty = profile->questions == 0 && profile->documents == 0;
            result.header = {"section", "item", "questions", "documents"};
            result.rows = table_rows(*profile);
            result.json = [profile](JsonWriter& w) { write_json(w, *profile); };
            result.graph = [profile] { return profile_graph(*profile); };
            return result;
        });
}

}  // namespace riskgraph::cli
