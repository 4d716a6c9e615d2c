#include "graph/co_mention_stats.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <functional>

#include "graph/buffered_insert.h"

namespace riskgraph {
namespace {

// The first kEvidence ids; room for all of them at the first (one
// allocation, not four: a first import adds tens of thousands of pairs).
void add_evidence(std::vector<std::int64_t>& ids, std::int64_t id) {
    if (ids.size() >= CoMentionStats::kEvidence) return;
    if (ids.empty()) ids.reserve(CoMentionStats::kEvidence);
    ids.push_back(id);
}

template <typename T>
void sort_unique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

CoMentionStats::CoMentionStats(sql::Database& db)
    : db_(db),
      stored_mentions_(db.prepare(
          "SELECT m.entity_id, m.field, coalesce(q.ordinal, 0) FROM mentions m"
          " LEFT JOIN questions q ON q.id = m.question_id WHERE m.document_id = ?")),
      stored_question_count_(db.prepare("SELECT question_count FROM documents WHERE id = ?")),
      evidence_questions_(db.prepare(
          "SELECT question_id FROM entity_mentions WHERE entity_id = ?1 AND field = 'question'"
          " AND question_id IN (SELECT question_id FROM entity_mentions WHERE entity_id = ?2 AND field = 'question')"
          " ORDER BY question_id LIMIT ?3")),
      evidence_documents_(db.prepare(
          "SELECT DISTINCT document_id FROM entity_mentions WHERE entity_id = ?1 AND field <> 'answer'"
          " AND document_id IN (SELECT document_id FROM entity_mentions WHERE entity_id = ?2 AND field <> 'answer')"
          " ORDER BY document_id LIMIT ?3")) {}

std::uint32_t CoMentionStats::number(const Mention& mention) {
    std::uint32_t n = numbers_.number(mention);
    if (n >= entities_.size()) entities_.resize(numbers_.size());
    return n;
}

void CoMentionStats::number_entities(const std::vector<Entity>& entities) {
    numbers_.preset(entities);
    dense_size_ = std::min(entities.size(), kMaxDenseSize);
    // Row x holds (x, x + 1) ... (x, n - 1), after the rows before it.
    const auto n = static_cast<std::ptrdiff_t>(dense_size_);
    dense_rows_.resize(dense_size_);
    for (std::ptrdiff_t x = 0, start = 0; x < n; start += n - 1 - x, ++x) dense_rows_[x] = start - (x + 1);
    dense_.clear(dense_size_ * (dense_size_ - (dense_size_ > 0)) / 2);
}

void CoMentionStats::DenseCounts::clear(std::size_t cells) {
    for (auto* counts : {&questions, &question_documents, &documents}) counts->assign(cells, 0);
}

std::pair<const std::string&, const std::string&> CoMentionStats::pair_ids(std::uint64_t key) const {
    const std::string& x = numbers_.id(static_cast<std::uint32_t>(key >> 32));
    const std::string& y = numbers_.id(static_cast<std::uint32_t>(key & 0xffffffffu));
    if (y < x) return {y, x};
    return {x, y};
}

void CoMentionStats::count(const std::vector<Mention>& mentions, int question_count, int sign,
                           std::int64_t document_id, const std::vector<std::int64_t>* question_ids) {
    questions_ += sign * question_count;
    documents_ += sign;
    question_entities_.clear();
    document_entities_.clear();
    for (const Mention& m : mentions) {
        if (m.field == TextField::answer) continue;
        std::uint32_t n = number(m);
        document_entities_.push_back(n);
        if (m.field == TextField::question) question_entities_.emplace_back(m.question, n);
    }
    sort_unique(question_entities_);
    sort_unique(document_entities_);
    // Keyed by the smaller number first; pair_ids() puts them in id order.
    auto key = [](std::uint32_t x, std::uint32_t y) {
        if (y < x) std::swap(x, y);
        return (static_cast<std::uint64_t>(x) << 32) | y;
    };
    question_pairs_.clear();
    for (std::size_t i = 0; i < question_entities_.size();) {
        std::size_t end = i;
        while (end < question_entities_.size() && question_entities_[end].first == question_entities_[i].first) ++end;
        const int question = question_entities_[i].first;
        // Its id, once for all its pairs (a question of one entity has none).
        const std::int64_t question_id =
            question_ids && end - i > 1 ? question_ids->at(static_cast<std::size_t>(question)) : 0;
        for (std::size_t a = i; a < end; ++a) {
            entities_[question_entities_[a].second].questions += sign;
            for (std::size_t b = a + 1; b < end; ++b) {
                const std::uint32_t x = question_entities_[a].second;
                const std::uint32_t y = question_entities_[b].second;  // > x: sorted, unique
                const std::uint64_t k = key(x, y);
                question_pairs_.push_back(k);
                if (y < dense_size_) {
                    const std::int32_t count = dense_.questions[dense_cell(x, y)] += sign;
                    if (sign < 0)
                        pairs_[k].dirty = true;
                    else if (question_ids && count <= static_cast<std::int32_t>(kEvidence))
                        add_evidence(pairs_[k].new_questions, question_id);
                    continue;
                }
                PairCounts& c = pairs_[k];
                c.questions += sign;
                if (sign < 0) c.dirty = true;
                if (question_ids) add_evidence(c.new_questions, question_id);
            }
        }
        i = end;
    }
    sort_unique(question_pairs_);
    for (std::uint64_t k : question_pairs_) {
        const std::uint64_t x = k >> 32, y = k & 0xffffffffu;
        if (y < dense_size_)
            dense_.question_documents[dense_cell(x, y)] += sign;
        else
            pairs_[k].question_documents += sign;
    }
    const std::size_t entities = document_entities_.size();
    // The numbers below dense_size_ come first (sorted).
    const std::size_t dense_entities = static_cast<std::size_t>(
        std::lower_bound(document_entities_.begin(), document_entities_.end(), dense_size_) -
        document_entities_.begin());
    for (std::size_t a = 0; a < entities; ++a) {
        const std::uint32_t x = document_entities_[a];
        entities_[x].documents += sign;
        std::size_t b = a + 1;
        if (a < dense_entities) {
            // Row x of dense_.documents (cell row + y); its pairs come first
            // (sorted numbers). An index, not a pointer: row is below zero
            // for the first rows.
            std::int32_t* const counts = dense_.documents.data();
            const std::ptrdiff_t row = dense_rows_[x];
            if (sign > 0) {
                for (; b < dense_entities; ++b) {
                    const std::uint32_t y = document_entities_[b];  // > x: sorted, unique
                    if (++counts[row + y] <= static_cast<std::int32_t>(kEvidence))
                        add_evidence(pairs_[key(x, y)].new_documents, document_id);
                }
            } else {
                for (; b < dense_entities; ++b) {
                    const std::uint32_t y = document_entities_[b];
                    counts[row + y] += sign;
                    pairs_[key(x, y)].dirty = true;
                }
            }
        }
        for (; b < entities; ++b) {
            const std::uint32_t y = document_entities_[b];
            PairCounts& c = pairs_[key(x, y)];
            c.documents += sign;
            if (sign < 0) c.dirty = true;
            if (sign > 0) add_evidence(c.new_documents, document_id);
        }
    }
}

void CoMentionStats::add(const std::vector<Mention>& mentions, std::int64_t document_id,
                         const std::vector<std::int64_t>& question_ids) {
    count(mentions, static_cast<int>(question_ids.size()), +1, document_id, &question_ids);
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
    stored_question_count_.bind(1, document_id);
    stored_question_count_.step();
    int questions = static_cast<int>(stored_question_count_.column_int(0));
    stored_question_count_.reset();
    count(mentions, questions, -1, document_id, nullptr);
}

namespace {

std::vector<std::int64_t> parse_ids(const std::string& text) {
    std::vector<std::int64_t> ids;
    const char* p = text.c_str();
    while (*p) {
        char* end = nullptr;
        long long id = std::strtoll(p, &end, 10);
        if (end == p) break;
        ids.push_back(id);
        p = end;
    }
    return ids;
}

// Into `text`, reused: a first import formats tens of thousands of lists.
void format_ids(const std::vector<std::int64_t>& ids, std::string& text) {
    text.resize(21 * ids.size());  // "-9223372036854775808 " at most per id
    char* p = text.data();
    char* const end = p + text.size();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) *p++ = ' ';
        p = std::to_chars(p, end, ids[i]).ptr;
    }
    text.resize(static_cast<std::size_t>(p - text.data()));
}

// Whether ids are ascending without repeats, as merged() would leave them.
bool ascending(const std::vector<std::int64_t>& ids) {
    return std::adjacent_find(ids.begin(), ids.end(), std::greater_equal<>()) == ids.end();
}

// Stored ids are older, hence smaller, than this run's: keep the first kEvidence.
std::vector<std::int64_t> merged(std::vector<std::int64_t> stored, const std::vector<std::int64_t>& added,
                                 std::size_t limit) {
    stored.insert(stored.end(), added.begin(), added.end());
    std::sort(stored.begin(), stored.end());
    stored.erase(std::unique(stored.begin(), stored.end()), stored.end());
    if (stored.size() > limit) stored.resize(limit);
    return stored;
}

std::vector<std::int64_t> ids_from(sql::Statement& stmt) {
    std::vector<std::int64_t> ids;
    while (stmt.step()) ids.push_back(stmt.column_int(0));
    stmt.reset();
    return ids;
}

}  // namespace

void CoMentionStats::evidence(const std::string& a, const std::string& b, const PairCounts& c,
                              const std::string& stored_questions, const std::string& stored_documents) {
    if (c.dirty) {
        format_ids(ids_from(evidence_questions_.bind(1, a).bind(2, b).bind(3, static_cast<std::int64_t>(kEvidence))),
                   question_evidence_);
        format_ids(ids_from(evidence_documents_.bind(1, a).bind(2, b).bind(3, static_cast<std::int64_t>(kEvidence))),
                   document_evidence_);
        return;
    }
    // Nothing stored (every pair of a first import): this run's ids as they are.
    auto merge = [](const std::string& stored, const std::vector<std::int64_t>& added, std::string& text) {
        if (stored.empty() && added.size() <= kEvidence && ascending(added))
            format_ids(added, text);
        else
            format_ids(merged(parse_ids(stored), added, kEvidence), text);
    };
    merge(stored_questions, c.new_questions, question_evidence_);
    merge(stored_documents, c.new_documents, document_evidence_);
}

// The changed pairs, as indexes into pairs_.entries(), in (a, b) order: the
// order of the co_mentions key, so rows go in at the end of the table. In
// hash order, a first import of 10,000 documents split a page in the middle
// of the table every eleventh pair.
std::vector<std::uint32_t> CoMentionStats::pairs_in_id_order() const {
    std::vector<std::uint32_t> by_id(numbers_.size());
    for (std::uint32_t n = 0; n < by_id.size(); ++n) by_id[n] = n;
    std::sort(by_id.begin(), by_id.end(),
              [&](std::uint32_t x, std::uint32_t y) { return numbers_.id(x) < numbers_.id(y); });
    std::vector<std::uint32_t> rank(by_id.size());
    for (std::uint32_t r = 0; r < by_id.size(); ++r) rank[by_id[r]] = r;

    std::vector<std::pair<std::uint64_t, std::uint32_t>> order;  // (rank of a << 32 | rank of b, index)
    const auto& entries = pairs_.entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& [key, c] = entries[i];
        if (c.questions == 0 && c.question_documents == 0 && c.documents == 0 && !c.dirty) continue;
        std::uint64_t x = rank[key >> 32], y = rank[key & 0xffffffffu];
        if (y < x) std::swap(x, y);
        order.emplace_back(x << 32 | y, static_cast<std::uint32_t>(i));
    }
    std::sort(order.begin(), order.end());
    std::vector<std::uint32_t> indexes;
    indexes.reserve(order.size());
    for (const auto& entry : order) indexes.push_back(entry.second);
    return indexes;
}

// One statement per changed pair, two where the pair is already stored (a
// read, then an update): an upsert followed by a read and an update of the
// evidence cost three, and a first import has thousands of pairs.
void CoMentionStats::apply() {
    // A pair's first document made its entry (pairs_[] would make one anyway).
    for (std::size_t x = 0; x < dense_size_; ++x)
        for (std::size_t y = x + 1; y < dense_size_; ++y) {
            const std::size_t cell = dense_cell(x, y);
            if (dense_.questions[cell] == 0 && dense_.question_documents[cell] == 0 && dense_.documents[cell] == 0)
                continue;
            PairCounts& c = pairs_[(static_cast<std::uint64_t>(x) << 32) | y];
            c.questions += dense_.questions[cell];
            c.question_documents += dense_.question_documents[cell];
            c.documents += dense_.documents[cell];
        }
    dense_.clear(dense_.documents.size());
    const bool none_stored = !db_.prepare("SELECT 1 FROM co_mentions LIMIT 1").step();
    auto read_pair = db_.prepare(
        "SELECT questions, question_documents, documents, question_evidence, document_evidence"
        " FROM co_mentions WHERE a = ? AND b = ?");
    // New pairs go in many to a statement: a statement of one row cost more
    // than the row (half of apply() in a first import).
    BufferedInsert insert_pairs(db_,
                                "INSERT OR FAIL INTO co_mentions (a, b, questions, question_documents, documents,"
                                " question_evidence, document_evidence)",
                                7);
    auto update_pair = db_.prepare(
        "UPDATE co_mentions SET questions = ?3, question_documents = ?4, documents = ?5,"
        " question_evidence = ?6, document_evidence = ?7 WHERE a = ?1 AND b = ?2");
    for (const std::uint32_t i : pairs_in_id_order()) {
        const auto& [key, c] = pairs_.entries()[i];
        auto [a, b] = pair_ids(key);
        std::int64_t questions = c.questions, question_documents = c.question_documents, documents = c.documents;
        std::string stored_questions, stored_documents;
        bool stored = false;
        if (!none_stored) {
            read_pair.bind_static(1, a).bind_static(2, b);
            if (read_pair.step()) {
                stored = true;
                questions += read_pair.column_int(0);
                question_documents += read_pair.column_int(1);
                documents += read_pair.column_int(2);
                stored_questions = read_pair.column_text(3);
                stored_documents = read_pair.column_text(4);
            }
            read_pair.reset();
        }
        evidence(a, b, c, stored_questions, stored_documents);
        const std::string& question_evidence = question_evidence_;
        const std::string& document_evidence = document_evidence_;
        if (!stored) {
            insert_pairs.add(a).add(b).add(questions).add(question_documents).add(documents);
            insert_pairs.add(question_evidence).add(document_evidence);
            if (insert_pairs.full()) insert_pairs.flush();
            continue;
        }
        // Bound without copies: every string outlives the statement's run.
        update_pair.bind_static(1, a).bind_static(2, b).bind(3, questions).bind(4, question_documents);
        update_pair.bind(5, documents).bind_static(6, question_evidence).bind_static(7, document_evidence).run();
    }
    insert_pairs.flush();
    auto upsert_entity = db_.prepare(
        "INSERT INTO entity_counts (entity_id, questions, documents) VALUES (?,?,?)"
        " ON CONFLICT(entity_id) DO UPDATE SET questions = questions + excluded.questions,"
        " documents = documents + excluded.documents");
    for (std::size_t n = 0; n < entities_.size(); ++n) {
        const EntityCounts& c = entities_[n];
        if (c.questions == 0 && c.documents == 0) continue;
        upsert_entity.bind(1, numbers_.id(static_cast<std::uint32_t>(n)));
        upsert_entity.bind(2, c.questions).bind(3, c.documents).run();
    }
    auto add_total = db_.prepare(
        "INSERT INTO totals (name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = value + excluded.value");
    add_total.bind(1, "questions").bind(2, static_cast<std::int64_t>(questions_)).run();
    add_total.bind(1, "documents").bind(2, static_cast<std::int64_t>(documents_)).run();
    db_.exec("DELETE FROM co_mentions WHERE documents <= 0 AND questions <= 0;"
             "DELETE FROM entity_counts WHERE documents <= 0 AND questions <= 0");
    pairs_.clear();
    entities_.assign(numbers_.size(), EntityCounts{});
    questions_ = documents_ = 0;
}

}  // namespace riskgraph
