// The SQLite-backed store: opening, schema, and the settings every command
// shares. Queries read through db(); importers write through DocumentWriter.
#pragma once

#include <filesystem>

#include "graph/sqlite.h"

namespace riskgraph {

class Store {
public:
    // The page cache of every connection: bounded, whatever the corpus size.
    static constexpr const char* kCacheSizePragma = "PRAGMA cache_size = -32768";  // 32 MiB
    enum class Access {
        read_only,     // queries: a few pages, read in place from a file mapping
        read_whole,    // exports: every page once, through a bounded page cache
        read_write,
    };

    // read_only, read_whole: the file must exist and be a riskgraph database.
    // read_write: creates the file and schema when missing.
    // Throws DatabaseError naming the file otherwise.
    Store(const std::filesystem::path& path, Access access);

    sql::Database& db() { return db_; }
    const std::filesystem::path& path() const { return db_.path(); }

    // The database path a command uses: --db, else $RISKGRAPH_DB, else ./riskgraph.db.
    static std::filesystem::path default_path(const std::filesystem::path& from_option);

private:
    sql::Database db_;
};

}  // namespace riskgraph
