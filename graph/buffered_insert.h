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
#include <vector>

#include "graph/multi_row_insert.h"
#include "graph/sqlite.h"

namespace riskgraph {

class BufferedInsert {
public:
    // head: "INSERT OR FAIL INTO t (a, b, c)" (see MultiRowInsert for OR FAIL).
    BufferedInsert(sql::Database& db, std::string head, int columns, int max_rows = 64);

    // The values of a row, column by column. Inline: a first import adds
    // about a million values.
    BufferedInsert& add(std::int64_t value) {
        values_.push_back(Value{value, 0, Kind::number});
        return *this;
    }
    BufferedInsert& add(std::string_view value) {
        values_.push_back(Value{static_cast<std::int64_t>(texts_.size()), value.size(), Kind::text});
        texts_.append(value);
        return *this;
    }
    BufferedInsert& add_null() {
        values_.push_back(Value{0, 0, Kind::null});
        return *this;
    }
    BufferedInsert& add_optional(std::string_view value) { return value.empty() ? add_null() : add(value); }

    // Whether max_rows rows are waiting (the caller flushes then).
    bool full() const { return values_.size() >= max_values_; }
    bool empty() const { return values_.empty(); }
    // Inserts every complete row waiting, in the order added.
    void flush();

private:
    enum class Kind : unsigned char { null, number, text };
    struct Value {
        std::int64_t number;  // a text's offset into texts_
        std::size_t size;     // a text's
        Kind kind;
    };
    MultiRowInsert insert_;
    int columns_;
    std::size_t max_values_;
    std::vector<Value> values_;
    std::string texts_;
};

}  // namespace riskgraph
