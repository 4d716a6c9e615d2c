#include "graph/co_mention_stats.h"

#include <algorithm>
#include <map>
#include <set>

namespace riskgraph {
namespace {

using IdSet = std::vector<std::string>;  // sorted, unique

void sort_unique(IdSet& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

template <typename F>
void for_each_pair(const IdSet& ids, F&& f) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        for (std::size_t j = i + 1; j < ids.size(); ++j) f(ids[i] + '\x1f' + ids[j]);
}

}  // namespace

CoMentionStats::CoMentionStats(sql::Database& db)
    : db_(db),
      stored_mentions_(db.prepare(
          "SELECT m.entity_id, m.field, coalesce(q.ordinal, 0) FROM mentions m"
          " LEFT JOIN questions q ON q.id = m.question_id WHERE m.document_id = ?")) {}

void CoMentionStats::count(const std::vector<Mention>& mentions, int sign) {
    std::map<int, IdSet> per_question;
    IdSet in_document;
    for (const Mention& m : mentions) {
        if (m.field == TextField::answer) continue;
        in_document.push_back(m.entity_id);
        if (m.field == TextField::question) per_question[m.question].push_back(m.entity_id);
    }
    sort_unique(in_document);
    std::set<std::string> pairs_in_some_question;
    for (auto& [question, ids] : per_question) {
        sort_unique(ids);
        for (const std::string& id : ids) entities_[id].questions += sign;
        for_each_pair(ids, [&](const std::string& key) {
            pairs_[key].questions += sign;
            pairs_in_some_question.insert(key);
        });
    }
    for (const std::string& key : pairs_in_some_question) pairs_[key].question_documents += sign;
    for (const std::string& id : in_document) entities_[id].documents += sign;
    for_each_pair(in_document, [&](const std::string& key) { pairs_[key].documents += sign; });
}

void CoMentionStats::remove_stored(std::int64_t document_id) {
    std::vector<Mention> mentions;
    stored_mentions_.bind(1, document_id);
    while (stored_mentions_.step()) {
        Mention m;
        m.entity_id = stored_mentions_.column_text(0);
        m.field = text_field_from_string(stored_mentions_.column_text(1)).value_or(TextField::question);
        m.question = static_cast<int>(stored_mentions_.column_int(2)) - 1;
        mentions.push_back(std::move(m));
    }
    stored_mentions_.reset();
    count(mentions, -1);
}

void CoMentionStats::apply() {
    auto upsert_pair = db_.prepare(
        "INSERT INTO co_mentions (a, b, questions, question_documents, documents) VALUES (?,?,?,?,?)"
        " ON CONFLICT(a, b) DO UPDATE SET questions = questions + excluded.questions,"
        " question_documents = question_documents + excluded.question_documents,"
        " documents = documents + excluded.documents");
    for (const auto& [key, c] : pairs_) {
        if (c.questions == 0 && c.question_documents == 0 && c.documents == 0) continue;
        auto split = key.find('\x1f');
        upsert_pair.bind(1, std::string_view(key).substr(0, split))
            .bind(2, std::string_view(key).substr(split + 1))
            .bind(3, c.questions).bind(4, c.question_documents).bind(5, c.documents).run();
    }
    auto upsert_entity = db_.prepare(
        "INSERT INTO entity_counts (entity_id, questions, documents) VALUES (?,?,?)"
        " ON CONFLICT(entity_id) DO UPDATE SET questions = questions + excluded.questions,"
        " documents = documents + excluded.documents");
    for (const auto& [id, c] : entities_) {
        if (c.questions == 0 && c.documents == 0) continue;
        upsert_entity.bind(1, id).bind(2, c.questions).bind(3, c.documents).run();
    }
    db_.exec("DELETE FROM co_mentions WHERE documents <= 0 AND questions <= 0;"
             "DELETE FROM entity_counts WHERE documents <= 0 AND questions <= 0");
    pairs_.clear();
    entities_.clear();
}

}  // namespace riskgraph
