// The JSON form of mentions stored in questions.mentions,
// questions.answer_mentions and documents.subject_mentions:
// [[entity_id, start, end], ...] with offsets in code points of that text
// (docs/schema.md). The matched text is not stored: it is the text between
// the offsets.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

std::string mentions_json(std::span<const Mention> mentions);

// The subject's mentions, and each question's in its text and its answer.
struct MentionsJson {
    std::string subject;
    std::vector<std::string> questions;  // one per question
    std::vector<std::string> answers;    // one per question
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
