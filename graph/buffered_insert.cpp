#include "graph/buffered_insert.h"

#include <stdexcept>
#include <utility>

namespace riskgraph {

BufferedInsert::BufferedInsert(sql::Database& db, std::string head, int columns, int max_rows)
    : insert_(db, std::move(head), columns, max_rows),
      columns_(columns),
      max_values_(static_cast<std::size_t>(columns) * static_cast<std::size_t>(max_rows)) {
    values_.reserve(max_values_);
}

void BufferedInsert::flush() {
    if (values_.empty()) return;
    const auto columns = static_cast<std::size_t>(columns_);
    if (values_.size() % columns != 0) throw std::logic_error("BufferedInsert::flush: a row is incomplete");
    sql::Statement& stmt = insert_.rows(static_cast<int>(values_.size() / columns));
    const char* const texts = texts_.data();
    int parameter = 1;  // row-major, as MultiRowInsert numbers them
    for (const Value& value : values_) {
        switch (value.kind) {
        case Kind::number: stmt.bind(parameter, value.number); break;
        case Kind::text: stmt.bind_static(parameter, {texts + value.number, value.size}); break;  // outlives the run
        case Kind::null: stmt.bind_null(parameter); break;
        }
        ++parameter;
    }
    stmt.run_all_bound();
    values_.clear();
    texts_.clear();
}

}  // namespace riskgraph
