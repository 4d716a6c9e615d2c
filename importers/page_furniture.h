// Recognises the lines a PDF, DOCX or Markdown extraction prints around the
// questions: running heads, page footers, document ids and page breaks.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace riskgraph {

enum class FurnitureKind {
    none,         // ordinary text
    page,         // "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2", "-----", "# 2"
    official_id,  // "kv-tk-2024Z18775", "ah-tk-20242025-593", Markdown "h tk 20232024 302"
    zaak,         // "2024Z18775"
    aanhangsel,   // "AH 604", Markdown "### 302"
    submitted,    // a line holding only "(ingezonden 20 november 2024)"
    see_also,     // "Zie ook Aanhangsel Handelingen, vergaderjaar 2024-2025, nr. 461"
    end_of_text,  // "Toelichting:" - remarks after the last question
};

struct Furniture {
    FurnitureKind kind = FurnitureKind::none;
    std::string value;  // the id, zaak or number for the id kinds
};

namespace detail {
// The bytes a furniture line can start with, before or after its Markdown
// marks and spaces are stripped.
constexpr std::array<bool, 256> furniture_lead_bytes() {
    std::array<bool, 256> lead{};
    for (unsigned char c : std::string_view("-TAVr\xE2'INPkah(Z0123456789#*_ \x01")) lead[c] = true;
    return lead;
}
inline constexpr std::array<bool, 256> kFurnitureLeadBytes = furniture_lead_bytes();
}  // namespace detail

// False for most lines, from the first byte alone; classify_furniture finds
// nothing in a line this is false for.
inline bool may_be_furniture(std::string_view line) {
    return !line.empty() && detail::kFurnitureLeadBytes[static_cast<unsigned char>(line[0])];
}

// `line` is one trimmed line of normalised text.
Furniture classify_furniture(std::string_view line);

// True for "2024Z18775" (a zaak number: year, 'Z', five digits).
bool is_zaak_number(std::string_view token);

}  // namespace riskgraph
