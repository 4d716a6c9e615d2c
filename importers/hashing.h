// 64-bit hashes that tell a changed input from an unchanged one (not a
// security property).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace riskgraph {

// A file's content hash (documents.content_hash): XXH3, which reads 8 bytes
// and more at a time, where FNV-1a's byte-serial multiply cost about a
// tenth of a worker's time.
inline std::uint64_t content_hash64(std::string_view data) { return XXH3_64bits(data.data(), data.size()); }

// FNV-1a, incremental over small pieces (the lexicon fingerprint).

inline std::uint64_t fnv1a64(std::string_view data, std::uint64_t hash = 0xcbf29ce484222325ULL) {
    for (unsigned char byte : data) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

inline std::string hex64(std::uint64_t value) {
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4) hex[static_cast<std::size_t>(i)] = "0123456789abcdef"[value & 15];
    return hex;
}

}  // namespace riskgraph
