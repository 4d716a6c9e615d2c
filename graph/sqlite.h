// Move-only RAII wrappers over sqlite3* and sqlite3_stmt*. Every value is
// bound with `?`; nothing is ever spliced into SQL text.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace riskgraph::sql {

class Statement;

class Database {
public:
    enum class Mode { read_write_create, read_only };
    Database(const std::filesystem::path& path, Mode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that take no parameters (schema, PRAGMA).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // Writes the page cache's changed pages to the file inside the open
    // transaction (the transaction stays open; rollback still restores).
    void write_cached_pages();
    std::int64_t last_insert_rowid() const;
    int changes() const;
    const std::filesystem::path& path() const { return path_; }
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding is 1-based, as in SQLite. Returns *this so calls chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);  // copied (SQLITE_TRANSIENT)
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    // Not copied: `value` must stay alive until the statement is reset
    // (run() resets). For the import's hot path, where copies showed up.
    Statement& bind_static(int index, std::string_view value);
    Statement& bind_null(int index);
    Statement& bind_optional(int index, std::string_view value);  // empty -> NULL

    // Steps once: true while a row is available.
    bool step();
    // Steps a statement that returns no rows, then resets it for reuse.
    void run();
    // The same for a statement whose every parameter is bound before each
    // run: the bindings are kept, not cleared (the import's row inserts,
    // where clearing cost as much as a third of the binding).
    void run_all_bound();
    void reset();

    std::int64_t column_int(int index) const;
    double column_double(int index) const;
    std::string column_text(int index) const;  // NULL -> ""
    bool column_is_null(int index) const;
    int column_count() const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// Commits on commit(); rolls back in the destructor otherwise.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

// A named savepoint inside a transaction: release() keeps its work, the
// destructor otherwise rolls back to it, leaving the outer transaction open.
class Savepoint {
public:
    Savepoint(Database& db, std::string name);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    Database& db_;
    std::string name_;
    bool open_ = true;
};

}  // namespace riskgraph::sql
