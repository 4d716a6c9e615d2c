#include "importers/lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "graph/errors.h"
#include "importers/hashing.h"

namespace riskgraph {
namespace {

// Line of a byte offset, for parse errors.
int line_of(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

std::string kinds_list() {
    std::string list;
    for (EntityKind kind : all_entity_kinds()) {
        if (!list.empty()) list += ", ";
        list += to_string(kind);
    }
    return list;
}

bool valid_id(std::string_view id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
               c == ':';
    });
}

class EntityReader {
public:
    EntityReader(const std::string& file, std::size_t index) : file_(file), index_(index) {}

    Entity read(const rapidjson::Value& value) {
        if (!value.IsObject()) fail("is not an object");
        Entity entity;
        entity.id = required_string(value, "id");
        if (!valid_id(entity.id))
            fail("id \"" + entity.id + "\" must be lower-case letters, digits, '-', '_', '.' or ':'");
        std::string kind = required_string(value, "kind");
        auto parsed = entity_kind_from_string(kind);
        if (!parsed) fail("unknown kind \"" + kind + "\"; expected one of " + kinds_list());
        entity.kind = *parsed;
        entity.name = required_string(value, "name");
        entity.source = optional_string(value, "source");
        read_aliases(value, entity);
        if (std::string wikidata = optional_string(value, "wikidata"); !wikidata.empty())
            entity.external_ids["wikidata"] = wikidata;
        if (auto it = value.FindMember("external_ids"); it != value.MemberEnd()) {
            if (!it->value.IsObject()) fail("\"external_ids\" must be an object of strings");
            for (const auto& member : it->value.GetObject()) {
                if (!member.value.IsString()) fail("\"external_ids\" values must be strings");
                entity.external_ids[member.name.GetString()] = member.value.GetString();
            }
        }
        return entity;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const {
        throw InputError(file_, 0, "entities[" + std::to_string(index_) + "]" +
                                       (id_.empty() ? "" : " (id \"" + id_ + "\")") + ": " + reason);
    }

    std::string required_string(const rapidjson::Value& value, const char* key) {
        auto it = value.FindMember(key);
        if (it == value.MemberEnd()) fail(std::string("missing \"") + key + "\"");
        if (!it->value.IsString() || it->value.GetStringLength() == 0)
            fail(std::string("\"") + key + "\" must be a non-empty string");
        std::string text = it->value.GetString();
        if (std::string_view(key) == "id") id_ = text;
        return text;
    }

    std::string optional_string(const rapidjson::Value& value, const char* key) const {
        auto it = value.FindMember(key);
        if (it == value.MemberEnd() || it->value.IsNull()) return {};
        if (!it->value.IsString()) fail(std::string("\"") + key + "\" must be a string");
        return it->value.GetString();
    }

    void read_aliases(const rapidjson::Value& value, Entity& entity) const {
        auto it = value.FindMember("aliases");
        if (it != value.MemberEnd()) {
            if (!it->value.IsArray()) fail("\"aliases\" must be an array of strings");
            for (const auto& alias : it->value.GetArray()) {
                if (!alias.IsString() || alias.GetStringLength() == 0)
                    fail("\"aliases\" must hold non-empty strings");
                entity.aliases.emplace_back(alias.GetString(), alias.GetStringLength());
            }
        }
        // The canonical name is always an alias too.
        if (std::find(entity.aliases.begin(), entity.aliases.end(), entity.name) == entity.aliases.end())
            entity.aliases.insert(entity.aliases.begin(), entity.name);
    }

    const std::string& file_;
    std::size_t index_;
    std::string id_;
};

}  // namespace

void Lexicon::add_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), 0, "cannot read lexicon file");
    std::ostringstream content;
    content << in.rdbuf();
    add_json(content.str(), path.string());
}

void Lexicon::add_json(std::string_view json, const std::string& file_name) {
    rapidjson::Document document;
    document.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
    if (document.HasParseError())
        throw InputError(file_name, line_of(json, document.GetErrorOffset()),
                         std::string("invalid JSON: ") + rapidjson::GetParseError_En(document.GetParseError()));
    if (!document.IsObject() || !document.HasMember("entities") || !document["entities"].IsArray())
        throw InputError(file_name, 1, "not a lexicon: expected an object with an \"entities\" array");
    const auto& list = document["entities"].GetArray();
    std::vector<Entity> read;
    read.reserve(list.Size());
    for (rapidjson::SizeType i = 0; i < list.Size(); ++i)
        read.push_back(EntityReader(file_name, i).read(list[i]));
    for (Entity& entity : read) add(std::move(entity));
}

void Lexicon::add(Entity entity) {
    auto it = index_.find(entity.id);
    if (it == index_.end()) {
        index_.emplace(entity.id, entities_.size());
        entities_.push_back(std::move(entity));
        return;
    }
    Entity& known = entities_[it->second];
    for (std::string& alias : entity.aliases)
        if (std::find(known.aliases.begin(), known.aliases.end(), alias) == known.aliases.end())
            known.aliases.push_back(std::move(alias));
    known.kind = entity.kind;
    known.name = std::move(entity.name);
    if (!entity.source.empty()) known.source = std::move(entity.source);
    for (auto& [scheme, value] : entity.external_ids) known.external_ids[scheme] = std::move(value);
}

const Entity* Lexicon::find(std::string_view id) const {
    auto it = index_.find(std::string(id));
    return it == index_.end() ? nullptr : &entities_[it->second];
}

std::string Lexicon::fingerprint() const {
    std::uint64_t hash = fnv1a64("lexicon-v1");
    for (const Entity& entity : entities_) {
        hash = fnv1a64(entity.id, hash);
        hash = fnv1a64(to_string(entity.kind), hash);
        for (const std::string& alias : entity.aliases) hash = fnv1a64(alias + '\x1f', hash);
        hash = fnv1a64("\x1e", hash);
    }
    return hex64(hash);
}

std::filesystem::path Lexicon::default_path() {
    if (const char* env = std::getenv("RISKGRAPH_DATA_DIR"); env && *env)
        return std::filesystem::path(env) / "lexicon.json";
    return std::filesystem::path(RISKGRAPH_DATA_DIR) / "lexicon.json";
}

}  // namespace riskgraph
