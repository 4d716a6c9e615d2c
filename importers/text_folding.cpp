#include "importers/text_folding.h"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace riskgraph {
namespace {

constexpr std::int32_t kTableSize = 0x3000;  // Latin, Greek, Cyrillic, punctuation: the hot range

bool is_apostrophe(std::int32_t cp) {
    return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x0060 || cp == 0x00B4 ||
           cp == 0x2032;
}

// White space and dashes fold to one space: "GroenLinks-PvdA" and
// "GroenLinks PvdA", "dual-use" and "dual use" are the same alias.
bool is_space(std::int32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == '-')
        return true;
    auto category = utf8proc_category(cp);
    return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
           category == UTF8PROC_CATEGORY_ZP || category == UTF8PROC_CATEGORY_PD;
}

bool is_letter_or_digit(std::int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    auto category = utf8proc_category(cp);
    return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO
               ? true
               : (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
}

std::size_t encode(std::int32_t cp, char* out) {
    return static_cast<std::size_t>(
        utf8proc_encode_char(cp, reinterpret_cast<utf8proc_uint8_t*>(out)));
}

// Eight bytes at a time, for ASCII: the first byte in the lowest bits.
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

std::uint64_t load_little_endian(const unsigned char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
    return word;
}

void store_little_endian(char* p, std::uint64_t word) {
    if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
    std::memcpy(p, &word, 8);
}

// For a word of ASCII bytes, the high bit of each byte that is at least `n`
// (1 <= n <= 0x80), or equal to `c`.
constexpr std::uint64_t at_least(std::uint64_t word, unsigned n) {
    return (word + (0x80 - n) * kOnes) & kHigh;
}
constexpr std::uint64_t equal(std::uint64_t word, unsigned char c) {
    const std::uint64_t x = word ^ (c * kOnes);
    return ~((x + 0x7F * kOnes) | x) & kHigh;
}

// The ASCII white space and dashes is_space() finds: ' ', '-', \t \n \v \f \r.
constexpr std::uint64_t ascii_spaces(std::uint64_t word) {
    return equal(word, ' ') | equal(word, '-') | (at_least(word, '\t') & ~at_least(word, '\r' + 1));
}

// What the ASCII table does to eight ASCII bytes at once (checked by the
// tests): capitals to lower case, '`' to '\'', spaces to ' '.
constexpr std::uint64_t fold_ascii_word(std::uint64_t word, std::uint64_t spaces) {
    const std::uint64_t capitals = at_least(word, 'A') & ~at_least(word, 'Z' + 1);
    std::uint64_t folded = word | (capitals >> 2);  // + 0x20
    folded ^= (equal(word, '`') >> 7) * static_cast<unsigned char>('`' ^ '\'');
    const std::uint64_t space_bytes = (spaces >> 7) * 0xFF;
    return (folded & ~space_bytes) | (space_bytes & (' ' * kOnes));
}

#ifdef __SSE2__
// The same for sixteen ASCII bytes (signed comparisons: all are below 0x80;
// a control is \t <= v <= \r, v - \t - 0x80 < \r - \t + 1 - 0x80).
__m128i ascii_spaces(__m128i v) {
    const __m128i controls = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '\t')),
                                            _mm_set1_epi8(static_cast<char>('\r' - '\t' + 1 - 0x80)));
    return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
                        controls);
}

__m128i fold_ascii_block(__m128i v, __m128i spaces) {
    const __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                           _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    __m128i folded = _mm_or_si128(v, _mm_and_si128(capitals, _mm_set1_epi8(0x20)));
    const __m128i backticks = _mm_cmpeq_epi8(v, _mm_set1_epi8('`'));
    folded = _mm_xor_si128(folded, _mm_and_si128(backticks, _mm_set1_epi8('`' ^ '\'')));
    return _mm_or_si128(_mm_andnot_si128(spaces, folded), _mm_and_si128(spaces, _mm_set1_epi8(' ')));
}
#endif

}  // namespace

std::int32_t decode_utf8(std::string_view text, std::size_t& i) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
    const std::size_t left = text.size() - i;
    auto continuation = [&](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
    if (p[0] < 0x80) {
        ++i;
        return p[0];
    }
    // The common two- and three-byte forms inline; the same rules as utf8proc_iterate.
    if (p[0] >= 0xC2 && p[0] <= 0xDF && left >= 2 && continuation(1)) {
        i += 2;
        return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (p[0] >= 0xE0 && p[0] <= 0xEF && left >= 3 && continuation(1) && continuation(2)) {
        std::int32_t cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            i += 3;
            return cp;
        }
    }
    utf8proc_int32_t cp = 0;
    auto length = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(left), &cp);
    if (length <= 0) {  // not reached for valid UTF-8; stay safe on invalid input
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

TextFolder::TextFolder() : table_(kTableSize) {
    for (std::int32_t cp = 0; cp < kTableSize; ++cp) table_[static_cast<std::size_t>(cp)] = compute(cp);
    // Every ASCII code point folds to exactly one byte, ' ' only for white space.
    for (std::size_t cp = 0; cp < ascii_.size(); ++cp) ascii_[cp] = table_[cp].bytes[0];
}

TextFolder::Entry TextFolder::compute(std::int32_t cp) const {
    Entry entry;
    if (is_space(cp)) {
        entry.space = 1;
        entry.bytes[0] = ' ';
        entry.length = 1;
        return entry;
    }
    if (is_apostrophe(cp)) {
        entry.bytes[0] = '\'';
        entry.length = 1;
        return entry;
    }
    entry.word = is_letter_or_digit(cp) ? 1 : 0;
    auto category = utf8proc_category(cp);
    entry.upper = category == UTF8PROC_CATEGORY_LU ? 1 : category == UTF8PROC_CATEGORY_LL ? 2 : 0;
    if (cp < 0x80) {
        entry.bytes[0] = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        entry.length = 1;
        return entry;
    }
    utf8proc_int32_t decomposed[8];
    utf8proc_int32_t last_boundclass = 0;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
                                                  UTF8PROC_STRIPMARK | UTF8PROC_COMPAT);
    auto count = utf8proc_decompose_char(cp, decomposed, 8, options, &last_boundclass);
    std::size_t length = 0;
    if (count < 0 || count > 8) {
        length = encode(cp, entry.bytes.data());
    } else {
        for (utf8proc_ssize_t k = 0; k < count; ++k) {
            char buffer[4];
            std::size_t n = encode(decomposed[k], buffer);
            if (length + n > entry.bytes.size()) break;
            for (std::size_t b = 0; b < n; ++b) entry.bytes[length++] = buffer[b];
        }
    }
    entry.length = static_cast<std::uint8_t>(length);  // 0: a stripped combining mark
    for (std::size_t b = 0; b < length && !entry.word; ++b) {
        const auto byte = static_cast<unsigned char>(entry.bytes[b]);
        if (byte < 0x80 && is_letter_or_digit(byte)) entry.symbol_alnum = 1;
    }
    return entry;
}

const TextFolder::Entry& TextFolder::lookup(std::int32_t cp, Entry& scratch) const {
    if (cp >= 0 && cp < kTableSize) return table_[static_cast<std::size_t>(cp)];
    scratch = compute(cp);
    return scratch;
}

bool TextFolder::is_word(std::int32_t cp) const {
    Entry scratch;
    return lookup(cp, scratch).word != 0;
}

bool TextFolder::is_lower(std::int32_t cp) const {
    Entry scratch;
    return lookup(cp, scratch).upper == 2;
}

std::size_t FoldedText::origin(std::size_t folded) const {
    auto after = std::upper_bound(runs.begin(), runs.end(), folded,
                                  [](std::size_t f, const Run& run) { return f < run.folded; });
    const Run& run = *(after - 1);
    return run.one_code_point ? run.original : run.original + (folded - run.folded);
}

void FoldedText::start_run(std::size_t folded, std::size_t original, bool one_code_point) {
    const Run run{static_cast<std::uint32_t>(folded), static_cast<std::uint32_t>(original), one_code_point};
    if (!runs.empty() && runs.back().folded == run.folded)
        runs.back() = run;
    else
        runs.push_back(run);
}

// Folds the ASCII bytes from text[i] up to the next other byte into
// out.bytes from `written` on; advances i and returns the number of bytes
// written. Eight bytes at a time where no white space follows white space,
// else byte by byte; a collapsed space starts a new run.
std::size_t TextFolder::fold_ascii_run(std::string_view text, std::size_t& i, std::size_t written,
                                       FoldedText& out, bool& previous_space) const {
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    char* bytes = out.bytes.data();
    const std::size_t n = text.size();
    const std::size_t first = written;
    std::uint64_t previous = previous_space ? 1u : 0u;
    std::size_t k = i;
    if (k < n && in[k] < 0x80) out.start_run(written, k, false);
    while (k < n && in[k] < 0x80) {
#ifdef __SSE2__
        if (k + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + k));
            const __m128i spaces = ascii_spaces(v);
            const unsigned space_bits = static_cast<unsigned>(_mm_movemask_epi8(spaces));
            if (_mm_movemask_epi8(v) == 0 && (space_bits & ((space_bits << 1) | previous)) == 0) {
                _mm_storeu_si128(reinterpret_cast<__m128i*>(bytes + written), fold_ascii_block(v, spaces));
                written += 16;
                k += 16;
                previous = space_bits >> 15;
                continue;
            }
        }
#endif
        if (k + 8 <= n) {
            const std::uint64_t word = load_little_endian(in + k);
            const std::uint64_t spaces = ascii_spaces(word);
            if ((word & kHigh) == 0 && (spaces & ((spaces << 8) | (previous << 7))) == 0) {
                store_little_endian(bytes + written, fold_ascii_word(word, spaces));
                written += 8;
                k += 8;
                previous = spaces >> 63;
                continue;
            }
        }
        for (const std::size_t stop = std::min(n, k + 8); k < stop && in[k] < 0x80; ++k) {
            const char folded = ascii_[in[k]];
            const std::uint64_t space = folded == ' ' ? 1u : 0u;
            if (space & previous) {
                out.start_run(written, k + 1, false);
                continue;
            }
            bytes[written++] = folded;
            previous = space;
        }
    }
    i = k;
    previous_space = previous != 0;
    return written - first;
}

void TextFolder::fold(std::string_view text, FoldedText& out) const {
    // Invariant: room for what is written plus one byte per input byte left,
    // which is all ASCII needs; only longer foldings grow the buffer.
    std::size_t capacity = text.size();
    out.bytes.resize(capacity);
    out.runs.clear();
    std::size_t written = 0;
    bool previous_space = false;
    out.symbol_alnum = false;
    Entry scratch;
    std::size_t i = 0;
    while (true) {
        written += fold_ascii_run(text, i, written, out, previous_space);
        if (i >= text.size()) break;
        const auto start = static_cast<std::uint32_t>(i);
        const Entry& entry = lookup(decode_utf8(text, i), scratch);
        if (entry.space && previous_space) continue;
        previous_space = entry.space != 0;
        out.symbol_alnum = out.symbol_alnum || entry.symbol_alnum;
        const std::size_t needed = written + entry.length + (text.size() - i);
        if (needed > capacity) {
            capacity = std::max(needed, capacity + capacity / 2);
            out.bytes.resize(capacity);
        }
        if (entry.length > 0) out.start_run(written, start, true);
        for (std::uint8_t b = 0; b < entry.length; ++b) out.bytes[written++] = entry.bytes[b];
    }
    out.bytes.resize(written);
}

bool TextFolder::folds_in_place(std::string_view text) const {
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
#ifdef __SSE2__
    if (n >= 16) {
        // Over all blocks, without branches: the bytes or-ed (a high bit: not
        // ASCII), and the white space right after white space.
        __m128i seen = _mm_setzero_si128(), doubled = _mm_setzero_si128(), previous = _mm_setzero_si128();
        auto check = [&](std::size_t at) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + at));
            const __m128i spaces = ascii_spaces(v);
            const __m128i before = _mm_or_si128(_mm_slli_si128(spaces, 1), _mm_srli_si128(previous, 15));
            seen = _mm_or_si128(seen, v);
            doubled = _mm_or_si128(doubled, _mm_and_si128(spaces, before));
            previous = spaces;
        };
        std::size_t k = 0;
        for (; k + 16 <= n; k += 16) check(k);
        if (k < n) {  // the last 16 bytes, overlapping checked ones: their pairs are checked
            previous = _mm_setzero_si128();
            check(n - 16);
        }
        return (_mm_movemask_epi8(seen) | _mm_movemask_epi8(doubled)) == 0;
    }
#endif
    unsigned previous = 0;  // whether the byte before k is white space
    for (std::size_t k = 0; k < n; ++k) {
        if (in[k] >= 0x80) return false;
        const unsigned space = ascii_[in[k]] == ' ' ? 1u : 0u;
        if (space & previous) return false;
        previous = space;
    }
    return true;
}

std::string TextFolder::fold(std::string_view text) const {
    FoldedText folded;
    fold(text, folded);
    // Trim the single spaces folding may leave at the ends.
    std::string& bytes = folded.bytes;
    std::size_t begin = bytes.find_first_not_of(' ');
    if (begin == std::string::npos) return {};
    std::size_t end = bytes.find_last_not_of(' ');
    return bytes.substr(begin, end - begin + 1);
}

}  // namespace riskgraph
