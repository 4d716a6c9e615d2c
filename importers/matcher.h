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
#include <new>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/lexicon.h"
#include "importers/text_folding.h"

namespace riskgraph {

// Allocates on 64-byte boundaries: the matcher's table rows start on cache lines.
template <class T>
struct CacheLineAllocator {
    using value_type = T;
    CacheLineAllocator() = default;
    template <class U>
    CacheLineAllocator(const CacheLineAllocator<U>&) {}
    T* allocate(std::size_t n) {
        return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{64}));
    }
    void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t{64}); }
    bool operator==(const CacheLineAllocator&) const { return true; }
};

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
        std::vector<std::uint8_t> taken;  // per folded byte: inside a kept match
        std::vector<FoldedText> folded_each;  // find_each(): one per text
        std::vector<std::uint8_t> in_place;   // find_each(): whether the text folds in place
        std::vector<std::vector<TextMatch>> candidates_each;
        std::vector<std::pair<std::size_t, std::size_t>> pairing;  // (bytes to scan, text)
        // For the caller of find_each(), to keep its vectors' memory between calls.
        std::vector<std::string_view> texts;
        std::vector<std::vector<TextMatch>> found;
    };

    // Appends the matches in `text` (valid UTF-8), in text order.
    void find(std::string_view text, Scratch& scratch, std::vector<TextMatch>& out) const;
    std::vector<TextMatch> find(std::string_view text) const;
    // The same for several texts: out[i] (out is resized to texts.size())
    // gets the matches of texts[i]. Texts are scanned two at a time, so the
    // processor overlaps their table look-ups, which otherwise wait on each
    // other; a document's texts are too short to split one in two.
    void find_each(std::span<const std::string_view> texts, Scratch& scratch,
                   std::vector<std::vector<TextMatch>>& out) const;

    std::size_t pattern_count() const { return patterns_.size(); }

private:
    struct Pattern {
        std::uint32_t entity;
        std::uint32_t length;  // folded bytes
        bool prefix;           // alias ended in '*'
        bool capitals_only;    // short all-capital acronym
    };
    // A DFA laid out for scanning. States are numbered times the class
    // count, so a step is one load: delta[state + class] is the next state.
    // States at or above first_report end at least one pattern: those ending
    // there are patterns[begin[r] .. begin[r + 1]), r = (state - first_report)
    // / class count.
    struct Table {
        std::vector<std::uint32_t, CacheLineAllocator<std::uint32_t>> delta;
        std::uint32_t first_report = 0;
        std::vector<std::uint32_t> begin;
        std::vector<std::uint32_t> patterns;
    };
    void add_pattern(std::string_view folded, Pattern pattern);
    void assign_byte_classes();
    void build_automaton();
    void lay_out(const std::vector<std::int32_t>& delta, const std::vector<std::int32_t>& order,
                 const std::vector<std::vector<std::uint32_t>>& reports, Table& table) const;
    // A text to scan and where its candidates go. `folded` is its folded
    // form, or null when the text folds in place (TextFolder::folds_in_place):
    // then the text itself is scanned, its bytes classed by in_place_class_.
    struct ScanInput {
        std::string_view text;
        const FoldedText* folded;
        std::vector<TextMatch>* candidates;
        std::string_view bytes() const { return folded ? std::string_view(folded->bytes) : text; }
    };
    const std::uint8_t* classes(const ScanInput& input) const {
        return input.folded ? byte_class_ : in_place_class_;
    }
    void scan(const Table& table, const ScanInput& input) const;
    void scan_two(const Table& table, ScanInput a, ScanInput b) const;
    // Keeps the accepted candidates that do not overlap and appends them to
    // `out` with offsets in the original text.
    void finish(std::string_view text, const FoldedText* folded, std::vector<TextMatch>& candidates,
                std::vector<std::uint8_t>& taken, std::vector<TextMatch>& out) const;
    void collect(const Table& table, std::uint32_t state, std::size_t end, const ScanInput& input) const;
    bool accept(const Pattern& pattern, std::size_t start, std::size_t end, std::string_view text,
                const FoldedText& folded) const;
    bool accept_in_place(const Pattern& pattern, std::size_t start, std::size_t end, std::string_view text) const;
    bool word_at(std::string_view text, std::size_t byte) const;
    bool lower_in(std::string_view text, std::size_t first, std::size_t last) const;

    TextFolder folder_;
    std::vector<Pattern> patterns_;
    std::vector<std::string> pattern_bytes_;
    std::size_t longest_pattern_ = 0;  // folded bytes
    std::uint8_t byte_class_[256] = {};
    std::uint8_t in_place_class_[256] = {};  // byte_class_ of each ASCII byte's folded byte
    std::uint32_t class_count_ = 2;
    // Aho-Corasick over byte classes: every occurrence of every pattern.
    Table every_;
    // The same, but only occurrences right after a byte that is no ASCII
    // letter or digit, or at the start: a superset of those starting a word,
    // unless FoldedText::symbol_alnum.
    Table word_starts_;
};

}  // namespace riskgraph
