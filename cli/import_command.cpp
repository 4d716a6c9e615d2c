#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/progress.h"
#include "graph/errors.h"
#include "importers/import_runner.h"

namespace riskgraph::cli {
namespace {

struct ImportArguments {
    std::vector<std::filesystem::path> paths;
    ImportOptions options;
};

// A database file this run created is removed again when the run fails, so
// a failed first import leaves no trace.
void remove_database(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path.string() + suffix, ignored);
}

int run_import(const GlobalOptions& global, const ImportArguments& args) {
    Lexicon lexicon = load_lexicon(global);
    Matcher matcher(lexicon);
    auto files = collect_input_files(args.paths);
    if (files.empty()) throw UsageError("no .txt or .md files found in the paths given");

    const auto db_path = database_path(global);
    const bool existed = std::filesystem::exists(db_path);
    ImportReport report;
    try {
        Store store(db_path, Store::Access::read_write);
        ImportRunner runner(store, lexicon, matcher);
        ProgressLine progress(progress_wanted(global), "import");
        report = runner.run(files, args.options, [&](const ImportProgress& p) {
            progress.update(p.files_done, p.files_total, p.bytes_done);
        });
        progress.finish();
    } catch (...) {
        if (!existed) remove_database(db_path);
        throw;
    }
    for (const std::string& failure : report.failures) std::cerr << "riskgraph: skipped " << failure << '\n';
    if (!global.quiet)
        std::cerr << "imported " << files.size() - report.failures.size() << " of " << files.size()
                  << " files into " << db_path.string() << ": " << report.added << " added, "
                  << report.replaced << " replaced, " << report.unchanged << " unchanged, "
                  << report.questions << " questions, " << report.mentions << " mentions\n";
    return report.failures.empty() ? kExitOk : kExitBadInput;
}

}  // namespace

void add_import_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto args = std::make_shared<ImportArguments>();
    auto* cmd = app.add_subcommand("import", "Import written questions (text files or folders of .txt/.md files)");
    cmd->add_option("paths", args->paths, "files or folders")->required();
    cmd->add_flag("--keep-going", args->options.keep_going,
                  "skip bad files (reported, exit code 3) and import the rest");
    cmd->add_option("--threads", args->options.threads,
                    "parsing and matching threads (default: one per core but one, for the writer)");
    cmd->add_option("--max-file-bytes", args->options.max_file_bytes, "refuse larger files (default 64 MiB)");
    cmd->callback([&global, &run, args] { run = [&global, args] { return run_import(global, *args); }; });
}

}  // namespace riskgraph::cli
