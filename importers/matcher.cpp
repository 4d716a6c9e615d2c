#include "importers/matcher.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <map>
#include <numeric>
#include <string>

#include "graph/errors.h"

namespace riskgraph {
namespace {

// "WHO", "VN", "EU", "D66": at most six letters, every letter a capital.
bool is_capitals_acronym(std::string_view alias) {
    int letters = 0;
    for (std::size_t i = 0; i < alias.size();) {
        std::int32_t cp = decode_utf8(alias, i);
        bool lower = (cp >= 'a' && cp <= 'z');
        bool upper = (cp >= 'A' && cp <= 'Z');
        if (cp >= 0x80) return false;  // keep the rule to plain ASCII acronyms
        if (lower) return false;
        if (upper) ++letters;
    }
    return letters > 0 && letters <= 6;
}

}  // namespace

Matcher::Matcher(const Lexicon& lexicon) {
    // folded alias -> entity, to find two entities claiming one alias
    std::map<std::string, std::uint32_t> owner;
    const auto& entities = lexicon.entities();
    for (std::uint32_t e = 0; e < entities.size(); ++e) {
        for (const std::string& alias : entities[e].aliases) {
            std::string_view text = alias;
            bool prefix = !text.empty() && text.back() == '*';
            if (prefix) text.remove_suffix(1);
            std::string folded = folder_.fold(text);
            if (folded.empty()) continue;
            std::string key = folded + (prefix ? "*" : "");
            auto [it, inserted] = owner.emplace(key, e);
            if (!inserted && it->second != e)
                throw InputError("lexicon", 0,
                                 "alias \"" + alias + "\" of entity \"" + entities[e].id +
                                     "\" is also an alias of \"" + entities[it->second].id + "\"");
            add_pattern(folded, Pattern{e, static_cast<std::uint32_t>(folded.size()), prefix,
                                        is_capitals_acronym(text)});
        }
    }
    build_automaton();
}

void Matcher::add_pattern(std::string_view folded, Pattern pattern) {
    for (std::size_t i = 0; i < patterns_.size(); ++i) {
        const Pattern& p = patterns_[i];
        if (p.entity == pattern.entity && p.prefix == pattern.prefix &&
            p.capitals_only == pattern.capitals_only && pattern_bytes_[i] == folded)
            return;  // the same alias twice
    }
    patterns_.push_back(pattern);
    pattern_bytes_.emplace_back(folded);
    longest_pattern_ = std::max(longest_pattern_, folded.size());
}

namespace {

// The folded bytes whose word-ness the word-start automaton assumes.
bool is_ascii_alnum(unsigned char b) {
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

// The Aho-Corasick automaton as built: a complete DFA over byte classes with
// state numbers in creation order, before Matcher lays it out for scanning.
struct Automaton {
    std::size_t classes = 0;
    std::vector<std::int32_t> delta;        // state * classes + class -> state
    std::vector<std::int32_t> output;       // state -> first pattern ending here, or -1
    std::vector<std::int32_t> next_output;  // pattern -> next pattern in the same output list
    std::vector<std::int32_t> fail;         // state -> longest proper suffix state
    std::vector<std::int32_t> dictionary_link;  // state -> nearest suffix state with output, or -1
    std::vector<std::int32_t> breadth_first;    // every state, shallowest first
    std::vector<std::uint32_t> pattern;     // state -> a pattern its string begins
    std::vector<std::uint32_t> depth;       // state -> length of its string
};

void build_trie(const std::vector<std::string>& patterns, const std::uint8_t* byte_class,
                Automaton& a) {
    const std::size_t k = a.classes;
    a.delta.assign(k, -1);
    a.output.assign(1, -1);
    a.pattern.assign(1, 0);
    a.depth.assign(1, 0);
    a.next_output.assign(patterns.size(), -1);
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        std::int32_t state = 0;
        for (unsigned char byte : patterns[p]) {
            std::size_t slot = static_cast<std::size_t>(state) * k + byte_class[byte];
            if (a.delta[slot] < 0) {
                a.delta[slot] = static_cast<std::int32_t>(a.output.size());
                a.output.push_back(-1);
                a.pattern.push_back(static_cast<std::uint32_t>(p));
                a.depth.push_back(a.depth[static_cast<std::size_t>(state)] + 1);
                a.delta.resize(a.delta.size() + k, -1);
            }
            state = a.delta[slot];
        }
        a.next_output[p] = a.output[static_cast<std::size_t>(state)];
        a.output[static_cast<std::size_t>(state)] = static_cast<std::int32_t>(p);
    }
}

// Failure links by breadth-first search, folded into a complete DFA.
void add_failure_links(Automaton& a) {
    const std::size_t k = a.classes;
    const std::size_t states = a.output.size();
    a.fail.assign(states, 0);
    a.dictionary_link.assign(states, -1);
    a.breadth_first.assign(1, 0);
    for (std::size_t c = 0; c < k; ++c) {
        std::int32_t& next = a.delta[c];
        if (next < 0) {
            next = 0;
        } else {
            a.fail[static_cast<std::size_t>(next)] = 0;
            a.breadth_first.push_back(next);
        }
    }
    for (std::size_t q = 1; q < a.breadth_first.size(); ++q) {
        auto s = static_cast<std::size_t>(a.breadth_first[q]);
        auto f = static_cast<std::size_t>(a.fail[s]);
        a.dictionary_link[s] = a.output[f] >= 0 ? a.fail[s] : a.dictionary_link[f];
        for (std::size_t c = 0; c < k; ++c) {
            std::int32_t& next = a.delta[s * k + c];
            std::int32_t via_fail = a.delta[f * k + c];
            if (next < 0) {
                next = via_fail;
            } else {
                a.fail[static_cast<std::size_t>(next)] = via_fail;
                a.breadth_first.push_back(next);
            }
        }
    }
}

// Every pattern ending at a state, its own and its suffixes'.
std::vector<std::vector<std::uint32_t>> reports_by_state(const Automaton& a) {
    std::vector<std::vector<std::uint32_t>> reports(a.output.size());
    for (std::size_t s = 0; s < reports.size(); ++s) {
        std::int32_t hit = a.output[s] >= 0 ? static_cast<std::int32_t>(s) : a.dictionary_link[s];
        for (; hit >= 0; hit = a.dictionary_link[static_cast<std::size_t>(hit)])
            for (std::int32_t p = a.output[static_cast<std::size_t>(hit)]; p >= 0;
                 p = a.next_output[static_cast<std::size_t>(p)])
                reports[s].push_back(static_cast<std::uint32_t>(p));
    }
    return reports;
}

// The automaton that follows only pattern occurrences right after a byte
// that is no ASCII letter or digit (or at the start). Its state is the
// longest such suffix of the text that is a trie state; one extra state,
// `after_word` (number: the state count), is the empty suffix after a letter
// or digit, where no occurrence can start.
struct WordStarts {
    std::vector<std::int32_t> delta;
    std::vector<std::int32_t> order;  // root, after_word, then the rest shallowest first
    std::vector<std::vector<std::uint32_t>> reports;
};

WordStarts word_starts(const Automaton& a, const std::vector<std::string>& patterns,
                       const std::vector<std::vector<std::uint32_t>>& every_report,
                       const std::vector<bool>& alnum_class) {
    const std::size_t k = a.classes;
    const std::size_t states = a.output.size();
    const auto after_word = static_cast<std::int32_t>(states);
    // Whether byte i of state s's string is a letter or digit.
    auto alnum_at = [&](std::size_t s, std::size_t i) {
        return is_ascii_alnum(static_cast<unsigned char>(patterns[a.pattern[s]][i]));
    };
    auto trie_child = [&](std::size_t s, std::size_t c) {
        const auto t = static_cast<std::size_t>(a.delta[s * k + c]);
        return a.depth[t] == a.depth[s] + 1 ? static_cast<std::int32_t>(t) : -1;
    };
    WordStarts w;
    w.delta.assign((states + 1) * k, 0);
    for (std::size_t c = 0; c < k; ++c) {
        const std::int32_t restart = alnum_class[c] ? after_word : 0;
        w.delta[c] = trie_child(0, c) >= 0 ? trie_child(0, c) : restart;
        w.delta[states * k + c] = restart;
    }
    for (std::size_t q = 1; q < a.breadth_first.size(); ++q) {
        const auto s = static_cast<std::size_t>(a.breadth_first[q]);
        // The longest proper suffix that follows no letter or digit.
        auto f = static_cast<std::size_t>(a.fail[s]);
        while (f != 0 && alnum_at(s, a.depth[s] - a.depth[f] - 1)) f = static_cast<std::size_t>(a.fail[f]);
        if (f == 0 && alnum_at(s, a.depth[s] - 1)) f = states;
        for (std::size_t c = 0; c < k; ++c) {
            const std::int32_t child = trie_child(s, c);
            w.delta[s * k + c] = child >= 0 ? child : w.delta[f * k + c];
        }
    }
    w.reports.resize(states + 1);
    for (std::size_t s = 1; s < states; ++s)
        for (std::uint32_t p : every_report[s]) {
            const std::size_t length = patterns[p].size();
            if (length == a.depth[s] || !alnum_at(s, a.depth[s] - length - 1)) w.reports[s].push_back(p);
        }
    w.order = {0, after_word};
    w.order.insert(w.order.end(), a.breadth_first.begin() + 1, a.breadth_first.end());
    return w;
}

}  // namespace

// One class per byte that occurs in a pattern, the most frequent first, and
// the count rounded up to whole cache lines of table row: a state's moves on
// the common letters then share one line. Of the other bytes, class 1 holds
// the ASCII letters and digits, class 0 the rest.
void Matcher::assign_byte_classes() {
    std::array<std::size_t, 256> count{};
    for (const std::string& bytes : pattern_bytes_)
        for (unsigned char byte : bytes) ++count[byte];
    std::array<std::uint8_t, 256> by_count{};
    std::iota(by_count.begin(), by_count.end(), std::uint8_t{0});
    std::stable_sort(by_count.begin(), by_count.end(),
                     [&](std::uint8_t a, std::uint8_t b) { return count[a] > count[b]; });
    class_count_ = 2;
    for (std::uint8_t byte : by_count)
        byte_class_[byte] = count[byte] > 0 ? static_cast<std::uint8_t>(class_count_++)
                                            : is_ascii_alnum(byte) ? 1 : 0;
    for (unsigned byte = 0; byte < 256; ++byte) {
        const auto folded = static_cast<unsigned char>(folder_.fold_ascii(static_cast<unsigned char>(byte)));
        in_place_class_[byte] = byte_class_[folded];
    }
    constexpr std::uint32_t kPerLine = 64 / sizeof(std::uint32_t);
    class_count_ = (class_count_ + kPerLine - 1) / kPerLine * kPerLine;
}

void Matcher::build_automaton() {
    assign_byte_classes();
    Automaton a;
    a.classes = class_count_;
    build_trie(pattern_bytes_, byte_class_, a);
    add_failure_links(a);
    const auto reports = reports_by_state(a);
    lay_out(a.delta, a.breadth_first, reports, every_);
    std::vector<bool> alnum_class(class_count_, false);
    alnum_class[1] = true;
    for (unsigned b = 0; b < 256; ++b)
        if (byte_class_[b] > 1) alnum_class[byte_class_[b]] = is_ascii_alnum(static_cast<unsigned char>(b));
    const WordStarts w = word_starts(a, pattern_bytes_, reports, alnum_class);
    lay_out(w.delta, w.order, w.reports, word_starts_);
}

// Renumbers the states of `delta` for scanning: those without reports first,
// then those with, each in `order`, so the busy states share cache lines.
void Matcher::lay_out(const std::vector<std::int32_t>& delta, const std::vector<std::int32_t>& order,
                      const std::vector<std::vector<std::uint32_t>>& reports, Table& table) const {
    const std::size_t k = class_count_;
    const std::size_t states = reports.size();
    if (states * k > std::numeric_limits<std::uint32_t>::max())
        throw InputError("lexicon", 0, "too many aliases for one matcher");
    std::vector<std::size_t> laid_out;  // new state index -> old state
    for (bool with_reports : {false, true}) {
        if (with_reports) table.first_report = static_cast<std::uint32_t>(laid_out.size() * k);
        for (std::int32_t s : order)
            if (reports[static_cast<std::size_t>(s)].empty() != with_reports)
                laid_out.push_back(static_cast<std::size_t>(s));
    }
    std::vector<std::uint32_t> number(states);  // old state -> new state times k
    for (std::size_t n = 0; n < laid_out.size(); ++n) number[laid_out[n]] = static_cast<std::uint32_t>(n * k);
    table.delta.assign(states * k, 0);
    table.begin.assign(1, 0);
    for (std::size_t s : laid_out) {
        for (std::size_t c = 0; c < k; ++c)
            table.delta[number[s] + c] = number[static_cast<std::size_t>(delta[s * k + c])];
        if (reports[s].empty()) continue;
        table.patterns.insert(table.patterns.end(), reports[s].begin(), reports[s].end());
        table.begin.push_back(static_cast<std::uint32_t>(table.patterns.size()));
    }
}

bool Matcher::word_at(std::string_view text, std::size_t byte) const {
    const auto b = static_cast<unsigned char>(text[byte]);
    if (b < 0x80) return is_ascii_alnum(b);
    return folder_.is_word(decode_utf8(text, byte));
}

// Whether a lower-case letter is among the code points from the one at byte
// `first` through the one at byte `last`.
bool Matcher::lower_in(std::string_view text, std::size_t first, std::size_t last) const {
    for (std::size_t i = first; i <= last;)
        if (folder_.is_lower(decode_utf8(text, i))) return true;
    return false;
}

bool Matcher::accept(const Pattern& pattern, std::size_t start, std::size_t end,
                     std::string_view text, const FoldedText& folded) const {
    const std::size_t n = folded.bytes.size();
    const std::size_t first = folded.origin(start);
    const std::size_t last = folded.origin(end - 1);
    // Never split the folded form of one original character.
    if (start > 0) {
        const std::size_t before = folded.origin(start - 1);
        if (before == first || word_at(text, before)) return false;
    }
    if (end < n) {
        const std::size_t after = folded.origin(end);
        if (after == last) return false;
        if (!pattern.prefix && word_at(text, after)) return false;
    }
    return !pattern.capitals_only || !lower_in(text, first, last);
}

// accept() for a text that folds in place: folded byte i is ASCII text[i].
bool Matcher::accept_in_place(const Pattern& pattern, std::size_t start, std::size_t end,
                              std::string_view text) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    if (start > 0 && is_ascii_alnum(bytes[start - 1])) return false;
    if (end < text.size() && !pattern.prefix && is_ascii_alnum(bytes[end])) return false;
    return !pattern.capitals_only ||
           std::none_of(bytes + start, bytes + end, [](unsigned char b) { return b >= 'a' && b <= 'z'; });
}

// The accepted patterns ending at reporting `state` after folded byte end - 1.
void Matcher::collect(const Table& table, std::uint32_t state, std::size_t end, const ScanInput& input) const {
    const std::uint32_t r = (state - table.first_report) / class_count_;
    for (std::uint32_t j = table.begin[r]; j < table.begin[r + 1]; ++j) {
        const Pattern& pattern = patterns_[table.patterns[j]];
        const std::size_t start = end - pattern.length;
        const bool accepted = input.folded ? accept(pattern, start, end, input.text, *input.folded)
                                           : accept_in_place(pattern, start, end, input.text);
        if (accepted) input.candidates->push_back(TextMatch{pattern.entity, start, end, 0, 0});
    }
}

namespace {

// Code points in p[0, length) of valid UTF-8: the bytes that are not
// continuation bytes (10xxxxxx), eight at a time.
std::size_t count_code_points(const char* p, std::size_t length) {
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    std::size_t count = length;
    std::size_t k = 0;
    for (; k + 8 <= length; k += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + k, 8);
        const std::uint64_t continuation = (word & ~(word << 1) & kHigh) >> 7;
        count -= static_cast<std::size_t>((continuation * kOnes) >> 56);  // sum of the bytes
    }
    for (; k < length; ++k) count -= (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80 ? 1 : 0;
    return count;
}

// Keeps, longest first and among equals leftmost, the candidates that overlap
// nothing kept; appends them to `out`.
void resolve_overlaps(std::vector<TextMatch>& candidates, std::size_t folded_size,
                      std::vector<std::uint8_t>& taken, std::vector<TextMatch>& out) {
    std::sort(candidates.begin(), candidates.end(), [](const TextMatch& a, const TextMatch& b) {
        std::size_t la = a.end - a.start, lb = b.end - b.start;
        if (la != lb) return la > lb;
        if (a.start != b.start) return a.start < b.start;
        return a.entity < b.entity;
    });
    const auto kept = static_cast<std::ptrdiff_t>(out.size());
    if (candidates.size() <= 16) {  // few: compare with those kept, no per-byte marks
        for (const TextMatch& candidate : candidates) {
            const bool overlaps = std::any_of(out.begin() + kept, out.end(), [&](const TextMatch& k) {
                return candidate.start < k.end && k.start < candidate.end;
            });
            if (!overlaps) out.push_back(candidate);
        }
        return;
    }
    taken.assign(folded_size, 0);
    for (const TextMatch& candidate : candidates) {
        const auto first = taken.begin() + static_cast<std::ptrdiff_t>(candidate.start);
        const auto last = taken.begin() + static_cast<std::ptrdiff_t>(candidate.end);
        if (std::find(first, last, std::uint8_t{1}) != last) continue;
        std::fill(first, last, std::uint8_t{1});
        out.push_back(candidate);
    }
}

}  // namespace

// Runs `table` over the folded text as two independent streams, interleaved
// so the processor overlaps their loads: [0, middle) and [middle - warm_up, n).
// A state depends on at most the last longest_pattern_ + 1 bytes, so from
// `middle` on the second stream is where a single pass would be. The streams
// are balanced to end together.
void Matcher::scan(const Table& table, const ScanInput& input) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(input.bytes().data());
    const std::size_t n = input.bytes().size();
    const std::uint32_t* delta = table.delta.data();
    const std::uint8_t* byte_class = classes(input);
    const std::uint32_t first_report = table.first_report;
    const std::size_t warm_up = longest_pattern_ + 1;
    std::size_t i = 0;
    std::uint32_t state = 0;
    if (n >= warm_up + 32) {
        const std::size_t middle = (n + warm_up) / 2;
        std::size_t j = middle - warm_up;
        std::uint32_t second = 0;
        for (; j < middle; ++i, ++j) {  // the second stream warms up: the first reports these bytes
            state = delta[state + byte_class[bytes[i]]];
            second = delta[second + byte_class[bytes[j]]];
            if (state >= first_report) [[unlikely]]
                collect(table, state, i + 1, input);
        }
        for (; i < middle; ++i, ++j) {
            state = delta[state + byte_class[bytes[i]]];
            second = delta[second + byte_class[bytes[j]]];
            if (state >= first_report) [[unlikely]]
                collect(table, state, i + 1, input);
            if (second >= first_report) [[unlikely]]
                collect(table, second, j + 1, input);
        }
        i = j;
        state = second;
    }
    for (; i < n; ++i) {
        state = delta[state + byte_class[bytes[i]]];
        if (state >= first_report) [[unlikely]]
            collect(table, state, i + 1, input);
    }
}

// Runs `table` over two texts at once, each from the start, as two
// independent streams: the longer one's rest alone.
void Matcher::scan_two(const Table& table, ScanInput a, ScanInput b) const {
    if (a.bytes().size() > b.bytes().size()) std::swap(a, b);
    const auto* bytes_a = reinterpret_cast<const unsigned char*>(a.bytes().data());
    const auto* bytes_b = reinterpret_cast<const unsigned char*>(b.bytes().data());
    const std::size_t n_a = a.bytes().size();
    const std::size_t n_b = b.bytes().size();
    const std::uint32_t* delta = table.delta.data();
    const std::uint8_t* class_a = classes(a);
    const std::uint8_t* class_b = classes(b);
    const std::uint32_t first_report = table.first_report;
    std::uint32_t state_a = 0, state_b = 0;
    std::size_t i = 0;
    for (; i < n_a; ++i) {
        state_a = delta[state_a + class_a[bytes_a[i]]];
        state_b = delta[state_b + class_b[bytes_b[i]]];
        if (state_a >= first_report) [[unlikely]]
            collect(table, state_a, i + 1, a);
        if (state_b >= first_report) [[unlikely]]
            collect(table, state_b, i + 1, b);
    }
    for (; i < n_b; ++i) {
        state_b = delta[state_b + class_b[bytes_b[i]]];
        if (state_b >= first_report) [[unlikely]]
            collect(table, state_b, i + 1, b);
    }
}

void Matcher::find(std::string_view text, Scratch& scratch, std::vector<TextMatch>& out) const {
    const FoldedText* folded = nullptr;
    if (!folder_.folds_in_place(text)) {
        folder_.fold(text, scratch.folded);
        folded = &scratch.folded;
    }
    auto& candidates = scratch.candidates;
    candidates.clear();
    scan(folded && folded->symbol_alnum ? every_ : word_starts_, ScanInput{text, folded, &candidates});
    finish(text, folded, candidates, scratch.taken, out);
}

void Matcher::find_each(std::span<const std::string_view> texts, Scratch& scratch,
                        std::vector<std::vector<TextMatch>>& out) const {
    const std::size_t count = texts.size();
    if (scratch.folded_each.size() < count) scratch.folded_each.resize(count);
    if (scratch.candidates_each.size() < count) scratch.candidates_each.resize(count);
    scratch.in_place.resize(count);
    out.resize(count);
    auto input = [&](std::size_t i) {
        return ScanInput{texts[i], scratch.in_place[i] ? nullptr : &scratch.folded_each[i], &scratch.candidates_each[i]};
    };
    // Texts for the word-start table, paired by length so that pairs end together.
    auto& pairing = scratch.pairing;
    pairing.clear();
    for (std::size_t i = 0; i < count; ++i) {
        scratch.candidates_each[i].clear();
        out[i].clear();
        scratch.in_place[i] = texts[i].empty() || folder_.folds_in_place(texts[i]);
        if (texts[i].empty()) continue;
        if (!scratch.in_place[i]) {
            FoldedText& folded = scratch.folded_each[i];
            folder_.fold(texts[i], folded);
            if (folded.symbol_alnum) {
                scan(every_, input(i));
                continue;
            }
        }
        pairing.emplace_back(input(i).bytes().size(), i);
    }
    std::sort(pairing.begin(), pairing.end());
    std::size_t k = 0;
    for (; k + 1 < pairing.size(); k += 2)
        scan_two(word_starts_, input(pairing[k].second), input(pairing[k + 1].second));
    if (k < pairing.size()) scan(word_starts_, input(pairing[k].second));
    for (std::size_t i = 0; i < count; ++i)
        finish(texts[i], input(i).folded, scratch.candidates_each[i], scratch.taken, out[i]);
}

void Matcher::finish(std::string_view text, const FoldedText* folded, std::vector<TextMatch>& candidates,
                     std::vector<std::uint8_t>& taken, std::vector<TextMatch>& out) const {
    if (candidates.empty()) return;
    const std::size_t n = folded ? folded->bytes.size() : text.size();
    const std::size_t first = out.size();
    out.reserve(first + candidates.size());
    if (candidates.size() == 1) {  // most texts with a match: nothing to resolve or order
        out.push_back(candidates.front());
    } else {
        resolve_overlaps(candidates, n, taken, out);
        std::sort(out.begin() + static_cast<long>(first), out.end(),
                  [](const TextMatch& a, const TextMatch& b) { return a.start < b.start; });
    }
    if (!folded || folded->is_identity(text.size())) {  // most texts: nothing to map
        for (std::size_t j = first; j < out.size(); ++j) {
            out[j].start_byte = out[j].start;
            out[j].end_byte = out[j].end;
        }
        return;
    }
    // Folded byte offsets -> original code point and byte offsets; the matches
    // are in text order, so code points are counted once, left to right.
    std::size_t byte = 0;
    std::size_t code_points = 0;
    auto code_points_before = [&](std::size_t to) {
        code_points += count_code_points(text.data() + byte, to - byte);
        byte = to;
        return code_points;
    };
    for (std::size_t j = first; j < out.size(); ++j) {
        TextMatch& m = out[j];
        const std::size_t start_byte = folded->origin(m.start);
        std::size_t end_byte = folded->origin(m.end - 1);
        decode_utf8(text, end_byte);  // past the last code point
        m.start = code_points_before(start_byte);
        m.end = code_points_before(end_byte);
        m.start_byte = start_byte;
        m.end_byte = end_byte;
    }
}

std::vector<TextMatch> Matcher::find(std::string_view text) const {
    Scratch scratch;
    std::vector<TextMatch> out;
    find(text, scratch, out);
    return out;
}

}  // namespace riskgraph
