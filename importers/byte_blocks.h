// Byte classes of sixteen bytes at once, as bit masks (bit k: byte k), for
// the scanners that pass over every byte of every document. SSE2, which
// every x86-64 processor has; elsewhere kBlockBytes is 0 and callers take
// their byte-at-a-time path only.
#pragma once

#include <cstddef>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace riskgraph::blocks {

#ifdef __SSE2__
inline constexpr std::size_t kBlockBytes = 16;

struct Block {
    __m128i v;
    explicit Block(const char* p) : v(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))) {}

    unsigned equal(char c) const { return mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))); }
    // Bytes in [lo, hi], both ASCII. Bytes of 0x80 and above are never in.
    unsigned in_range(char lo, char hi) const {
        return mask(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1)))));
    }
    unsigned non_ascii() const { return mask(v); }
    // Bytes in [' ', '~']: plus one, exactly the bytes above ' ' as signed values.
    unsigned printable_ascii() const {
        return mask(_mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(1)), _mm_set1_epi8(' ')));
    }

private:
    static unsigned mask(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }
};
#else
inline constexpr std::size_t kBlockBytes = 0;
#endif

}  // namespace riskgraph::blocks
