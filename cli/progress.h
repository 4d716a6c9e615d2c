// One self-overwriting progress line on standard error, drawn only on a
// terminal and at most every 100 ms.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace riskgraph::cli {

class ProgressLine {
public:
    ProgressLine(bool enabled, std::string label);
    void update(std::size_t done, std::size_t total, std::uintmax_t bytes);
    void finish();

private:
    bool enabled_;
    bool drawn_ = false;
    std::string label_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_;
};

}  // namespace riskgraph::cli
