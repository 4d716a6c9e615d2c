// The current time as stored in the database: "2026-11-28T13:45:00Z".
#pragma once

#include <chrono>
#include <ctime>
#include <string>

namespace riskgraph {

inline std::string utc_now() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

}  // namespace riskgraph
