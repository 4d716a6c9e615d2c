// riskgraph query|render timeline NAME
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/query_registry.h"
#include "queries/name_resolution.h"
#include "queries/timeline.h"

namespace riskgraph::cli {
namespace {

struct TimelineArguments {
    std::string name;
    std::string by = "month";
    std::string split;
};

TimelineQuery to_query(Store& store, const TimelineArguments& args) {
    TimelineQuery query;
    query.by = args.by == "year" ? TimelinePeriod::year : TimelinePeriod::month;
    query.split = args.split == "party"    ? TimelineSplit::party
                  : args.split == "member" ? TimelineSplit::member
                                           : TimelineSplit::none;
    query.entity = resolve_entity(store.db(), args.name);
    return query;
}

const char* split_name(TimelineSplit split) {
    switch (split) {
    case TimelineSplit::party: return "party";
    case TimelineSplit::member: return "member";
    case TimelineSplit::none: break;
    }
    return nullptr;
}

void write_json(JsonWriter& w, const TimelineQuery& query, const Timeline& t) {
    w.StartObject();
    w.Key("query");
    w.String("timeline");
    w.Key("entity");
    json_entity(w, t.entity);
    w.Key("by");
    w.String(query.by == TimelinePeriod::month ? "month" : "year");
    w.Key("split");
    if (const char* split = split_name(query.split))
        w.String(split);
    else
        w.Null();
    w.Key("undated_documents");
    w.Int(t.undated_documents);
    w.Key("series");
    w.StartArray();
    for (const std::string& series : t.series) {
        w.StartObject();
        w.Key("name");
        json_string_or_null(w, series);
        w.Key("points");
        w.StartArray();
        for (const TimelinePoint& p : t.points) {
            if (p.series != series) continue;
            w.StartObject();
            w.Key("period");
            json_string(w, p.period);
            w.Key("questions");
            w.Int(p.questions);
            w.Key("documents");
            w.Int(p.documents);
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

}  // namespace

void add_timeline_query(QueryCommands& commands) {
    auto args = std::make_shared<TimelineArguments>();
    const GlobalOptions* global = commands.global;
    add_query(
        commands, "timeline", "Questions and documents naming an entity, per month or year",
        [args](CLI::App& cmd) {
            cmd.add_option("name", args->name, "entity id, name or alias")->required();
            cmd.add_option("--by", args->by, "month (default) or year")->check(CLI::IsMember({"month", "year"}));
            cmd.add_option("--split", args->split, "one series per party or per member")
                ->check(CLI::IsMember({"party", "member"}));
        },
        [args, global](Store& store) {
            TimelineQuery query = to_query(store, *args);
            auto t = std::make_shared<Timeline>(timeline(store.db(), query));
            if (t->undated_documents > 0 && !global->quiet)
                std::cerr << "note: " << t->undated_documents
                          << (t->undated_documents == 1 ? " document has" : " documents have")
                          << " no submitted date; counted under \"" << kUndated << "\"\n";
            QueryResult result;
            result.empty = t->points.empty();
            if (query.split != TimelineSplit::none) result.header.push_back(split_name(query.split));
            for (const char* column : {"period", "questions", "documents"}) result.header.push_back(column);
            for (const TimelinePoint& p : t->points) {
                Row row;
                if (query.split != TimelineSplit::none) row.push_back(p.series);
                row.push_back(p.period);
                row.push_back(std::to_string(p.questions));
                row.push_back(std::to_string(p.documents));
                result.rows.push_back(std::move(row));
            }
            result.json = [query, t](JsonWriter& w) { write_json(w, query, *t); };
            result.graph = [query, t] { return timeline_graph(*t, query); };
            return result;
        });
}

}  // namespace riskgraph::cli
