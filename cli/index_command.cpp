// riskgraph index: builds or refreshes the full-text index that `query
// search` reads (graph/fts_index.h). A separate step so that import stays fast.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/errors.h"
#include "graph/fts_index.h"

namespace riskgraph::cli {
namespace {

struct IndexArguments {
    bool force = false;
};

int run_index(const GlobalOptions& global, const IndexArguments& args) {
    const auto path = database_path(global);
    // Index only what import made; never create an empty database here.
    if (!std::filesystem::exists(path))
        throw DatabaseError(path.string() + ": no such database; run `riskgraph import` first");
    Store store(path, Store::Access::read_write);
    // ProgressLine counts files and bytes; this counts questions.
    const bool draw = progress_wanted(global);
    bool drawn = false;
    auto last = std::chrono::steady_clock::now();
    FtsIndexReport report = build_fts_index(store.db(), args.force, [&](std::size_t done, std::size_t total) {
        auto now = std::chrono::steady_clock::now();
        if (!draw || (done != total && now - last < std::chrono::milliseconds(100))) return;
        last = now;
        std::fprintf(stderr, "\rindex: %zu/%zu questions   ", done, total);
        std::fflush(stderr);
        drawn = true;
    });
    if (drawn) std::fputs("\r\033[K", stderr);
    if (!global.quiet) {
        if (report.was_fresh)
            std::cerr << "the full-text index of " << path.string() << " is up to date (" << report.questions
                      << " questions)\n";
        else
            std::cerr << "indexed " << report.questions << " questions in " << path.string() << '\n';
    }
    return kExitOk;
}

}  // namespace

void add_index_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto args = std::make_shared<IndexArguments>();
    auto* cmd = app.add_subcommand("index", "Build or refresh the full-text index that `query search` uses");
    cmd->add_flag("--force", args->force, "rebuild even when the index is up to date");
    cmd->callback([&global, &run, args] { run = [&global, args] { return run_index(global, *args); }; });
}

}  // namespace riskgraph::cli
