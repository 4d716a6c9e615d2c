// CSV fields as RFC 4180 and neo4j-admin (Neo4j 5, default quoting) read them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace riskgraph {

// Always quoted, inner quotes doubled: "a ""b"", c". Commas, quotes and line
// breaks survive; neo4j-admin needs --multiline-fields=true for line breaks.
std::string csv_quote(std::string_view text);

// A missing value is an empty unquoted field, which neo4j-admin reads as "no
// property" (a quoted "" would be an empty string).
std::string csv_nullable(const std::optional<std::string>& text);

}  // namespace riskgraph
