// riskgraph: parliamentary questions -> evidence-backed knowledge graph.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "graph/errors.h"

int main(int argc, char** argv) {
    using namespace riskgraph;
    CLI::App app{"riskgraph: procurement-risk knowledge graph from parliamentary questions", "riskgraph"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "riskgraph 0.1.0");
    app.footer("Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input file, 4 no results, 5 ambiguous name.\n"
               "Docs: docs/cli.md\n");

    cli::GlobalOptions global;
    app.add_option("--db", global.db, "SQLite database (default: $RISKGRAPH_DB or ./riskgraph.db)");
    app.add_option("--lexicon", global.lexicons, "extra lexicon JSON file (repeatable)")->check(CLI::ExistingFile);
    app.add_flag("--no-default-lexicon", global.no_default_lexicon, "leave out the bundled lexicon");
    app.add_flag("-q,--quiet", global.quiet, "no progress output");

    cli::Action run;
    cli::add_import_command(app, global, run);
    cli::add_query_commands(app, global, run);
    cli::add_index_command(app, global, run);
    cli::add_export_command(app, global, run);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }
    try {
        return run ? run() : kExitUsage;
    } catch (const Error& e) {
        std::cerr << "riskgraph: " << e.what() << '\n';
        return e.exit_code();
    } catch (const std::exception& e) {
        std::cerr << "riskgraph: " << e.what() << '\n';
        return kExitFailure;
    }
}
