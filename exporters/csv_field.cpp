#include "exporters/csv_field.h"

namespace riskgraph {

std::string csv_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_nullable(const std::optional<std::string>& text) { return text ? csv_quote(*text) : std::string(); }

}  // namespace riskgraph
