// Keeps the co_mentions and entity_counts tables in step with the documents:
// each written document adds its counts, each replaced one subtracts its old
// counts, and apply() writes the sum of changes once per import run.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/sqlite.h"

namespace riskgraph {

class CoMentionStats {
public:
    explicit CoMentionStats(sql::Database& db);

    // `mentions` of one document (Mention::question indexes its questions).
    void add(const std::vector<Mention>& mentions) { count(mentions, +1); }
    // Subtracts the counts of a stored document, before it is deleted.
    void remove_stored(std::int64_t document_id);
    // Writes the accumulated changes and clears them.
    void apply();

private:
    struct PairCounts {
        int questions = 0;
        int question_documents = 0;
        int documents = 0;
    };
    struct EntityCounts {
        int questions = 0;
        int documents = 0;
    };
    void count(const std::vector<Mention>& mentions, int sign);

    sql::Database& db_;
    sql::Statement stored_mentions_;
    std::unordered_map<std::string, PairCounts> pairs_;  // key "a\x1fb", a < b
    std::unordered_map<std::string, EntityCounts> entities_;
};

}  // namespace riskgraph
