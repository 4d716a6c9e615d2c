// A readable key for a document that survives re-import (row ids do not):
// the official id ("kv-tk-2024Z18775") where printed, else the file name,
// else, when two stored files share that name, the path as stored.
#pragma once

#include <set>
#include <string>

#include "graph/sqlite.h"

namespace riskgraph {

class DocumentKeys {
public:
    // Reads the file names that more than one document without an official
    // id shares; only those are held in memory.
    explicit DocumentKeys(sql::Database& db);
    std::string key(const std::string& file, const std::string& official_id) const;

private:
    std::set<std::string> shared_names_;
};

}  // namespace riskgraph
