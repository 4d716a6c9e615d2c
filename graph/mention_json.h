// The JSON form of mentions stored in questions.mentions and
// documents.subject_mentions: [[entity_id, field, start, end, text], ...]
// with offsets in code points of that field's text (docs/schema.md).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

std::string mentions_json(std::span<const Mention> mentions);

// The subject's mentions and each question's (question text, then answer).
struct MentionsJson {
    std::string subject;
    std::vector<std::string> questions;  // one per question
};

// Groups by Mention::question (-1: the subject), keeping the order within
// each text; find_mentions() returns them grouped already.
MentionsJson mentions_json_by_text(const std::vector<Mention>& mentions, std::size_t question_count);

}  // namespace riskgraph
