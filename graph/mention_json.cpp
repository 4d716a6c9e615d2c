#include "graph/mention_json.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <stdexcept>

#include "graph/errors.h"

namespace riskgraph {

std::string mentions_json(std::span<const Mention> mentions) {
    if (mentions.empty()) return "[]";
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartArray();
    for (const Mention& m : mentions) {
        w.StartArray();
        w.String(m.entity_id.data(), static_cast<rapidjson::SizeType>(m.entity_id.size()));
        w.Uint64(m.start);
        w.Uint64(m.end);
        w.EndArray();
    }
    w.EndArray();
    return std::string(buffer.GetString(), buffer.GetSize());
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
    MentionsJson json;
    json.subject = "[]";
    json.questions.assign(question_count, "[]");
    json.answers.assign(question_count, "[]");
    std::span<const Mention> all(mentions);
    for (std::size_t begin = 0; begin < all.size();) {
        const Mention& first = all[begin];
        std::size_t end = begin;
        while (end < all.size() && all[end].question == first.question && all[end].field == first.field) ++end;
        if (first.question >= static_cast<int>(question_count))
            throw std::logic_error("mentions_json_by_text: a mention of question " + std::to_string(first.question) +
                                   " in a document of " + std::to_string(question_count));
        std::string text = mentions_json(all.subspan(begin, end - begin));
        if (first.question < 0)
            json.subject = std::move(text);
        else if (first.field == TextField::answer)
            json.answers[static_cast<std::size_t>(first.question)] = std::move(text);
        else
            json.questions[static_cast<std::size_t>(first.question)] = std::move(text);
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
