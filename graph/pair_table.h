// A map from non-zero 64-bit keys to values, open addressing with linear
// probing: the co-mention counters look one up for every pair of entities
// in every question and document (millions per large import), where
// std::unordered_map's node per entry costs a cache miss per look-up.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace riskgraph {

template <typename Value>
class PairTable {
public:
    // Keys are (x << 32 | y); key 0 is reserved for empty slots.
    Value& operator[](std::uint64_t key) {
        const std::uint64_t x = key >> 32, y = key & 0xffffffffu;
        if (x < kDense && y < kDense) {
            if (dense_.empty()) dense_.assign(kDense * kDense, 0);
            std::uint32_t& index = dense_[x * kDense + y];
            if (index == 0) {
                entries_.emplace_back(key, Value{});
                index = static_cast<std::uint32_t>(entries_.size());
            }
            return entries_[index - 1].second;
        }
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        std::size_t slot = find_slot(key);
        if (slots_[slot] == 0) {
            entries_.emplace_back(key, Value{});
            slots_[slot] = static_cast<std::uint32_t>(entries_.size());
        }
        return entries_[slots_[slot] - 1].second;
    }

    // In the order keys were first seen.
    const std::vector<std::pair<std::uint64_t, Value>>& entries() const { return entries_; }

    void clear() {
        for (const auto& entry : entries_) {
            const std::uint64_t x = entry.first >> 32, y = entry.first & 0xffffffffu;
            if (x < kDense && y < kDense) dense_[x * kDense + y] = 0;
        }
        slots_.clear();
        entries_.clear();
    }

private:
    // Pairs of the first 1,024 entity numbers (every pair of a lexicon of
    // that size) are found by indexing, not hashing: 4 MiB, allocated on
    // first use.
    static constexpr std::uint64_t kDense = 1024;

    std::size_t find_slot(std::uint64_t key) const {
        // Fibonacci hashing: the top bits of the product depend on every
        // bit of the key (both entity numbers).
        const std::size_t mask = slots_.size() - 1;
        std::size_t slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
        while (slots_[slot] != 0 && entries_[slots_[slot] - 1].first != key) slot = (slot + 1) & mask;
        return slot;
    }
    void grow() {
        slots_.assign(slots_.empty() ? 1024 : slots_.size() * 2, 0);
        shift_ = 64;
        for (std::size_t n = slots_.size(); n > 1; n >>= 1) --shift_;
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const std::uint64_t key = entries_[i].first;
            if ((key >> 32) < kDense && (key & 0xffffffffu) < kDense) continue;  // in dense_
            slots_[find_slot(key)] = static_cast<std::uint32_t>(i + 1);
        }
    }

    std::vector<std::uint32_t> dense_;  // x * kDense + y -> 1 + index into entries_, or 0
    std::vector<std::uint32_t> slots_;  // the same for other keys; a power of two
    int shift_ = 64;                    // 64 - log2(slots_.size())
    std::vector<std::pair<std::uint64_t, Value>> entries_;
};

}  // namespace riskgraph
