#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "exporters/json_export.h"
#include "graph/errors.h"

namespace riskgraph::cli {
namespace {

struct ExportArguments {
    std::string format = "json";
    std::filesystem::path output;  // empty or "-": standard output
};

int run_export(const GlobalOptions& global, const ExportArguments& args) {
    Store store(database_path(global), Store::Access::read_only);
    if (args.output.empty() || args.output == "-") {
        export_json(store.db(), std::cout);
        return std::cout ? kExitOk : kExitFailure;
    }
    // Written beside the target and renamed over it: never a half-written file.
    std::filesystem::path partial = args.output.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary);
        if (!out) throw Error(args.output.string() + ": cannot write");
        export_json(store.db(), out);
        out.flush();
        if (!out) throw Error(args.output.string() + ": write failed");
    }
    std::filesystem::rename(partial, args.output);
    return kExitOk;
}

}  // namespace

void add_export_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto args = std::make_shared<ExportArguments>();
    auto* cmd = app.add_subcommand("export", "Export the whole graph (docs/json-export.md)");
    cmd->add_option("--format", args->format, "json")->check(CLI::IsMember({"json"}));
    cmd->add_option("-o,--output", args->output, "output file (default: standard output)");
    cmd->callback([&global, &run, args] { run = [&global, args] { return run_export(global, *args); }; });
}

}  // namespace riskgraph::cli
