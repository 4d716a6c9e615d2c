#include "graph/store.h"

#include <cstdlib>

#include "graph/errors.h"
#include "graph/schema.h"

namespace riskgraph {
namespace {

sql::Database open_database(const std::filesystem::path& path, Store::Access access) {
    const bool reader = access != Store::Access::read_write;
    if (reader && !std::filesystem::exists(path))
        throw DatabaseError(path.string() + ": no such database; run `riskgraph import` first");
    return sql::Database(path, reader ? sql::Database::Mode::read_only : sql::Database::Mode::read_write_create);
}

}  // namespace

Store::Store(const std::filesystem::path& path, Access access) : db_(open_database(path, access)) {
    ensure_schema(db_, access == Access::read_write);
    db_.exec("PRAGMA foreign_keys = ON");
    if (access == Access::read_write) {
        // A rollback journal, not WAL: a bulk import into new pages then
        // writes each page once (WAL writes it twice), and rollback still
        // restores the database exactly.
        db_.exec("PRAGMA journal_mode = DELETE");
        db_.exec("PRAGMA synchronous = NORMAL");
        // Debian builds SQLite to overwrite freed space with zeros, which it
        // does as B-tree pages are rebuilt while rows go in: 1.4% of a first
        // import's instructions. SQLite's own default is off; the store holds
        // public documents, and a replaced version's bytes need no shredding.
        db_.exec("PRAGMA secure_delete = OFF");
    }
    db_.exec(kCacheSizePragma);
    // A reader holds one read transaction for its life: one consistent
    // snapshot, and no lock and journal check per statement.
    // Queries read pages in place from a file mapping instead of copying
    // each into the page cache (measured on the 100k benchmark database:
    // query co-mentions about 100 -> 70 ms). Not for exports: mapped pages
    // count as resident, and an export touches them all.
    if (access == Access::read_only) db_.exec("PRAGMA mmap_size = 1073741824");
    if (access != Access::read_write) db_.exec("BEGIN");
}

std::filesystem::path Store::default_path(const std::filesystem::path& from_option) {
    if (!from_option.empty()) return from_option;
    if (const char* env = std::getenv("RISKGRAPH_DB"); env && *env) return env;
    return "riskgraph.db";
}

}  // namespace riskgraph
