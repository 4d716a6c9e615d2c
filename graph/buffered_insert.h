// Rows for one table, held until there are enough for one INSERT of many
// rows. An import of one document writes to five tables; one statement each
// cost SQLite about 6,000 instructions besides the rows (starting and ending
// the statement, opening cursors): more than the rows themselves for all but
// the questions. Batched across documents, a statement carries dozens of rows.
//
// Values are copied, so rows outlive the document they come from: texts into
// one buffer, not a string each (a question row's texts would cost four
// allocations). The caller flushes before it reads or deletes rows of the
// table, and before commit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/multi_row_insert.h"
#include "graph/sqlite.h"

namespace riskgraph {

class BufferedInsert {
public:
    // head: "INSERT OR FAIL INTO t (a, b, c)" (see MultiRowInsert for OR FAIL).
    BufferedInsert(sql::Database& db, std::string head, int columns, int max_rows = 64);

    // The values of a row, column by column.
    BufferedInsert& add(std::int64_t value);
    BufferedInsert& add(std::string_view value);
    BufferedInsert& add_null();
    BufferedInsert& add_optional(std::string_view value) { return value.empty() ? add_null() : add(value); }

    // Whether max_rows rows are waiting (the caller flushes then).
    bool full() const { return values_.size() >= max_values_; }
    bool empty() const { return values_.empty(); }
    // Inserts every complete row waiting, in the order added.
    void flush();

private:
    struct Text {
        std::size_t offset;  // into texts_
        std::size_t size;
    };
    using Value = std::variant<std::monostate, std::int64_t, Text>;
    MultiRowInsert insert_;
    int columns_;
    std::size_t max_values_;
    std::vector<Value> values_;
    std::string texts_;
};

}  // namespace riskgraph
