// Plain-text tables and CSV for query output.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace riskgraph::cli {

using Row = std::vector<std::string>;

// Columns padded to the widest cell (counted in code points).
void print_table(std::ostream& out, const Row& header, const std::vector<Row>& rows);
// RFC 4180: fields with commas, quotes or line breaks are quoted.
void print_csv(std::ostream& out, const Row& header, const std::vector<Row>& rows);

}  // namespace riskgraph::cli
