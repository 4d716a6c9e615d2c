// The matcher and text folding as they were before the fast paths
// (git 8dcddd2), kept verbatim as the reference for the differential test.
// Do not optimise this copy: its only job is to be obviously the old code.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/errors.h"
#include "importers/lexicon.h"
#include "importers/matcher.h"
#include "tests/importers/reference_matcher.h"


namespace riskgraph::reference {
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

bool is_word(std::int32_t cp) {
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

}  // namespace

std::int32_t decode_utf8(std::string_view text, std::size_t& i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
        ++i;
        return byte;
    }
    utf8proc_int32_t cp = 0;
    auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                   static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (length <= 0) {  // not reached for valid UTF-8; stay safe on invalid input
        ++i;
        return 0xFFFD;
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

TextFolder::TextFolder() : table_(kTableSize) {
    for (std::int32_t cp = 0; cp < kTableSize; ++cp) table_[static_cast<std::size_t>(cp)] = compute(cp);
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
    entry.word = is_word(cp) ? 1 : 0;
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
    return entry;
}

const TextFolder::Entry& TextFolder::lookup(std::int32_t cp, Entry& scratch) const {
    if (cp >= 0 && cp < kTableSize) return table_[static_cast<std::size_t>(cp)];
    scratch = compute(cp);
    return scratch;
}

void TextFolder::fold(std::string_view text, FoldedText& out) const {
    out.bytes.clear();
    out.origin.clear();
    out.word.clear();
    out.cp_byte.clear();
    out.upper.clear();
    out.bytes.reserve(text.size());
    out.origin.reserve(text.size());
    out.word.reserve(text.size());
    out.cp_byte.reserve(text.size() + 1);
    out.upper.reserve(text.size());
    Entry scratch;
    bool previous_space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        auto index = static_cast<std::uint32_t>(out.cp_byte.size());
        out.cp_byte.push_back(static_cast<std::uint32_t>(i));
        std::int32_t cp = decode_utf8(text, i);
        const Entry& entry = lookup(cp, scratch);
        out.upper.push_back(entry.upper);
        if (entry.space) {
            if (previous_space) continue;
            previous_space = true;
        } else {
            previous_space = false;
        }
        for (std::uint8_t b = 0; b < entry.length; ++b) {
            out.bytes.push_back(entry.bytes[b]);
            out.origin.push_back(index);
            out.word.push_back(entry.word);
        }
    }
    out.cp_byte.push_back(static_cast<std::uint32_t>(text.size()));
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

}  // namespace riskgraph::reference




namespace riskgraph::reference {
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
}

void Matcher::build_automaton() {
    for (const std::string& bytes : pattern_bytes_)
        for (unsigned char byte : bytes)
            if (byte_class_[byte] == 0) byte_class_[byte] = static_cast<std::uint8_t>(class_count_++);
    const std::size_t k = class_count_;

    // The trie.
    delta_.assign(k, -1);
    output_.assign(1, -1);
    next_output_.assign(patterns_.size(), -1);
    for (std::size_t p = 0; p < patterns_.size(); ++p) {
        std::int32_t state = 0;
        for (unsigned char byte : pattern_bytes_[p]) {
            std::size_t slot = static_cast<std::size_t>(state) * k + byte_class_[byte];
            if (delta_[slot] < 0) {
                delta_[slot] = static_cast<std::int32_t>(output_.size());
                output_.push_back(-1);
                delta_.resize(delta_.size() + k, -1);
            }
            state = delta_[slot];
        }
        next_output_[p] = output_[static_cast<std::size_t>(state)];
        output_[static_cast<std::size_t>(state)] = static_cast<std::int32_t>(p);
    }

    // Failure links by breadth-first search, folded into a complete DFA.
    const std::size_t states = output_.size();
    std::vector<std::int32_t> fail(states, 0);
    dictionary_link_.assign(states, -1);
    std::deque<std::int32_t> queue;
    for (std::size_t c = 0; c < k; ++c) {
        std::int32_t& next = delta_[c];
        if (next < 0) {
            next = 0;
        } else {
            fail[static_cast<std::size_t>(next)] = 0;
            queue.push_back(next);
        }
    }
    while (!queue.empty()) {
        std::int32_t state = queue.front();
        queue.pop_front();
        auto s = static_cast<std::size_t>(state);
        std::int32_t f = fail[s];
        dictionary_link_[s] = output_[static_cast<std::size_t>(f)] >= 0 ? f : dictionary_link_[static_cast<std::size_t>(f)];
        for (std::size_t c = 0; c < k; ++c) {
            std::int32_t& next = delta_[s * k + c];
            std::int32_t via_fail = delta_[static_cast<std::size_t>(f) * k + c];
            if (next < 0) {
                next = via_fail;
            } else {
                fail[static_cast<std::size_t>(next)] = via_fail;
                queue.push_back(next);
            }
        }
    }
}

bool Matcher::accept(const Pattern& pattern, std::size_t start, std::size_t end,
                     const FoldedText& folded) const {
    const std::size_t n = folded.bytes.size();
    // Never split the folded form of one original character.
    if (start > 0 && folded.origin[start - 1] == folded.origin[start]) return false;
    if (end < n && folded.origin[end] == folded.origin[end - 1]) return false;
    if (start > 0 && folded.word[start - 1]) return false;
    if (!pattern.prefix && end < n && folded.word[end]) return false;
    if (pattern.capitals_only) {
        for (std::uint32_t cp = folded.origin[start]; cp <= folded.origin[end - 1]; ++cp)
            if (folded.upper[cp] == 2) return false;
    }
    return true;
}

void Matcher::find(std::string_view text, Scratch& scratch, std::vector<TextMatch>& out) const {
    FoldedText& folded = scratch.folded;
    folder_.fold(text, folded);
    auto& candidates = scratch.candidates;
    candidates.clear();

    const std::size_t k = class_count_;
    const auto* bytes = reinterpret_cast<const unsigned char*>(folded.bytes.data());
    const std::size_t n = folded.bytes.size();
    std::int32_t state = 0;
    for (std::size_t i = 0; i < n; ++i) {
        state = delta_[static_cast<std::size_t>(state) * k + byte_class_[bytes[i]]];
        std::int32_t hit = output_[static_cast<std::size_t>(state)] >= 0
                               ? state
                               : dictionary_link_[static_cast<std::size_t>(state)];
        for (; hit >= 0; hit = dictionary_link_[static_cast<std::size_t>(hit)]) {
            for (std::int32_t p = output_[static_cast<std::size_t>(hit)]; p >= 0;
                 p = next_output_[static_cast<std::size_t>(p)]) {
                const Pattern& pattern = patterns_[static_cast<std::size_t>(p)];
                std::size_t end = i + 1;
                std::size_t start = end - pattern.length;
                if (!accept(pattern, start, end, folded)) continue;
                candidates.push_back(TextMatch{pattern.entity, start, end, 0, 0});
            }
        }
    }
    if (candidates.empty()) return;

    // Longest first; among equals, leftmost. Keep those that overlap nothing kept.
    std::sort(candidates.begin(), candidates.end(), [](const TextMatch& a, const TextMatch& b) {
        std::size_t la = a.end - a.start, lb = b.end - b.start;
        if (la != lb) return la > lb;
        if (a.start != b.start) return a.start < b.start;
        return a.entity < b.entity;
    });
    const std::size_t first = out.size();
    for (const TextMatch& candidate : candidates) {
        bool overlaps = false;
        for (std::size_t j = first; j < out.size() && !overlaps; ++j)
            overlaps = candidate.start < out[j].end && out[j].start < candidate.end;
        if (!overlaps) out.push_back(candidate);
    }
    std::sort(out.begin() + static_cast<long>(first), out.end(),
              [](const TextMatch& a, const TextMatch& b) { return a.start < b.start; });
    // Folded byte offsets -> original code point and byte offsets.
    for (std::size_t j = first; j < out.size(); ++j) {
        TextMatch& m = out[j];
        std::uint32_t first_cp = folded.origin[m.start];
        std::uint32_t last_cp = folded.origin[m.end - 1];
        m.start = first_cp;
        m.end = last_cp + 1u;
        m.start_byte = folded.cp_byte[first_cp];
        m.end_byte = folded.cp_byte[last_cp + 1u];
    }
}

std::vector<TextMatch> Matcher::find(std::string_view text) const {
    Scratch scratch;
    std::vector<TextMatch> out;
    find(text, scratch, out);
    return out;
}

}  // namespace riskgraph::reference
