#include "cli/context.h"

#include <unistd.h>

#include "graph/errors.h"

namespace riskgraph::cli {

std::filesystem::path database_path(const GlobalOptions& options) { return Store::default_path(options.db); }

Lexicon load_lexicon(const GlobalOptions& options) {
    Lexicon lexicon;
    if (!options.no_default_lexicon) {
        std::filesystem::path bundled = Lexicon::default_path();
        if (!std::filesystem::exists(bundled))
            throw Error("bundled lexicon not found at " + bundled.string() +
                        "; set RISKGRAPH_DATA_DIR or pass --no-default-lexicon --lexicon FILE");
        lexicon.add_file(bundled);
    }
    for (const auto& file : options.lexicons) lexicon.add_file(file);
    if (lexicon.empty()) throw UsageError("no lexicon: --no-default-lexicon needs at least one --lexicon FILE");
    return lexicon;
}

bool progress_wanted(const GlobalOptions& options) { return !options.quiet && isatty(STDERR_FILENO); }

}  // namespace riskgraph::cli
