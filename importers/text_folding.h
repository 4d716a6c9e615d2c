// Folds text for matching: lower case, diacritics stripped, apostrophes and
// white space unified. Keeps, for every folded byte, the original code point
// it came from, so a match in folded text maps back to exact offsets.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace riskgraph {

struct FoldedText {
    std::string bytes;                    // folded UTF-8
    std::vector<std::uint32_t> origin;    // per folded byte: index of the original code point
    std::vector<std::uint8_t> word;       // per folded byte: 1 if its code point is a letter or digit
    std::vector<std::uint32_t> cp_byte;   // per original code point: its byte offset; plus one past the end
    std::vector<std::uint8_t> upper;      // per original code point: 1 for an upper-case letter, 2 for a lower-case one
};

class TextFolder {
public:
    TextFolder();
    // `text` must be valid UTF-8 (checked by the caller).
    void fold(std::string_view text, FoldedText& out) const;
    // Folds a lexicon alias the same way (no origin needed).
    std::string fold(std::string_view text) const;

private:
    struct Entry {
        std::array<char, 11> bytes{};
        std::uint8_t length = 0;
        std::uint8_t word = 0;   // letter or digit
        std::uint8_t space = 0;  // white space: collapsed to one ' '
        std::uint8_t upper = 0;  // 1 upper-case letter, 2 lower-case letter
    };
    Entry compute(std::int32_t code_point) const;
    const Entry& lookup(std::int32_t code_point, Entry& scratch) const;

    std::vector<Entry> table_;  // code points below kTableSize, precomputed
};

// Decodes one code point of valid UTF-8 at text[i]; advances i.
std::int32_t decode_utf8(std::string_view text, std::size_t& i);

}  // namespace riskgraph
