// Sets connection pragmas for a scope and sets them back after it. Pragmas
// such as foreign_keys and legacy_alter_table have no effect inside a
// transaction, so the guard must outlive the transaction it serves.
#pragma once

#include <string>
#include <utility>

#include "graph/sqlite.h"

namespace riskgraph {

class PragmaGuard {
public:
    PragmaGuard(sql::Database& db, const std::string& set, std::string restore)
        : db_(db), restore_(std::move(restore)) {
        db_.exec(set);
    }
    ~PragmaGuard() {
        try {
            db_.exec(restore_);
        } catch (...) {  // a destructor must not throw; a new connection starts with the defaults
        }
    }
    PragmaGuard(const PragmaGuard&) = delete;
    PragmaGuard& operator=(const PragmaGuard&) = delete;

private:
    sql::Database& db_;
    std::string restore_;
};

}  // namespace riskgraph
