#include "graph/multi_row_insert.h"

#include <utility>

namespace riskgraph {

MultiRowInsert::MultiRowInsert(sql::Database& db, std::string head, int columns, int max_rows)
    : db_(db), head_(std::move(head)), columns_(columns), max_rows_(max_rows),
      statements_(static_cast<std::size_t>(max_rows)) {}

sql::Statement& MultiRowInsert::rows(int rows) {
    auto& slot = statements_.at(static_cast<std::size_t>(rows - 1));
    if (!slot) {
        std::string row = "(";
        for (int c = 0; c < columns_; ++c) row += c ? ",?" : "?";
        row += ')';
        std::string sql = head_ + " VALUES ";
        for (int r = 0; r < rows; ++r) sql += (r ? "," : "") + row;
        slot = std::make_unique<sql::Statement>(db_.prepare(sql));
    }
    return *slot;
}

}  // namespace riskgraph
