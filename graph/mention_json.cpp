#include "graph/mention_json.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <stdexcept>

#include "graph/errors.h"

namespace riskgraph {

namespace {

// "00" to "99".
constexpr char kDigitPairs[] =
    "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
    "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

// `value` in decimal at `out`; returns the end. Offsets are almost always
// below 10,000: those by hand, two digits at a time.
inline char* write_number(char* out, std::size_t value) {
    if (value >= 10000) return std::to_chars(out, out + 20, value).ptr;
    if (value < 10) {
        *out = static_cast<char>('0' + value);
        return out + 1;
    }
    if (value < 100) {
        std::memcpy(out, kDigitPairs + 2 * value, 2);
        return out + 2;
    }
    if (value < 1000) {
        *out = static_cast<char>('0' + value / 100);
        std::memcpy(out + 1, kDigitPairs + 2 * (value % 100), 2);
        return out + 3;
    }
    std::memcpy(out, kDigitPairs + 2 * (value / 100), 2);
    std::memcpy(out + 2, kDigitPairs + 2 * (value % 100), 2);
    return out + 4;
}

// A JSON string as rapidjson's Writer writes one: quote, backslash and
// control characters escaped, everything else (UTF-8 included) as it is.
// Writes at most 6 * text.size() + 2 bytes at `out`; returns the end.
char* write_json_string(char* out, std::string_view text) {
    *out++ = '"';
    // Entity ids need no escapes: copied first, checked on the way.
    bool escapes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        escapes |= byte < 0x20 || byte == '"' || byte == '\\';
        out[i] = text[i];
    }
    if (!escapes) {
        out += text.size();
        *out++ = '"';
        return out;
    }
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && c != '"' && c != '\\') {
            *out++ = c;
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        default: {
            constexpr char kHex[] = "0123456789ABCDEF";
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = kHex[byte >> 4];
            *out++ = kHex[byte & 0xF];
        }
        }
    }
    *out++ = '"';
    return out;
}

}  // namespace

// Written by hand, not with rapidjson: this runs for every question of every
// imported document.
void append_mentions_json(std::string& out, std::span<const Mention> mentions) {
    constexpr std::size_t kNumber = 20;  // digits of the largest std::size_t
    std::size_t bound = 2;
    for (const Mention& m : mentions) bound += 6 * m.entity_id.size() + 2 * kNumber + 6;
    const std::size_t from = out.size();
    out.resize(from + bound);
    char* const begin = out.data() + from;
    char* p = begin;
    *p++ = '[';
    for (const Mention& m : mentions) {
        if (p - begin > 1) *p++ = ',';
        *p++ = '[';
        p = write_json_string(p, m.entity_id);
        *p++ = ',';
        p = write_number(p, m.start);
        *p++ = ',';
        p = write_number(p, m.end);
        *p++ = ']';
    }
    *p++ = ']';
    out.resize(static_cast<std::size_t>(p - out.data()));
}

std::string mentions_json(std::span<const Mention> mentions) {
    std::string out;
    append_mentions_json(out, mentions);
    return out;
}

MentionsJson::MentionsJson(std::size_t question_count) : questions_(question_count), answers_(question_count) {}

void MentionsJson::set(int question, TextField field, std::span<const Mention> mentions) {
    Span& span = question < 0                   ? subject_
                 : field == TextField::answer ? answers_.at(static_cast<std::size_t>(question))
                                              : questions_.at(static_cast<std::size_t>(question));
    const std::size_t from = buffer_.size();
    append_mentions_json(buffer_, mentions);
    span = Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(buffer_.size() - from)};
}

}  // namespace riskgraph

namespace riskgraph {

MentionsJson mentions_json_by_text(const std::vector<Mention>& mentions, std::size_t question_count) {
    auto by_text = [](const Mention& a, const Mention& b) {
        if (a.question != b.question) return a.question < b.question;
        return a.field == TextField::question && b.field == TextField::answer;
    };
    if (!std::is_sorted(mentions.begin(), mentions.end(), by_text)) {
        std::vector<Mention> sorted = mentions;
        std::stable_sort(sorted.begin(), sorted.end(), by_text);
        return mentions_json_by_text(sorted, question_count);
    }
    MentionsJson json(question_count);
    // What append_mentions_json() asks for at most, and [] around each text's:
    // set() then never grows the buffer.
    std::size_t bytes = 2;
    for (const Mention& m : mentions) bytes += 6 * m.entity_id.size() + 2 * 20 + 6 + 2;
    json.reserve(bytes);
    std::span<const Mention> all(mentions);
    for (std::size_t begin = 0; begin < all.size();) {
        const Mention& first = all[begin];
        std::size_t end = begin;
        while (end < all.size() && all[end].question == first.question && all[end].field == first.field) ++end;
        if (first.question >= static_cast<int>(question_count))
            throw std::logic_error("mentions_json_by_text: a mention of question " + std::to_string(first.question) +
                                   " in a document of " + std::to_string(question_count));
        json.set(first.question, first.field, all.subspan(begin, end - begin));
        begin = end;
    }
    return json;
}

std::vector<StoredMention> parse_mentions_json(std::string_view json) {
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    auto malformed = [&] { return DatabaseError("malformed stored mentions: " + std::string(json.substr(0, 80))); };
    if (doc.HasParseError() || !doc.IsArray()) throw malformed();
    std::vector<StoredMention> mentions;
    mentions.reserve(doc.Size());
    for (const auto& item : doc.GetArray()) {
        if (!item.IsArray() || item.Size() < 3 || !item[0].IsString() || !item[1].IsUint64() || !item[2].IsUint64())
            throw malformed();
        mentions.push_back(StoredMention{std::string(item[0].GetString(), item[0].GetStringLength()),
                                         static_cast<std::size_t>(item[1].GetUint64()),
                                         static_cast<std::size_t>(item[2].GetUint64())});
    }
    return mentions;
}

std::string_view code_point_slice(std::string_view text, std::size_t start, std::size_t end) {
    std::size_t byte = 0, code_point = 0, begin_byte = text.size();
    auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    for (; byte <= text.size(); ++byte) {
        if (byte < text.size() && continuation(byte)) continue;
        if (code_point == start) begin_byte = byte;
        if (code_point == end || byte == text.size()) break;
        ++code_point;
    }
    if (begin_byte > byte) return {};
    return text.substr(begin_byte, byte - begin_byte);
}

}  // namespace riskgraph
