#include "graph/model.h"

#include <array>
#include <utility>

namespace riskgraph {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N>& table,
                           std::string_view text) {
    for (const auto& [value, name] : table)
        if (name == text) return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "unknown";
}

constexpr std::array<std::pair<EntityKind, std::string_view>, 8> kEntityKinds{{
    {EntityKind::vendor, "vendor"},
    {EntityKind::institution, "institution"},
    {EntityKind::treaty, "treaty"},
    {EntityKind::place, "place"},
    {EntityKind::group, "group"},
    {EntityKind::topic, "topic"},
    {EntityKind::person, "person"},
    {EntityKind::party, "party"},
}};

constexpr std::array<std::pair<DocumentKind, std::string_view>, 4> kDocumentKinds{{
    {DocumentKind::written_questions, "written_questions"},
    {DocumentKind::oral_questions, "oral_questions"},
    {DocumentKind::answers, "answers"},
    {DocumentKind::postponement, "postponement"},
}};

constexpr std::array<std::pair<TextField, std::string_view>, 3> kTextFields{{
    {TextField::subject, "subject"},
    {TextField::question, "question"},
    {TextField::answer, "answer"},
}};

}  // namespace

std::string_view to_string(EntityKind kind) { return name_of(kEntityKinds, kind); }
std::optional<EntityKind> entity_kind_from_string(std::string_view text) {
    return lookup(kEntityKinds, text);
}
const std::vector<EntityKind>& all_entity_kinds() {
    static const std::vector<EntityKind> kinds = [] {
        std::vector<EntityKind> v;
        for (const auto& [kind, name] : kEntityKinds) v.push_back(kind);
        return v;
    }();
    return kinds;
}

std::string_view to_string(DocumentKind kind) { return name_of(kDocumentKinds, kind); }
std::optional<DocumentKind> document_kind_from_string(std::string_view text) {
    return lookup(kDocumentKinds, text);
}

std::string_view to_string(TextField field) { return name_of(kTextFields, field); }
std::optional<TextField> text_field_from_string(std::string_view text) {
    return lookup(kTextFields, text);
}

}  // namespace riskgraph
