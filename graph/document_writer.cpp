#include "graph/document_writer.h"

#include "graph/utc_time.h"

namespace riskgraph {

DocumentWriter::DocumentWriter(sql::Database& db)
    : db_(db),
      find_document_(db.prepare("SELECT id, content_hash, lexicon_hash FROM documents WHERE file = ?")),
      delete_document_(db.prepare("DELETE FROM documents WHERE id = ?")),
      insert_document_(db.prepare(
          "INSERT INTO documents (file, content_hash, lexicon_hash, kind, official_id, zaak, aanhangsel,"
          " subject, submitted, received, notice, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")),
      insert_document_member_(db.prepare(
          "INSERT INTO document_members (document_id, position, member_id) VALUES (?,?,?)")),
      insert_addressee_(db.prepare(
          "INSERT INTO document_addressees (document_id, position, addressee) VALUES (?,?,?)")),
      insert_answerer_(db.prepare(
          "INSERT INTO document_answerers (document_id, position, answerer) VALUES (?,?,?)")),
      insert_question_(db.prepare(
          "INSERT INTO questions (document_id, ordinal, number, text, answer) VALUES (?,?,?,?,?)")),
      insert_mention_(db.prepare(
          "INSERT INTO mentions (entity_id, document_id, question_id, field, start, end, text)"
          " VALUES (?,?,?,?,?,?,?)")),
      insert_source_(db.prepare(
          "INSERT INTO sources (document_id, question_id, footnote, url) VALUES (?,?,?,?)")),
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
          " WHERE value IS NOT excluded.value")) {}

void DocumentWriter::delete_rows(std::int64_t document_id) {
    for (const char* table : {"mentions", "sources", "questions", "document_members", "document_addressees",
                              "document_answerers"}) {
        auto stmt = db_.prepare(std::string("DELETE FROM ") + table + " WHERE document_id = ?");
        stmt.bind(1, document_id).run();
    }
    delete_document_.bind(1, document_id).run();
}

std::optional<StoredDocumentState> DocumentWriter::find(const std::string& file) {
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
    std::string key = member.name + '\x1f' + member.party;
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
    member_ids_.emplace(std::move(key), id);
    return id;
}

std::int64_t DocumentWriter::write(const ParsedDocument& document, std::string_view content_hash,
                                   std::string_view lexicon_hash, const std::vector<Mention>& mentions) {
    return write(document, content_hash, lexicon_hash, mentions, find(document.file));
}

std::int64_t DocumentWriter::write(const ParsedDocument& document, std::string_view content_hash,
                                   std::string_view lexicon_hash, const std::vector<Mention>& mentions,
                                   const std::optional<StoredDocumentState>& previous) {
    if (previous) delete_rows(previous->id);

    insert_document_.bind(1, document.file).bind(2, content_hash).bind(3, lexicon_hash);
    insert_document_.bind(4, to_string(document.kind));
    insert_document_.bind_optional(5, document.official_id).bind_optional(6, document.zaak);
    insert_document_.bind_optional(7, document.aanhangsel).bind_optional(8, document.subject);
    insert_document_.bind_optional(9, document.submitted).bind_optional(10, document.received);
    insert_document_.bind_optional(11, document.notice).bind(12, utc_now());
    insert_document_.run();
    const std::int64_t document_id = db_.last_insert_rowid();

    for (std::size_t i = 0; i < document.members.size(); ++i)
        insert_document_member_.bind(1, document_id).bind(2, static_cast<std::int64_t>(i))
            .bind(3, member_id(document.members[i])).run();
    for (std::size_t i = 0; i < document.addressees.size(); ++i)
        insert_addressee_.bind(1, document_id).bind(2, static_cast<std::int64_t>(i))
            .bind(3, document.addressees[i]).run();
    for (std::size_t i = 0; i < document.answered_by.size(); ++i)
        insert_answerer_.bind(1, document_id).bind(2, static_cast<std::int64_t>(i))
            .bind(3, document.answered_by[i]).run();

    std::vector<std::int64_t>& question_ids = question_ids_;
    question_ids.clear();
    question_ids.reserve(document.questions.size());
    for (std::size_t i = 0; i < document.questions.size(); ++i) {
        const Question& question = document.questions[i];
        insert_question_.bind(1, document_id).bind(2, static_cast<std::int64_t>(i + 1))
            .bind_static(3, question.number).bind_static(4, question.text);
        if (question.answer.empty())
            insert_question_.bind_null(5);
        else
            insert_question_.bind_static(5, question.answer);
        insert_question_.run();
        question_ids.push_back(db_.last_insert_rowid());
        for (const Source& source : question.sources)
            insert_source_.bind(1, document_id).bind(2, question_ids.back())
                .bind(3, source.footnote).bind(4, source.url).run();
    }

    for (const Mention& mention : mentions) {
        insert_mention_.bind_static(1, mention.entity_id).bind(2, document_id);
        if (mention.question >= 0)
            insert_mention_.bind(3, question_ids.at(static_cast<std::size_t>(mention.question)));
        else
            insert_mention_.bind_null(3);
        insert_mention_.bind(4, to_string(mention.field))
            .bind(5, static_cast<std::int64_t>(mention.start))
            .bind(6, static_cast<std::int64_t>(mention.end)).bind_static(7, mention.text).run();
    }
    return document_id;
}

}  // namespace riskgraph
