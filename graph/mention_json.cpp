#include "graph/mention_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <stdexcept>

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

}  // namespace riskgraph
