// Finds lexicon entities in text: one Aho-Corasick automaton (a dense DFA
// over byte classes) for every alias of every entity, run over folded text.
//
// Rules (docs/lexicon.md): case- and diacritic-insensitive; whole words only,
// where anything but a letter or digit is a boundary ("WTO-lidstaten" holds
// "WTO", "VNG" does not hold "VN"); an alias ending in '*' matches as a word
// prefix ("surveillance*" in "surveillanceapparatuur"); an alias of at most
// six letters, all capitals ("WHO"), matches only in capitals; where matches
// overlap, the longest wins.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "importers/lexicon.h"
#include "importers/text_folding.h"

namespace riskgraph {

struct TextMatch {
    std::size_t entity = 0;  // index into Lexicon::entities()
    std::size_t start = 0;   // code point offsets in the searched text, end exclusive
    std::size_t end = 0;
    std::size_t start_byte = 0;  // the same as byte offsets
    std::size_t end_byte = 0;
};

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

}  // namespace riskgraph
