#include "graph/entity_postings.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "graph/errors.h"

namespace riskgraph {

std::string ids_json(const std::vector<std::int64_t>& ids) {
    std::string text(2 + 21 * ids.size(), '\0');  // "-9223372036854775808," at most per id
    char* p = text.data();
    char* const end = p + text.size();
    *p++ = '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) *p++ = ',';
        p = std::to_chars(p, end, ids[i]).ptr;
    }
    *p++ = ']';
    text.resize(static_cast<std::size_t>(p - text.data()));
    return text;
}

std::vector<std::int64_t> parse_ids_json(const std::string& text) {
    std::vector<std::int64_t> ids;
    const char* p = text.c_str();
    while (*p) {
        if (*p == '-' || (*p >= '0' && *p <= '9')) {
            char* end = nullptr;
            ids.push_back(std::strtoll(p, &end, 10));
            p = end;
        } else {
            ++p;
        }
    }
    return ids;
}

EntityPostings::EntityPostings(sql::Database& db)
    : last_chunk_(db.prepare("SELECT first_id, count, ids FROM entity_postings WHERE entity_id = ? AND field = ?"
                             " ORDER BY first_id DESC LIMIT 1")),
      chunk_holding_(db.prepare("SELECT first_id, ids FROM entity_postings WHERE entity_id = ? AND field = ?"
                                " AND first_id <= ? ORDER BY first_id DESC LIMIT 1")),
      insert_chunk_(db.prepare("INSERT INTO entity_postings (entity_id, field, first_id, count, ids) VALUES (?,?,?,?,?)")),
      update_chunk_(db.prepare("UPDATE entity_postings SET count = ?, ids = ? WHERE entity_id = ? AND field = ?"
                               " AND first_id = ?")),
      delete_chunk_(db.prepare("DELETE FROM entity_postings WHERE entity_id = ? AND field = ? AND first_id = ?")) {}

void EntityPostings::add(std::uint32_t number, TextField field, std::int64_t id) {
    std::size_t at = slot(number, field);
    if (at >= buffered_.size()) buffered_.resize((numbers_.size()) * kFields);
    buffered_[at].push_back(id);
    if (++buffered_count_ >= kBufferedIds) write_buffers();
}

void EntityPostings::remove(const std::string& entity_id, TextField field, std::int64_t id) {
    std::size_t at = slot(numbers_.number(entity_id), field);
    if (at < buffered_.size()) {
        auto& ids = buffered_[at];
        auto it = std::lower_bound(ids.begin(), ids.end(), id);
        if (it != ids.end() && *it == id) {  // added earlier in this import, not yet written
            ids.erase(it);
            --buffered_count_;
            return;
        }
    }
    removed_[at].push_back(id);
}

void EntityPostings::finish() {
    write_buffers();
    for (auto& [at, ids] : removed_) apply_removals(at, ids);
    removed_.clear();
}

void EntityPostings::write_buffers() {
    for (std::size_t at = 0; at < buffered_.size(); ++at) {
        if (buffered_[at].empty()) continue;
        append(at, buffered_[at]);
        buffered_[at] = {};  // frees it: memory stays bounded by kBufferedIds
    }
    buffered_count_ = 0;
}

namespace {

void append_ids(std::string& text, std::span<const std::int64_t> ids, bool first) {
    char digits[24];
    for (std::int64_t id : ids) {
        if (!first) text += ',';
        first = false;
        text.append(digits, std::to_chars(digits, digits + sizeof digits, id).ptr);
    }
}

}  // namespace

void EntityPostings::append(std::size_t at, std::span<const std::int64_t> ids) {
    const std::string& entity = numbers_.id(static_cast<std::uint32_t>(at / kFields));
    const std::string field(to_string(static_cast<TextField>(at % kFields)));
    std::size_t next = 0;
    last_chunk_.bind(1, entity).bind(2, field);
    if (last_chunk_.step()) {
        std::int64_t first_id = last_chunk_.column_int(0);
        auto count = static_cast<std::size_t>(last_chunk_.column_int(1));
        if (count < kChunkIds) {
            std::string merged = last_chunk_.column_text(2);
            merged.erase(merged.rfind(']'));
            const std::size_t take = std::min(kChunkIds - count, ids.size());
            append_ids(merged, ids.first(take), count == 0);
            merged += ']';
            last_chunk_.reset();
            update_chunk_.bind(1, static_cast<std::int64_t>(count + take)).bind(2, merged);
            update_chunk_.bind(3, entity).bind(4, field).bind(5, first_id).run();
            next = take;
        }
    }
    last_chunk_.reset();
    while (next < ids.size()) {
        const std::size_t take = std::min(kChunkIds, ids.size() - next);
        const auto chunk = ids.subspan(next, take);
        std::string text = "[";
        append_ids(text, chunk, true);
        text += ']';
        insert_chunk_.bind(1, entity).bind(2, field).bind(3, chunk.front());
        insert_chunk_.bind(4, static_cast<std::int64_t>(take)).bind(5, text).run();
        next += take;
    }
}

void EntityPostings::apply_removals(std::size_t at, std::vector<std::int64_t>& ids) {
    const std::string& entity = numbers_.id(static_cast<std::uint32_t>(at / kFields));
    const std::string field(to_string(static_cast<TextField>(at % kFields)));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Largest first: each chunk is read and written once for all its ids.
    while (!ids.empty()) {
        chunk_holding_.bind(1, entity).bind(2, field).bind(3, ids.back());
        if (!chunk_holding_.step()) {  // below every chunk: nothing stored to remove
            chunk_holding_.reset();
            return;
        }
        std::int64_t first_id = chunk_holding_.column_int(0);
        std::vector<std::int64_t> stored = parse_ids_json(chunk_holding_.column_text(1));
        chunk_holding_.reset();
        auto below = std::lower_bound(ids.begin(), ids.end(), first_id);
        std::vector<std::int64_t> kept;
        std::set_difference(stored.begin(), stored.end(), below, ids.end(), std::back_inserter(kept));
        ids.erase(below, ids.end());
        if (kept.size() == stored.size()) continue;
        if (kept.empty()) {
            delete_chunk_.bind(1, entity).bind(2, field).bind(3, first_id).run();
        } else {
            update_chunk_.bind(1, static_cast<std::int64_t>(kept.size())).bind(2, ids_json(kept));
            update_chunk_.bind(3, entity).bind(4, field).bind(5, first_id).run();
        }
    }
}

}  // namespace riskgraph
