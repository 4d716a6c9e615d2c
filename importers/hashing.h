// A 64-bit FNV-1a content hash: enough to tell a changed file from an
// unchanged one (not a security property).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace riskgraph {

inline std::uint64_t fnv1a64(std::string_view data, std::uint64_t hash = 0xcbf29ce484222325ULL) {
    for (unsigned char byte : data) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

inline std::string hex64(std::uint64_t value) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

}  // namespace riskgraph
