// Imports files into the store: read, check, parse and match on worker
// threads; one writer feeds SQLite in file order, and parses files too
// whenever it would otherwise wait for the workers. The whole run is one
// transaction, so a failed run leaves the database exactly as it was; with
// --keep-going a bad file (found before anything of it is written) is left
// out and the rest kept.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "graph/store.h"
#include "importers/input_files.h"
#include "importers/lexicon.h"
#include "importers/matcher.h"

namespace riskgraph {

struct ImportOptions {
    bool keep_going = false;                          // skip bad files, report them, import the rest
    std::uintmax_t max_file_bytes = 64ull << 20;      // larger files are refused as not questions
    unsigned threads = 0;                             // 0: default_worker_count()
};

struct ImportProgress {
    std::size_t files_done = 0;
    std::size_t files_total = 0;
    std::uintmax_t bytes_done = 0;
};

struct ImportReport {
    std::size_t added = 0;
    std::size_t replaced = 0;
    std::size_t unchanged = 0;
    std::size_t questions = 0;
    std::size_t mentions = 0;
    std::uintmax_t bytes = 0;
    std::vector<std::string> failures;  // one message per bad file (with keep_going)
};

// Parsing and matching threads when ImportOptions::threads is 0: one per
// core but the one the writer keeps busy, and at least one.
unsigned default_worker_count();


class ImportRunner {
public:
    ImportRunner(Store& store, const Lexicon& lexicon, const Matcher& matcher);

    // Throws InputError for the first bad file unless options.keep_going;
    // the database is then unchanged.
    ImportReport run(const std::vector<std::string>& files, const ImportOptions& options,
                     const std::function<void(const ImportProgress&)>& progress = {});

private:
    Store& store_;
    const Lexicon& lexicon_;
    const Matcher& matcher_;
};

// Finds the mentions of lexicon entities in a parsed document.
std::vector<Mention> find_mentions(const ParsedDocument& document, const Lexicon& lexicon,
                                   const Matcher& matcher, Matcher::Scratch& scratch);

}  // namespace riskgraph
