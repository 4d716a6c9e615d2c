#include "graph/entity_postings.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iterator>

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
    if (buffered_.empty()) buffered_.reserve(kBufferedIds);
    buffered_.push_back(Buffered{static_cast<std::uint32_t>(slot(number, field)), id});
    if (buffered_.size() >= kBufferedIds) write_buffers();
}

// An id still in the buffer is dropped when the buffer is written; one
// already written is taken out of its chunk by finish().
void EntityPostings::remove(const std::string& entity_id, TextField field, std::int64_t id) {
    removed_[slot(numbers_.number(entity_id), field)].push_back(id);
}

void EntityPostings::finish() {
    write_buffers();
    for (auto& [at, ids] : removed_) apply_removals(at, ids);
    removed_.clear();
}

void EntityPostings::write_buffers() {
    if (buffered_.empty()) return;
    std::vector<std::size_t> starts(numbers_.size() * kFields + 1, 0);
    for (const Buffered& b : buffered_) ++starts[b.slot + 1];
    for (std::size_t at = 1; at < starts.size(); ++at) starts[at] += starts[at - 1];
    grouped_.resize(buffered_.size());
    std::vector<std::size_t> next(starts.begin(), starts.end() - 1);
    for (const Buffered& b : buffered_) grouped_[next[b.slot]++] = b.id;  // stable: ascending per slot
    buffered_.clear();
    std::vector<std::int64_t> kept;
    for (std::size_t at = 0; at + 1 < starts.size(); ++at) {
        std::span<const std::int64_t> ids(grouped_.data() + starts[at], starts[at + 1] - starts[at]);
        if (ids.empty()) continue;
        if (auto removed = removed_.find(at); removed != removed_.end()) {
            std::vector<std::int64_t> gone = removed->second;
            std::sort(gone.begin(), gone.end());
            kept.clear();
            std::set_difference(ids.begin(), ids.end(), gone.begin(), gone.end(), std::back_inserter(kept));
            ids = kept;
            if (ids.empty()) continue;
        }
        append(at, ids);
    }
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
