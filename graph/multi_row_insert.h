// One INSERT statement for up to max_rows rows: the import writes hundreds of
// thousands of small rows, and one statement run per row costs about as much
// again as the B-tree work (measured: 842,000 question rows took 0.91 s one
// at a time and 0.48 s eight at a time).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/sqlite.h"

namespace riskgraph {

class MultiRowInsert {
public:
    // head: "INSERT OR FAIL INTO t (a, b, c)"; columns: how many per row.
    // OR FAIL, not the default OR ABORT: a statement that writes several
    // rows and may abort on a constraint makes SQLite keep a statement
    // journal, a copy of every page it touches (measured at 100,000
    // documents: 9.4 GB written to a temporary file). A failed statement
    // fails the whole import, whose transaction is rolled back anyway.
    MultiRowInsert(sql::Database& db, std::string head, int columns, int max_rows = 16);

    int max_rows() const { return max_rows_; }
    // The statement for `rows` rows (1..max_rows), prepared on first use.
    // Row r, column c is parameter r * columns + c + 1.
    sql::Statement& rows(int rows);
    static int parameter(int columns, int row, int column) { return row * columns + column + 1; }

private:
    sql::Database& db_;
    std::string head_;
    int columns_;
    int max_rows_;
    std::vector<std::unique_ptr<sql::Statement>> statements_;  // index: rows - 1
};

}  // namespace riskgraph
