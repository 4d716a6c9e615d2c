#include "cli/query_registry.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdio>
#include <iostream>
#include <memory>

#include "graph/errors.h"
#include "queries/entity_links.h"
#include "viz/render.h"

namespace riskgraph::cli {
namespace {

struct OutputArguments {
    std::string format = "table";
    std::filesystem::path image;
    std::string image_format;
};

ImageFormat image_format(const OutputArguments& out) {
    if (!out.image_format.empty()) {
        if (auto format = image_format_from_string(out.image_format)) return *format;
        throw UsageError("--format \"" + out.image_format + "\": expected svg, png, pdf or dot");
    }
    if (auto format = image_format_from_path(out.image)) return *format;
    throw UsageError(out.image.string() +
                     ": cannot tell the format from the extension; use .svg, .png, .pdf or .dot, or --format");
}

int print(const QueryResult& result, const std::string& format) {
    if (format == "json") {
        rapidjson::StringBuffer buffer;
        JsonWriter w(buffer);
        result.json(w);
        std::cout.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
        std::cout << '\n';
    } else if (format == "csv") {
        print_csv(std::cout, result.header, result.rows);
    } else if (result.empty) {
        std::cerr << "no results\n";
    } else {
        print_table(std::cout, result.header, result.rows);
    }
    return result.empty ? kExitNoResults : kExitOk;
}

}  // namespace

void add_query(QueryCommands& commands, const std::string& name, const std::string& description,
               const std::function<void(CLI::App&)>& add_options,
               const std::function<QueryResult(Store&)>& compute) {
    auto out = std::make_shared<OutputArguments>();
    const GlobalOptions* global = commands.global;
    Action* run = commands.run;

    auto* query = commands.query->add_subcommand(name, description);
    add_options(*query);
    query->add_option("--format", out->format, "table, json or csv (default table)")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    query->callback([=] {
        *run = [=] {
            Store store(database_path(*global), Store::Access::read_only);
            return print(compute(store), out->format);
        };
    });

    auto* render = commands.render->add_subcommand(name, "Draw: " + description);
    add_options(*render);
    render->add_option("-o,--output", out->image, "output file (.svg, .png, .pdf or .dot)")->required();
    render->add_option("--format", out->image_format, "svg, png, pdf or dot (default: from the file name)");
    render->callback([=] {
        *run = [=] {
            ImageFormat format = image_format(*out);
            Store store(database_path(*global), Store::Access::read_only);
            QueryResult result = compute(store);
            ResultGraph graph = result.graph();
            link_entities(store.db(), graph);
            render_graph(graph, out->image, format);
            if (!global->quiet)
                std::cerr << "wrote " << out->image.string() << " (" << graph.nodes.size() << " nodes, "
                          << graph.edges.size() << " edges)\n";
            return result.empty ? kExitNoResults : kExitOk;
        };
    });
}

void json_string(JsonWriter& w, std::string_view text) {
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void json_string_or_null(JsonWriter& w, std::string_view text) {
    if (text.empty())
        w.Null();
    else
        json_string(w, text);
}

void json_entity(JsonWriter& w, const EntityRef& ref) {
    w.StartObject();
    w.Key("id");
    json_string(w, ref.id);
    w.Key("name");
    json_string(w, ref.name);
    w.Key("kind");
    json_string(w, to_string(ref.kind));
    w.EndObject();
}

void json_evidence(JsonWriter& w, const std::vector<Evidence>& evidence) {
    w.StartArray();
    for (const Evidence& e : evidence) {
        w.StartObject();
        w.Key("document_id");
        w.Int64(e.document_id);
        w.Key("file");
        json_string(w, e.file);
        w.Key("official_id");
        json_string_or_null(w, e.official_id);
        w.Key("question");
        json_string_or_null(w, e.question);
        w.EndObject();
    }
    w.EndArray();
}

EntityKind parse_entity_kind(const std::string& text, const char* option) {
    auto kind = entity_kind_from_string(text);
    if (!kind)
        throw UsageError(std::string(option) + " \"" + text +
                         "\": expected vendor, institution, treaty, place, group, topic, person or party");
    return *kind;
}

CLI::Validator entity_kind_validator() {
    std::vector<std::string> names;
    for (EntityKind kind : all_entity_kinds()) names.emplace_back(to_string(kind));
    return CLI::IsMember(names);
}

void add_link_scope_option(CLI::App& cmd, std::string& scope) {
    cmd.add_option("--scope", scope, "link entities named in one question (default) or in one document")
        ->check(CLI::IsMember({"question", "document"}));
}

// std::to_chars: the same digits as printf("%.3f"), without its locale and
// format parsing (thousands of calls per co-mentions answer).
std::string fixed3(double value) {
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3).ptr;
    return std::string(buffer, end);
}

}  // namespace riskgraph::cli
