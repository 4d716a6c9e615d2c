#include "graph/document_writer.h"

#include <algorithm>
#include <functional>

#include <sqlite3.h>

#include "graph/errors.h"
#include "graph/utc_time.h"

namespace riskgraph {
namespace {

// The next id of `table`: above every id it ever held (id_high_water; in a
// database made by schema version 2, also sqlite_sequence).
std::int64_t next_id(sql::Database& db, const std::string& table) {
    auto has_sequence = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'");
    const std::string sequence =
        has_sequence.step() ? "(SELECT seq FROM sqlite_sequence WHERE name = '" + table + "')" : "NULL";
    auto stmt = db.prepare("SELECT max(coalesce(" + sequence + ", 0),"
                           " coalesce((SELECT last_id FROM id_high_water WHERE table_name = '" + table + "'), 0),"
                           " coalesce((SELECT max(id) FROM " + table + "), 0)) + 1");
    stmt.step();
    return stmt.column_int(0);
}

std::int64_t max_id(sql::Database& db, const std::string& table) {
    auto stmt = db.prepare("SELECT coalesce(max(id), 0) FROM " + table);
    stmt.step();
    return stmt.column_int(0);
}

}  // namespace

DocumentWriter::DocumentWriter(sql::Database& db)
    : db_(db),
      imported_at_(utc_now()),
      next_document_id_(next_id(db, "documents")),
      next_question_id_(next_id(db, "questions")),
      first_document_id_(next_document_id_),
      first_question_id_(next_question_id_),
      sqlite_numbers_questions_(next_question_id_ == max_id(db, "questions") + 1),
      sqlite_numbers_documents_(next_document_id_ == max_id(db, "documents") + 1),
      find_document_(db.prepare("SELECT id, content_hash, lexicon_hash FROM documents WHERE file = ?")),
      document_postings_(db.prepare(
          "SELECT DISTINCT entity_id, field, coalesce(question_id, document_id) FROM mentions WHERE document_id = ?")),
      delete_questions_(db.prepare(
          "DELETE FROM questions WHERE id BETWEEN (SELECT first_question_id FROM documents WHERE id = ?1)"
          " AND (SELECT first_question_id + question_count - 1 FROM documents WHERE id = ?1)")),
      delete_document_(db.prepare("DELETE FROM documents WHERE id = ?")),
      insert_documents_(db,
                        "INSERT OR FAIL INTO documents (id, file, content_hash, lexicon_hash, kind, official_id, zaak,"
                        " aanhangsel, subject, submitted, received, notice, imported_at, subject_mentions,"
                        " first_question_id, question_count)",
                        16),
      insert_numbered_documents_(db,
                                 "INSERT OR FAIL INTO documents (file, content_hash, lexicon_hash, kind, official_id,"
                                 " zaak, aanhangsel, subject, submitted, received, notice, imported_at,"
                                 " subject_mentions, first_question_id, question_count)",
                                 15),
      insert_document_members_(db, "INSERT OR FAIL INTO document_members (document_id, position, member_id)", 3),
      insert_addressees_(db, "INSERT OR FAIL INTO document_addressees (document_id, position, addressee)", 3),
      insert_answerers_(db, "INSERT OR FAIL INTO document_answerers (document_id, position, answerer)", 3),
      insert_questions_(db,
                        "INSERT OR FAIL INTO questions"
                        " (id, document_id, ordinal, number, text, answer, mentions, answer_mentions)",
                        8),
      insert_unanswered_questions_(db, "INSERT OR FAIL INTO questions (document_id, ordinal, number, text, mentions)",
                                   5),
      insert_sources_(db, "INSERT OR FAIL INTO sources (document_id, question_id, footnote, url)", 4),
      find_party_(db.prepare("SELECT id FROM parties WHERE name = ?")),
      insert_party_(db.prepare("INSERT INTO parties (name) VALUES (?)")),
      find_member_(db.prepare("SELECT id FROM members WHERE name = ? AND party_id IS ?")),
      insert_member_(db.prepare("INSERT INTO members (name, party_id) VALUES (?,?)")),
      upsert_entity_(db.prepare(
          "INSERT INTO entities (id, kind, name, source) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE"
          " SET kind = excluded.kind, name = excluded.name, source = excluded.source"
          " WHERE kind IS NOT excluded.kind OR name IS NOT excluded.name OR source IS NOT excluded.source")),
      insert_alias_(db.prepare("INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?,?)")),
      upsert_external_id_(db.prepare(
          "INSERT INTO entity_external_ids (entity_id, scheme, value) VALUES (?,?,?)"
          " ON CONFLICT(entity_id, scheme) DO UPDATE SET value = excluded.value"
          " WHERE value IS NOT excluded.value")),
      postings_(db) {
    if (!db.prepare("SELECT 1 FROM documents LIMIT 1").step()) written_files_.assign(std::size_t{1} << 22, false);
}

std::size_t DocumentWriter::file_bit(const std::string& file) const {
    return std::hash<std::string>{}(file) & (written_files_.size() - 1);
}

// With foreign keys on, parents go in before children (documents, questions,
// then the rest), so no row is inserted before the row it names. With them
// off (an import) each table's rows wait for a full batch.
void DocumentWriter::end_row(BufferedInsert& insert) {
    if (!insert.full()) return;
    const bool documents = &insert == &insert_documents_ || &insert == &insert_numbered_documents_;
    if (foreign_keys_checked() && !documents) {
        flush_documents();
        if (&insert != &insert_questions_ && &insert != &insert_unanswered_questions_) flush_questions();
    }
    if (documents)
        flush_documents();
    else if (&insert == &insert_questions_ || &insert == &insert_unanswered_questions_)
        flush_questions();
    else
        insert.flush();
}

void DocumentWriter::flush_documents() {
    if (pending_documents_.empty()) return;
    insert_documents_.flush();
    insert_numbered_documents_.flush();
    const std::int64_t last = pending_documents_.back().state.id;
    if (sqlite_numbers_documents_ && db_.last_insert_rowid() != last)
        throw DatabaseError(db_.path().string() + ": document ids out of step (SQLite gave " +
                            std::to_string(db_.last_insert_rowid()) + ", expected " + std::to_string(last) + ")");
    pending_documents_.clear();
}

void DocumentWriter::flush() {
    flush_documents();
    insert_document_members_.flush();
    insert_addressees_.flush();
    insert_answerers_.flush();
    flush_questions();
    insert_sources_.flush();
}

bool DocumentWriter::foreign_keys_checked() const {
    int checked = 0;
    sqlite3_db_config(db_.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, -1, &checked);
    return checked != 0;
}

// Before rows of the other questions statement: rows go in in id order.
void DocumentWriter::flush_questions_before_switching() {
    if (foreign_keys_checked()) flush_documents();
    flush_questions();
}

void DocumentWriter::flush_questions() {
    if (insert_questions_.empty() && insert_unanswered_questions_.empty()) return;
    insert_questions_.flush();
    insert_unanswered_questions_.flush();
    if (sqlite_numbers_questions_ && db_.last_insert_rowid() != last_question_id_)
        throw DatabaseError(db_.path().string() + ": question ids out of step (SQLite gave " +
                            std::to_string(db_.last_insert_rowid()) + ", expected " +
                            std::to_string(last_question_id_) + ")");
}

// Child tables first, explicitly: bulk imports run with foreign keys off.
void DocumentWriter::remove(std::int64_t document_id) {
    flush();
    sqlite_numbers_questions_ = false;  // the rows deleted may be the highest
    sqlite_numbers_documents_ = false;
    document_postings_.bind(1, document_id);
    while (document_postings_.step()) {
        auto field = text_field_from_string(document_postings_.column_text(1));
        if (field) postings_.remove(document_postings_.column_text(0), *field, document_postings_.column_int(2));
    }
    document_postings_.reset();
    delete_questions_.bind(1, document_id).run();
    for (const char* table : {"sources", "document_members", "document_addressees", "document_answerers"}) {
        auto stmt = db_.prepare(std::string("DELETE FROM ") + table + " WHERE document_id = ?");
        stmt.bind(1, document_id).run();
    }
    delete_document_.bind(1, document_id).run();
}

std::optional<StoredDocumentState> DocumentWriter::find(const std::string& file) {
    if (!written_files_.empty() && !written_files_[file_bit(file)]) return std::nullopt;
    const std::size_t hash = std::hash<std::string>{}(file);
    for (const PendingDocument& pending : pending_documents_)
        if (pending.file_hash == hash && pending.file == file) return pending.state;
    find_document_.bind(1, file);
    std::optional<StoredDocumentState> state;
    if (find_document_.step())
        state = StoredDocumentState{find_document_.column_int(0), find_document_.column_text(1),
                                    find_document_.column_text(2)};
    find_document_.reset();
    return state;
}

void DocumentWriter::upsert_entities(const std::vector<Entity>& entities) {
    for (const Entity& entity : entities) {
        upsert_entity_.bind(1, entity.id).bind(2, to_string(entity.kind)).bind(3, entity.name);
        upsert_entity_.bind_optional(4, entity.source).run();
        for (const std::string& alias : entity.aliases)
            insert_alias_.bind(1, entity.id).bind(2, alias).run();
        for (const auto& [scheme, value] : entity.external_ids)
            upsert_external_id_.bind(1, entity.id).bind(2, scheme).bind(3, value).run();
    }
}

std::int64_t DocumentWriter::party_id(const std::string& name) {
    if (auto it = party_ids_.find(name); it != party_ids_.end()) return it->second;
    std::int64_t id = 0;
    find_party_.bind(1, name);
    if (find_party_.step()) {
        id = find_party_.column_int(0);
        find_party_.reset();
    } else {
        find_party_.reset();
        insert_party_.bind(1, name).run();
        id = db_.last_insert_rowid();
    }
    party_ids_.emplace(name, id);
    return id;
}

std::int64_t DocumentWriter::member_id(const Member& member) {
    std::string& key = member_key_;  // reused: no allocation per member of every document
    key.assign(member.name).append(1, '\x1f').append(member.party);
    if (auto it = member_ids_.find(key); it != member_ids_.end()) return it->second;
    find_member_.bind(1, member.name);
    if (member.party.empty())
        find_member_.bind_null(2);
    else
        find_member_.bind(2, party_id(member.party));
    std::int64_t id = 0;
    if (find_member_.step()) {
        id = find_member_.column_int(0);
        find_member_.reset();
    } else {
        find_member_.reset();
        insert_member_.bind(1, member.name);
        if (member.party.empty())
            insert_member_.bind_null(2);
        else
            insert_member_.bind(2, party_id(member.party));
        insert_member_.run();
        id = db_.last_insert_rowid();
    }
    member_ids_.emplace(key, id);
    return id;
}

void DocumentWriter::write_questions(const ParsedDocument& document, std::int64_t document_id,
                                     const MentionsJson& json) {
    question_ids_.clear();
    for (std::size_t i = 0; i < document.questions.size(); ++i) {
        const Question& question = document.questions[i];
        const bool short_row = sqlite_numbers_questions_ && question.answer.empty() && json.answer(i) == "[]";
        BufferedInsert& insert = short_row ? insert_unanswered_questions_ : insert_questions_;
        BufferedInsert& other = short_row ? insert_questions_ : insert_unanswered_questions_;
        if (!other.empty()) flush_questions_before_switching();
        question_ids_.push_back(next_question_id_++);
        last_question_id_ = question_ids_.back();
        if (!short_row) {
            if (sqlite_numbers_questions_)
                insert.add_null();
            else
                insert.add(question_ids_.back());
        }
        insert.add(document_id).add(static_cast<std::int64_t>(i + 1)).add(question.number).add(question.text);
        if (!short_row) insert.add_optional(question.answer);
        insert.add(json.question(i));
        if (!short_row) insert.add(json.answer(i));
        end_row(insert);
    }
}

void DocumentWriter::write_sources(const ParsedDocument& document, std::int64_t document_id) {
    for (std::size_t q = 0; q < document.questions.size(); ++q)
        for (const Source& source : document.questions[q].sources) {
            insert_sources_.add(document_id).add(question_ids_[q]);
            insert_sources_.add(static_cast<std::int64_t>(source.footnote)).add(source.url);
            end_row(insert_sources_);
        }
}

void DocumentWriter::write_positions(BufferedInsert& insert, std::int64_t document_id,
                                     const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        insert.add(document_id).add(static_cast<std::int64_t>(i)).add(values[i]);
        end_row(insert);
    }
}

// One posting per (entity, field, question) or (entity, subject, document),
// in the ascending order EntityPostings::add asks for.
void DocumentWriter::add_postings(const std::vector<Mention>& mentions, std::int64_t document_id) {
    auto& postings = postings_scratch_;
    postings.clear();
    for (const Mention& m : mentions) {
        std::int64_t id = m.question < 0 ? document_id : question_ids_.at(static_cast<std::size_t>(m.question));
        postings.push_back(Posting{postings_.number(m), m.field, id});
    }
    std::sort(postings.begin(), postings.end());
    postings.erase(std::unique(postings.begin(), postings.end()), postings.end());
    for (const Posting& p : postings) postings_.add(p.entity, p.field, p.id);
}

std::int64_t DocumentWriter::write(const ParsedDocument& document, std::string_view content_hash,
                                   std::string_view lexicon_hash, const std::vector<Mention>& mentions,
                                   const MentionsJson& json) {
    const std::int64_t document_id = next_document_id_++;
    if (!written_files_.empty()) written_files_[file_bit(document.file)] = true;
    pending_documents_.push_back(PendingDocument{std::hash<std::string>{}(document.file), document.file,
                                                 StoredDocumentState{document_id, std::string(content_hash),
                                                                     std::string(lexicon_hash)}});
    BufferedInsert& documents = documents_insert();
    if (!sqlite_numbers_documents_) documents.add(document_id);
    documents.add(document.file).add(content_hash).add(lexicon_hash);
    documents.add(to_string(document.kind));
    documents.add_optional(document.official_id).add_optional(document.zaak);
    documents.add_optional(document.aanhangsel).add_optional(document.subject);
    documents.add_optional(document.submitted).add_optional(document.received);
    documents.add_optional(document.notice).add(imported_at_).add(json.subject());
    if (document.questions.empty())
        documents.add_null();
    else
        documents.add(next_question_id_);  // write_questions() numbers them from here
    documents.add(static_cast<std::int64_t>(document.questions.size()));
    end_row(documents);

    for (std::size_t i = 0; i < document.members.size(); ++i) {
        insert_document_members_.add(document_id).add(static_cast<std::int64_t>(i));
        insert_document_members_.add(member_id(document.members[i]));
        end_row(insert_document_members_);
    }
    write_positions(insert_addressees_, document_id, document.addressees);
    write_positions(insert_answerers_, document_id, document.answered_by);
    write_questions(document, document_id, json);
    write_sources(document, document_id);
    add_postings(mentions, document_id);
    return document_id;
}

void DocumentWriter::finish() {
    flush();
    postings_.finish();
    auto keep = db_.prepare("INSERT INTO id_high_water (table_name, last_id) VALUES (?, ?)"
                            " ON CONFLICT(table_name) DO UPDATE SET last_id = max(last_id, excluded.last_id)");
    if (next_document_id_ > first_document_id_) keep.bind(1, "documents").bind(2, next_document_id_ - 1).run();
    if (next_question_id_ > first_question_id_) keep.bind(1, "questions").bind(2, next_question_id_ - 1).run();
}

}  // namespace riskgraph
