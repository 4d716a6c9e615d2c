// Every row of every table of a database, as text: two snapshots are equal
// exactly when the database content is.
#pragma once

#include <filesystem>
#include <string>

#include "graph/sqlite.h"

namespace riskgraph::test {

inline std::string snapshot(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) return "<no database>";
    sql::Database db(path, sql::Database::Mode::read_only);
    std::string out;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        std::string table = tables.column_text(0);
        out += "== " + table + "\n";
        auto rows = db.prepare("SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
        auto count = db.prepare("SELECT count(*) FROM pragma_table_info(?)");
        count.bind(1, table);
        count.step();
        int columns = static_cast<int>(count.column_int(0));
        while (rows.step()) {
            for (int c = 0; c < columns; ++c) out += rows.column_text(c) + "\x1f";
            out += "\n";
        }
    }
    return out;
}

}  // namespace riskgraph::test
