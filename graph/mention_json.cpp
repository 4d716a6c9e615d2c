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
        std::string_view field = to_string(m.field);
        w.String(field.data(), static_cast<rapidjson::SizeType>(field.size()));
        w.Uint64(m.start);
        w.Uint64(m.end);
        w.String(m.text.data(), static_cast<rapidjson::SizeType>(m.text.size()));
        w.EndArray();
    }
    w.EndArray();
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace riskgraph

namespace riskgraph {

MentionsJson mentions_json_by_text(const std::vector<Mention>& mentions, std::size_t question_count) {
    auto by_question = [](const Mention& a, const Mention& b) { return a.question < b.question; };
    if (!std::is_sorted(mentions.begin(), mentions.end(), by_question)) {
        std::vector<Mention> sorted = mentions;
        std::stable_sort(sorted.begin(), sorted.end(), by_question);
        return mentions_json_by_text(sorted, question_count);
    }
    MentionsJson json;
    json.questions.assign(question_count, "[]");
    std::span<const Mention> all(mentions);
    for (std::size_t begin = 0; begin < all.size();) {
        std::size_t end = begin;
        while (end < all.size() && all[end].question == all[begin].question) ++end;
        std::string text = mentions_json(all.subspan(begin, end - begin));
        int question = all[begin].question;
        if (question < 0 && json.subject.empty()) {
            json.subject = std::move(text);
        } else if (static_cast<std::size_t>(question) < question_count && json.questions[static_cast<std::size_t>(question)] == "[]") {
            json.questions[static_cast<std::size_t>(question)] = std::move(text);
        } else {
            throw std::logic_error("mentions_json_by_text: a mention of question " + std::to_string(question) +
                                   " in a document of " + std::to_string(question_count));
        }
        begin = end;
    }
    if (json.subject.empty()) json.subject = "[]";
    return json;
}

}  // namespace riskgraph
