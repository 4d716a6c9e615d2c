// Folds text for matching: lower case, diacritics stripped, apostrophes and
// white space unified. Keeps, for every folded byte, where in the original
// text its code point starts, so a match in folded text maps back to exact
// offsets.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace riskgraph {

struct FoldedText {
    std::string bytes;  // folded UTF-8
    // Whether an ASCII letter or digit in `bytes` comes from a character that
    // is neither (™ -> "tm"): only then is a folded byte's word-ness not its own.
    bool symbol_alnum = false;

    // The byte offset, in the original text, of the code point that folded
    // byte `folded` (< bytes.size()) comes from.
    std::size_t origin(std::size_t folded) const;

    // Where folded bytes come from, in runs ordered by `folded`: from one run
    // to the next, folded byte f comes from original + (f - folded), or, in a
    // run of one code point (a folded non-ASCII character), all from original.
    // Runs, not an offset per byte: the matcher needs a few offsets per text,
    // and writing four bytes per byte cost more than folding.
    struct Run {
        std::uint32_t folded;
        std::uint32_t original;
        bool one_code_point;
    };
    std::vector<Run> runs;
    // Starts a run at folded byte `folded` (the last run, if it starts there too, is replaced).
    void start_run(std::size_t folded, std::size_t original, bool one_code_point);
    // Whether folded byte f comes from original byte f, for every f: the text
    // of `size` bytes was ASCII, and no white space was collapsed. Offsets in
    // bytes are then offsets in code points too.
    bool is_identity(std::size_t size) const {
        return bytes.size() == size && runs.size() == 1 && runs[0].folded == 0 && runs[0].original == 0 &&
               !runs[0].one_code_point;
    }
};

class TextFolder {
public:
    TextFolder();
    // `text` must be valid UTF-8 (checked by the caller).
    void fold(std::string_view text, FoldedText& out) const;
    // Folds a lexicon alias the same way (no origin needed).
    std::string fold(std::string_view text) const;
    // Whether `text` folds byte for byte in place: it is all ASCII and has no
    // two white space characters in a row. Folded byte i is then
    // fold_ascii(text[i]), and it comes from text[i].
    bool folds_in_place(std::string_view text) const;
    // The one folded byte of an ASCII byte.
    char fold_ascii(unsigned char byte) const { return ascii_[byte & 0x7F]; }

    // The character classes folding uses, by code point.
    bool is_word(std::int32_t code_point) const;   // letter or digit
    bool is_lower(std::int32_t code_point) const;  // lower-case letter

private:
    struct Entry {
        std::array<char, 11> bytes{};
        std::uint8_t length = 0;
        std::uint8_t word = 0;   // letter or digit
        std::uint8_t space = 0;  // white space: collapsed to one ' '
        std::uint8_t upper = 0;  // 1 upper-case letter, 2 lower-case letter
        std::uint8_t symbol_alnum = 0;  // not a letter or digit, but folds to ASCII ones
    };
    Entry compute(std::int32_t code_point) const;
    const Entry& lookup(std::int32_t code_point, Entry& scratch) const;
    std::size_t fold_ascii_run(std::string_view text, std::size_t& i, std::size_t written, FoldedText& out,
                               bool& previous_space) const;

    std::vector<Entry> table_;           // code points below kTableSize, precomputed
    std::array<char, 128> ascii_{};      // the one folded byte of each ASCII code point
};

// Decodes one code point of valid UTF-8 at text[i]; advances i.
std::int32_t decode_utf8(std::string_view text, std::size_t& i);

}  // namespace riskgraph
