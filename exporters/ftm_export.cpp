#include "exporters/ftm_export.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <utility>
#include <vector>

#include "exporters/document_key.h"
#include "exporters/json_records.h"
#include "exporters/stable_id.h"
#include "graph/model.h"

namespace riskgraph {
namespace {

using Values = std::vector<std::string>;
using Properties = std::vector<std::pair<const char*, Values>>;

// Only these kinds become FtM entities; the others have no fitting schema and
// are written as properties of the Document (docs/exports.md).
const char* schema_for(EntityKind kind) {
    switch (kind) {
        case EntityKind::vendor: return "Company";
        case EntityKind::institution: return "PublicBody";
        case EntityKind::party: return "Organization";
        case EntityKind::person: return "Person";
        default: return nullptr;
    }
}

constexpr const char* kLinkedKinds = "('vendor', 'institution', 'party', 'person')";

class FtmLines {
public:
    explicit FtmLines(std::ostream& out) : out_(out), stream_(out), w_(stream_) {}

    // Empty values and properties without values are left out, as FtM does.
    void write(const std::string& id, const char* schema, const Properties& properties) {
        w_.StartObject();
        w_.Key("id"); write_json_string(w_, id);
        w_.Key("schema"); w_.String(schema);
        w_.Key("properties");
        w_.StartObject();
        for (const auto& [name, values] : properties) {
            bool any = false;
            for (const std::string& v : values) any = any || !v.empty();
            if (!any) continue;
            w_.Key(name);
            w_.StartArray();
            for (const std::string& v : values)
                if (!v.empty()) write_json_string(w_, v);
            w_.EndArray();
        }
        w_.EndObject();
        w_.EndObject();
        out_ << '\n';
        w_.Reset(stream_);
    }

private:
    std::ostream& out_;
    rapidjson::OStreamWrapper stream_;
    JsonWriter w_;
};

std::string entity_ftm_id(const std::string& entity_id) { return stable_id("entity", entity_id); }
std::string member_key(const std::string& name, const std::string& party) { return name + "|" + party; }

void write_entities(sql::Database& db, FtmLines& lines) {
    auto entities = db.prepare(std::string("SELECT id, kind, name, source FROM entities WHERE kind IN ") +
                               kLinkedKinds + " ORDER BY id");
    auto aliases = db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias");
    auto wikidata = db.prepare("SELECT value FROM entity_external_ids WHERE entity_id = ? AND scheme = 'wikidata'");
    while (entities.step()) {
        std::string id = entities.column_text(0);
        std::string name = entities.column_text(2);
        Values alias_values, wikidata_values;
        aliases.bind(1, id).bind(2, name);
        while (aliases.step()) alias_values.push_back(aliases.column_text(0));
        aliases.reset();
        wikidata.bind(1, id);
        while (wikidata.step()) wikidata_values.push_back(wikidata.column_text(0));
        wikidata.reset();
        const char* schema = schema_for(entity_kind_from_string(entities.column_text(1)).value_or(EntityKind::topic));
        if (!schema) continue;
        lines.write(entity_ftm_id(id), schema,
                    {{"name", {name}},
                     {"alias", alias_values},
                     {"wikidataId", wikidata_values},
                     {"publisher", {entities.column_text(3)}}});
    }
}

// Parties as printed beside members' names. A printed party that is also a
// lexicon party (by name or alias) is that entity; others become their own
// Organization. Returns party name -> FtM id (parties are few).
std::map<std::string, std::string> write_parties(sql::Database& db, FtmLines& lines) {
    auto parties = db.prepare(R"sql(
        SELECT p.name, (SELECT e.id FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id
                        WHERE e.kind = 'party' AND (e.name = p.name OR a.alias = p.name)
                        ORDER BY e.id LIMIT 1)
        FROM parties p ORDER BY p.name)sql");
    std::map<std::string, std::string> ids;
    while (parties.step()) {
        std::string name = parties.column_text(0);
        if (!parties.column_is_null(1)) {
            ids[name] = entity_ftm_id(parties.column_text(1));
            continue;
        }
        ids[name] = stable_id("party", name);
        lines.write(ids[name], "Organization", {{"name", {name}}});
    }
    return ids;
}

void write_members(sql::Database& db, FtmLines& lines, const std::map<std::string, std::string>& party_ids) {
    auto members = db.prepare(
        "SELECT m.name, p.name FROM members m LEFT JOIN parties p ON p.id = m.party_id ORDER BY m.name, p.name");
    while (members.step()) {
        std::string name = members.column_text(0);
        std::string party = members.column_text(1);
        std::string key = member_key(name, party);
        std::string person = stable_id("member", key);
        lines.write(person, "Person", {{"name", {name}}});
        if (auto it = party_ids.find(party); !party.empty() && it != party_ids.end())
            lines.write(stable_id("membership", key), "Membership",
                        {{"member", {person}}, {"organization", {it->second}}, {"role", {"member"}}});
    }
}

class DocumentWriterFtm {
public:
    DocumentWriterFtm(sql::Database& db, FtmLines& lines)
        : lines_(lines),
          keys_(db),
          documents_(db.prepare(
              "SELECT id, file, coalesce(official_id, ''), coalesce(zaak, ''), subject, submitted FROM documents"
              " ORDER BY id")),
          members_(db.prepare("SELECT m.name, p.name FROM document_members dm JOIN members m ON m.id = dm.member_id"
                              " LEFT JOIN parties p ON p.id = m.party_id WHERE dm.document_id = ?"
                              " ORDER BY dm.position")),
          unlinked_(db.prepare(std::string(R"sql(
              SELECT e.name, x.value FROM entities e
              LEFT JOIN entity_external_ids x ON x.entity_id = e.id AND x.scheme = 'iso3166'
              WHERE e.id IN (SELECT entity_id FROM mentions WHERE document_id = ?) AND e.kind NOT IN )sql") +
                                   kLinkedKinds + " ORDER BY e.name")),
          mentions_(db.prepare(std::string(R"sql(
              SELECT m.entity_id, m.field, coalesce(q.ordinal, 0), coalesce(q.number, ''), m.start, m.text
              FROM mentions m JOIN entities e ON e.id = m.entity_id
              LEFT JOIN questions q ON q.id = m.question_id
              WHERE m.document_id = ? AND e.kind IN )sql") +
                                   kLinkedKinds + " ORDER BY coalesce(q.ordinal, 0), m.field, m.start, m.entity_id")) {}

    void write_all() {
        while (documents_.step()) write_document();
    }

private:
    void write_document() {
        std::int64_t row = documents_.column_int(0);
        std::string file = documents_.column_text(1);
        std::string official_id = documents_.column_text(2);
        std::string key = keys_.key(file, official_id);
        std::string id = stable_id("document", key);
        std::string date = documents_.column_text(5);

        Values authors, author_ids;
        members_.bind(1, row);
        while (members_.step()) {
            authors.push_back(members_.column_text(0));
            author_ids.push_back(stable_id("member", member_key(members_.column_text(0), members_.column_text(1))));
        }
        members_.reset();

        Values keywords, countries;
        unlinked_.bind(1, row);
        while (unlinked_.step()) {
            std::string code = unlinked_.column_text(1);
            if (code.size() == 2) {
                for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                countries.push_back(code);
            } else {
                keywords.push_back(unlinked_.column_text(0));
            }
        }
        unlinked_.reset();

        std::string zaak = documents_.column_text(3);
        lines_.write(id, "Document",
                     {{"name", {official_id.empty() ? (zaak.empty() ? key : zaak) : official_id}},
                      {"title", {documents_.column_text(4)}},
                      {"fileName", {std::filesystem::path(file).filename().string()}},
                      {"date", {date}},
                      {"author", authors},
                      {"keywords", keywords},
                      {"country", countries}});

        for (std::size_t i = 0; i < author_ids.size(); ++i)
            lines_.write(stable_id("authorship", key + "|" + author_ids[i]), "Documentation",
                         {{"document", {id}}, {"entity", {author_ids[i]}}, {"role", {"author"}}, {"date", {date}}});

        mentions_.bind(1, row);
        while (mentions_.step()) {
            std::string entity = mentions_.column_text(0);
            std::string field = mentions_.column_text(1);
            std::string where = field == "subject" ? "subject"
                                : field == "answer" ? "answer " + mentions_.column_text(3)
                                                    : "question " + mentions_.column_text(3);
            std::string mention_key = key + "|" + field + "|" + std::to_string(mentions_.column_int(2)) + "|" +
                                      std::to_string(mentions_.column_int(4)) + "|" + entity;
            lines_.write(stable_id("mention", mention_key), "Documentation",
                         {{"document", {id}},
                          {"entity", {entity_ftm_id(entity)}},
                          {"role", {"mention"}},
                          {"summary", {mentions_.column_text(5) + " (" + where + ")"}},
                          {"date", {date}}});
        }
        mentions_.reset();
    }

    FtmLines& lines_;
    DocumentKeys keys_;
    sql::Statement documents_, members_, unlinked_, mentions_;
};

}  // namespace

void export_ftm(sql::Database& db, std::ostream& out) {
    FtmLines lines(out);
    write_entities(db, lines);
    auto party_ids = write_parties(db, lines);
    write_members(db, lines, party_ids);
    DocumentWriterFtm(db, lines).write_all();
    out.flush();
}

}  // namespace riskgraph
