#include "importers/text_folding.h"

#include <utf8proc.h>

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

}  // namespace riskgraph
