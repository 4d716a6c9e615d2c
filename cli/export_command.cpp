#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/co_mention_options.h"
#include "cli/commands.h"
#include "exporters/atomic_output.h"
#include "exporters/export_format.h"
#include "exporters/neo4j_export.h"
#include "graph/errors.h"

namespace riskgraph::cli {
namespace {

struct ExportArguments {
    std::string format = "json";
    std::filesystem::path output;  // empty or "-": standard output
    std::string from_query;        // empty: the whole graph
    CoMentionArguments co_mentions;
};

constexpr const char* kCoMentionOptions[] = {"--kind", "--with", "--scope", "--min", "--sort", "--top", "--evidence"};

bool to_stdout(const ExportArguments& args) { return args.output.empty() || args.output == "-"; }

// Writes through `write` to standard output or, atomically, to the -o file.
int emit(const ExportArguments& args, const std::function<void(std::ostream&)>& write) {
    if (to_stdout(args)) {
        write(std::cout);
        std::cout.flush();
        return std::cout ? kExitOk : kExitFailure;
    }
    write_file_atomically(args.output, write);
    return kExitOk;
}

int run_export(const GlobalOptions& global, const ExportArguments& args, const CLI::App& cmd) {
    ExportFormat format = export_format_from_string(args.format).value();  // checked by CLI11
    if (args.from_query.empty()) {
        for (const char* option : kCoMentionOptions)
            if (const CLI::Option* given = cmd.get_option_no_throw(option); given && given->count() > 0)
                throw UsageError(std::string(option) + " needs --from-query co-mentions");
    } else if (!exports_result_graph(format)) {
        throw UsageError("--from-query exports graphml, gexf, dot or ndjson; --format " + args.format +
                         " exports the whole graph only");
    }
    if (writes_folder(format) && to_stdout(args))
        throw UsageError("--format " + args.format + " writes a folder of CSV files: give it with -o FOLDER");

    Store store(database_path(global), Store::Access::read_whole);
    if (writes_folder(format)) {
        write_folder_atomically(args.output, neo4j_files(),
                                [&](const std::filesystem::path& folder) { export_neo4j(store.db(), folder); });
        return kExitOk;
    }
    if (args.from_query.empty())
        return emit(args, [&](std::ostream& out) { export_store(store.db(), format, out); });

    CoMentionQuery query = to_query(args.co_mentions);
    auto pairs = co_mentions(store.db(), query);
    ResultGraph graph = co_mentions_graph(pairs, query);
    int code = emit(args, [&](std::ostream& out) { export_result_graph(store.db(), graph, format, out); });
    return code == kExitOk && pairs.empty() ? kExitNoResults : code;
}

}  // namespace

void add_export_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto args = std::make_shared<ExportArguments>();
    auto* cmd = app.add_subcommand("export", "Export the graph for other tools (docs/exports.md)");
    cmd->add_option("--format", args->format, "json (default), ndjson, ftm, graphml, gexf, neo4j or dot")
        ->check(CLI::IsMember({"json", "ndjson", "ftm", "graphml", "gexf", "neo4j", "dot"}));
    cmd->add_option("-o,--output", args->output,
                    "output file (default: standard output); for neo4j the folder to write, required");
    cmd->add_option("--from-query", args->from_query,
                    "export only a query's answer (graphml, gexf, dot, ndjson); the co-mention options below apply")
        ->check(CLI::IsMember({"co-mentions"}));
    add_co_mention_options(*cmd, args->co_mentions);
    cmd->callback([&global, &run, args, cmd] {
        run = [&global, args, cmd] { return run_export(global, *args, *cmd); };
    });
}

}  // namespace riskgraph::cli
