#include "importers/page_furniture.h"

#include <array>

#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (!is_digit(c)) return false;
    }
    return true;
}

std::string_view first_token(std::string_view s) { return s.substr(0, s.find(' ')); }

// Running heads and footers of the Staatscourant/Handelingen PDF layout:
//   "Tweede Kamer der Staten-Generaal2"
//   "Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer"
//   "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1"
// `line` is not empty.
bool is_running_head(std::string_view line) {
    switch (line[0]) {
        case 'T':
            return line.starts_with("Tweede Kamer der Staten-Generaal") || line.starts_with("Tweede Kamer, vergaderjaar");
        case 'A':
            return line.starts_with("Aanhangsel van de Handelingen");
        case 'V':
            return line.starts_with("Vragen gesteld door de leden der Kamer") ||
                   (line.starts_with("Vergaderjaar ") && line.size() > 13 && is_digit(line[13]));
        case 'r':
            return line.starts_with("regering gegeven antwoorden");
        case '\xE2':
            return line.starts_with("’s-Gravenhage");
        case '\'':
            return line.starts_with("'s-Gravenhage");
        case 'I':
            return line.starts_with("ISSN ");
        case 'N':
            return line.starts_with("Naar boven");
        case 'P':
            return line.starts_with("Preview document");
        default:
            return false;
    }
}

// Markdown: "# 2" is a page number, "### 302" the Aanhangsel number.
Furniture classify_markdown_heading(std::string_view line, std::string_view* rest) {
    std::size_t level = 0;
    while (level < line.size() && line[level] == '#') ++level;
    *rest = trim(line.substr(level));
    if (!all_digits(*rest)) return {};
    if (level >= 3) return {FurnitureKind::aanhangsel, std::string(*rest)};
    return {FurnitureKind::page, {}};
}

// "h tk 20232024 302" (Markdown conversion of "ah-tk-20232024-302").
Furniture classify_spaced_id(std::string_view line) {
    std::string_view rest;
    if (line.starts_with("h tk ")) rest = line.substr(5);
    else if (line.starts_with("ah tk ")) rest = line.substr(6);
    else return {};
    const auto space = rest.find(' ');
    if (space == std::string_view::npos) return {};
    const auto year = rest.substr(0, space);
    const auto number = rest.substr(space + 1);
    if (year.size() != 8 || !all_digits(year) || !all_digits(number)) return {};
    return {FurnitureKind::official_id, "ah-tk-" + std::string(year) + "-" + std::string(number)};
}

}  // namespace

bool is_zaak_number(std::string_view token) {
    return token.size() == 10 && all_digits(token.substr(0, 4)) && token[4] == 'Z' && all_digits(token.substr(5));
}

Furniture classify_furniture(std::string_view line) {
    if (line.starts_with("#")) {
        std::string_view rest;
        Furniture md = classify_markdown_heading(line, &rest);
        if (md.kind != FurnitureKind::none) return md;
        line = rest;
    }
    line = strip_markdown_marks(line);
    if (!may_be_furniture(line)) return {};
    // Each test below first compares the lead byte its form starts with.
    const char lead = line[0];
    if (lead == '-' && line.size() >= 3 && line.find_first_not_of('-') == std::string_view::npos) {
        return {FurnitureKind::page, {}};
    }
    if (is_running_head(line)) return {FurnitureKind::page, {}};
    if ((lead == 'k' && line.starts_with("kv-tk-")) || (lead == 'a' && line.starts_with("ah-tk-"))) {
        return {FurnitureKind::official_id, std::string(first_token(line))};
    }
    if (lead == 'h' || lead == 'a') {
        if (Furniture id = classify_spaced_id(line); id.kind != FurnitureKind::none) return id;
    }
    if (is_digit(lead) && is_zaak_number(line)) return {FurnitureKind::zaak, std::string(line)};
    if (lead == 'A' && line.starts_with("AH ") && all_digits(line.substr(3))) {
        return {FurnitureKind::aanhangsel, std::string(line.substr(3))};
    }
    if (lead == '(' && line.starts_with("(ingezonden ") && line.ends_with(")")) return {FurnitureKind::submitted, std::string(line)};
    if (lead == 'Z' && line.starts_with("Zie ook Aanhangsel")) return {FurnitureKind::see_also, {}};
    if (lead == 'T' && (line == "Toelichting" || line.starts_with("Toelichting:"))) return {FurnitureKind::end_of_text, {}};
    return {};
}

}  // namespace riskgraph
