// The entity and document objects of the JSON export (docs/json-export.md),
// read row by row so the json and ndjson exports share one definition and
// neither holds more than one document in memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "graph/sqlite.h"

namespace riskgraph {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void write_json_string(JsonWriter& w, const std::string& text);

// Entities ordered by id. Usage: while (records.next()) { w.StartObject();
// records.write_fields(w); w.EndObject(); }
class EntityRecords {
public:
    explicit EntityRecords(sql::Database& db);
    bool next();
    // Only the entity with this id; false when there is none.
    bool find(const std::string& id);
    // Writes the keys of the current entity into an open object.
    void write_fields(JsonWriter& w);

private:
    bool current(sql::Statement& stmt);

    sql::Statement all_;
    sql::Statement one_;
    sql::Statement aliases_;
    sql::Statement external_ids_;
    sql::Statement* row_ = nullptr;
};

// Documents ordered by row id, with their members, questions, mentions and sources.
class DocumentRecords {
public:
    explicit DocumentRecords(sql::Database& db);
    bool next();
    void write_fields(JsonWriter& w);

private:
    void write_text_list(JsonWriter& w, sql::Statement& stmt, std::int64_t document_id);
    void write_mentions(JsonWriter& w, const std::string& json, std::string_view field, const std::string& text);
    void write_questions(JsonWriter& w, std::int64_t document_id);

    sql::Statement documents_, members_, addressees_, answerers_, questions_, sources_;
};

}  // namespace riskgraph
