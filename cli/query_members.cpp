// riskgraph query|render members, and parties
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/query_registry.h"
#include "queries/members.h"
#include "queries/name_resolution.h"

namespace riskgraph::cli {
namespace {

struct MembersArguments {
    std::vector<std::string> kinds;
    std::string entity;
    std::size_t top = 0;
};

MembersQuery to_query(Store& store, const MembersArguments& args, MemberGrouping group) {
    MembersQuery query;
    query.group = group;
    for (const std::string& kind : args.kinds) query.kinds.push_back(parse_entity_kind(kind, "--kind"));
    query.top = args.top;
    if (!args.entity.empty()) query.entity = resolve_entity(store.db(), args.entity);
    return query;
}

void write_json(JsonWriter& w, const MembersQuery& query, const std::vector<MemberEntityRow>& rows) {
    const bool by_party = query.group == MemberGrouping::party;
    w.StartObject();
    w.Key("query");
    w.String(by_party ? "parties" : "members");
    w.Key("kinds");
    w.StartArray();
    if (!query.entity)
        for (EntityKind kind : member_query_kinds(query)) json_string(w, to_string(kind));
    w.EndArray();
    w.Key("entity");
    if (query.entity)
        json_entity(w, *query.entity);
    else
        w.Null();
    w.Key("rows");
    w.StartArray();
    for (const MemberEntityRow& row : rows) {
        w.StartObject();
        if (by_party) {
            w.Key("party");
            json_string_or_null(w, row.who.party);
        } else {
            w.Key("member");
            w.StartObject();
            w.Key("id");
            w.Int64(row.who.id);
            w.Key("name");
            json_string(w, row.who.name);
            w.Key("party");
            json_string_or_null(w, row.who.party);
            w.EndObject();
        }
        w.Key("entity");
        json_entity(w, row.entity);
        w.Key("questions");
        w.Int(row.questions);
        w.Key("documents");
        w.Int(row.documents);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

void add_grouped(QueryCommands& commands, MemberGrouping group) {
    const bool by_party = group == MemberGrouping::party;
    auto args = std::make_shared<MembersArguments>();
    add_query(
        commands, by_party ? "parties" : "members",
        by_party ? "Which entities each party's members ask about, with counts"
                 : "Which entities each member of parliament asks about, with counts",
        [args](CLI::App& cmd) {
            cmd.add_option("--kind", args->kinds,
                           "entity kind to count (repeatable; default vendor and institution)");
            cmd.add_option("--entity", args->entity, "only this entity (id, name or alias)");
            cmd.add_option("--top", args->top, "at most N rows, most questions first (default: all)");
        },
        [args, group, by_party](Store& store) {
            MembersQuery query = to_query(store, *args, group);
            auto rows = std::make_shared<std::vector<MemberEntityRow>>(members_by_entity(store.db(), query));
            QueryResult result;
            result.empty = rows->empty();
            if (by_party)
                result.header = {"party", "entity", "kind", "questions", "documents"};
            else
                result.header = {"member", "party", "entity", "kind", "questions", "documents"};
            for (const MemberEntityRow& row : *rows) {
                Row out;
                out.push_back(row.who.name);
                if (!by_party) out.push_back(row.who.party);
                out.push_back(row.entity.name);
                out.push_back(std::string(to_string(row.entity.kind)));
                out.push_back(std::to_string(row.questions));
                out.push_back(std::to_string(row.documents));
                result.rows.push_back(std::move(out));
            }
            result.json = [query, rows](JsonWriter& w) { write_json(w, query, *rows); };
            result.graph = [query, rows] { return members_graph(*rows, query); };
            return result;
        });
}

}  // namespace

void add_members_query(QueryCommands& commands) {
    add_grouped(commands, MemberGrouping::member);
    add_grouped(commands, MemberGrouping::party);
}

}  // namespace riskgraph::cli
