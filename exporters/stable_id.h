// Identifiers that stay the same across exports of the same store: a SHA-1
// of a readable key, never an SQLite row id (row ids change on re-import).
#pragma once

#include <string>
#include <string_view>

namespace riskgraph {

// Lower-case hex SHA-1 of the bytes (FIPS 180-4), as Python's
// hashlib.sha1(key.encode()).hexdigest() prints it.
std::string sha1_hex(std::string_view bytes);

// sha1_hex("riskgraph-" + kind + "-" + key): "riskgraph-entity-huawei".
std::string stable_id(std::string_view kind, std::string_view key);

}  // namespace riskgraph
