// The JSON form of mentions stored in questions.mentions,
// questions.answer_mentions and documents.subject_mentions:
// [[entity_id, start, end], ...] with offsets in code points of that text
// (docs/schema.md). The matched text is not stored: it is the text between
// the offsets.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

std::string mentions_json(std::span<const Mention> mentions);
// The same, appended to `out`.
void append_mentions_json(std::string& out, std::span<const Mention> mentions);

// The subject's mentions, and each question's in its text and its answer:
// one buffer for a document, not a string per text (an allocation each for
// about a million texts in a large import).
class MentionsJson {
public:
    MentionsJson() = default;
    explicit MentionsJson(std::size_t question_count);
    std::string_view subject() const { return view(subject_); }
    std::string_view question(std::size_t q) const { return view(questions_.at(q)); }
    std::string_view answer(std::size_t q) const { return view(answers_.at(q)); }
    std::size_t question_count() const { return questions_.size(); }

    // Sets the JSON of one text (question < 0: the subject) to `mentions`'.
    void set(int question, TextField field, std::span<const Mention> mentions);
    // Room for `bytes` of JSON in all, so set() need not grow the buffer.
    void reserve(std::size_t bytes) { buffer_.reserve(bytes); }

private:
    struct Span {
        std::uint32_t offset = 0;  // into buffer_
        std::uint32_t size = 2;    // "[]", at offset 0
    };
    std::string_view view(Span span) const { return std::string_view(buffer_).substr(span.offset, span.size); }
    std::string buffer_ = "[]";
    Span subject_;
    std::vector<Span> questions_, answers_;
};

// One stored mention as read back: offsets in code points of its text.
struct StoredMention {
    std::string entity_id;
    std::size_t start = 0;
    std::size_t end = 0;
};

// Parses a stored mentions column; throws DatabaseError on malformed JSON.
std::vector<StoredMention> parse_mentions_json(std::string_view json);

// text[start, end) in code points (as SQLite's substr counts them); clamped
// to the text.
std::string_view code_point_slice(std::string_view text, std::size_t start, std::size_t end);

// Groups by text (Mention::question, -1 for the subject, and field),
// keeping the order within each text; find_mentions() returns them grouped.
MentionsJson mentions_json_by_text(const std::vector<Mention>& mentions, std::size_t question_count);

}  // namespace riskgraph
