#include "exporters/document_key.h"

#include <filesystem>

namespace riskgraph {

DocumentKeys::DocumentKeys(sql::Database& db) {
    // rtrim(file, <every character but '/'>) leaves the folder part, so the
    // replace leaves the file name.
    auto stmt = db.prepare(R"sql(
        SELECT replace(file, rtrim(file, replace(file, '/', '')), '') AS name FROM documents
        WHERE official_id IS NULL OR official_id = ''
        GROUP BY name HAVING count(*) > 1)sql");
    while (stmt.step()) shared_names_.insert(stmt.column_text(0));
}

std::string DocumentKeys::key(const std::string& file, const std::string& official_id) const {
    if (!official_id.empty()) return official_id;
    std::string name = std::filesystem::path(file).filename().string();
    return shared_names_.count(name) ? file : name;
}

}  // namespace riskgraph
