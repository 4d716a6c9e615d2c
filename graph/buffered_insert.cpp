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

BufferedInsert& BufferedInsert::add(std::int64_t value) {
    values_.emplace_back(value);
    return *this;
}

BufferedInsert& BufferedInsert::add(std::string_view value) {
    values_.emplace_back(Text{texts_.size(), value.size()});
    texts_.append(value);
    return *this;
}

BufferedInsert& BufferedInsert::add_null() {
    values_.emplace_back(std::monostate{});
    return *this;
}

void BufferedInsert::flush() {
    if (values_.empty()) return;
    const auto columns = static_cast<std::size_t>(columns_);
    if (values_.size() % columns != 0) throw std::logic_error("BufferedInsert::flush: a row is incomplete");
    sql::Statement& stmt = insert_.rows(static_cast<int>(values_.size() / columns));
    for (std::size_t i = 0; i < values_.size(); ++i) {
        const int parameter = static_cast<int>(i) + 1;  // row-major, as MultiRowInsert numbers them
        const Value& value = values_[i];
        if (const auto* number = std::get_if<std::int64_t>(&value))
            stmt.bind(parameter, *number);
        else if (const auto* text = std::get_if<Text>(&value))
            stmt.bind_static(parameter, std::string_view(texts_).substr(text->offset, text->size));  // outlives the run
        else
            stmt.bind_null(parameter);
    }
    stmt.run_all_bound();
    values_.clear();
    texts_.clear();
}

}  // namespace riskgraph
