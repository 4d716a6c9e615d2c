// The one exception tree. main() catches riskgraph::Error, prints what() on
// one line and exits with exit_code().
#pragma once

#include <stdexcept>
#include <string>

namespace riskgraph {

// Documented exit codes (docs/cli.md).
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,     // runtime failure: database, I/O
    kExitUsage = 2,       // bad arguments
    kExitBadInput = 3,    // an input file could not be read or parsed
    kExitNoResults = 4,   // a query ran and found nothing
    kExitAmbiguous = 5,   // a name matches more than one entity
};

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, int exit_code = kExitFailure)
        : std::runtime_error(message), exit_code_(exit_code) {}
    int exit_code() const { return exit_code_; }

private:
    int exit_code_;
};

// Bad input: names the file and, where known, the line.
class InputError : public Error {
public:
    InputError(std::string file, int line, const std::string& message)
        : Error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + message,
                kExitBadInput),
          file_(std::move(file)),
          line_(line) {}
    const std::string& file() const { return file_; }
    int line() const { return line_; }

private:
    std::string file_;
    int line_;
};

class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

class DatabaseError : public Error {
public:
    explicit DatabaseError(const std::string& message) : Error(message, kExitFailure) {}
};

}  // namespace riskgraph
