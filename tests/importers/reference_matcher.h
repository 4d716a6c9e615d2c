// The matcher and text folding as they were before the fast paths, in
// riskgraph::reference: the differential test compares the two.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "importers/lexicon.h"
#include "importers/matcher.h"
// Folds text for matching: lower case, diacritics stripped, apostrophes and
// white space unified. Keeps, for every folded byte, the original code point
// it came from, so a match in folded text maps back to exact offsets.


namespace riskgraph::reference {

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

}  // namespace riskgraph::reference

// Finds lexicon entities in text: one Aho-Corasick automaton (a dense DFA
// over byte classes) for every alias of every entity, run over folded text.
//
// Rules (docs/lexicon.md): case- and diacritic-insensitive; whole words only,
// where anything but a letter or digit is a boundary ("WTO-lidstaten" holds
// "WTO", "VNG" does not hold "VN"); an alias ending in '*' matches as a word
// prefix ("surveillance*" in "surveillanceapparatuur"); an alias of at most
// six letters, all capitals ("WHO"), matches only in capitals; where matches
// overlap, the longest wins.



namespace riskgraph::reference {

using riskgraph::TextMatch;

class Matcher {
public:
    // Throws InputError when two entities claim the same alias.
    explicit Matcher(const Lexicon& lexicon);

    // Scratch space a caller reuses between calls so matching allocates nothing
    // per text once warm. One per thread.
    struct Scratch {
        FoldedText folded;
        std::vector<TextMatch> candidates;
    };

    // Appends the matches in `text` (valid UTF-8), in text order.
    void find(std::string_view text, Scratch& scratch, std::vector<TextMatch>& out) const;
    std::vector<TextMatch> find(std::string_view text) const;

    std::size_t pattern_count() const { return patterns_.size(); }

private:
    struct Pattern {
        std::uint32_t entity;
        std::uint32_t length;  // folded bytes
        bool prefix;           // alias ended in '*'
        bool capitals_only;    // short all-capital acronym
    };
    void add_pattern(std::string_view folded, Pattern pattern);
    void build_automaton();
    bool accept(const Pattern& pattern, std::size_t start, std::size_t end,
                const FoldedText& folded) const;

    TextFolder folder_;
    std::vector<Pattern> patterns_;
    std::vector<std::string> pattern_bytes_;
    std::uint8_t byte_class_[256] = {};
    std::size_t class_count_ = 1;
    std::vector<std::int32_t> delta_;          // state * class_count_ + class -> state
    std::vector<std::int32_t> output_;         // state -> first pattern ending here, or -1
    std::vector<std::int32_t> next_output_;    // pattern -> next pattern in the same output list
    std::vector<std::int32_t> dictionary_link_;  // state -> nearest suffix state with output, or -1
};

}  // namespace riskgraph::reference
