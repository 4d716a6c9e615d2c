// The first-byte checks in front of the line parsers (may_be_furniture,
// may_be_labelled_heading) must never turn away a line the parser would
// take, and strip_markdown_marks' inline path must give what its full
// path gives.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "importers/headings.h"
#include "importers/page_furniture.h"
#include "importers/text_cleanup.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {

// `line` is trimmed, as the parser's passes see it.
void expect_checks_hold(std::string_view line, const std::string& where) {
    if (!may_be_furniture(line)) {
        EXPECT_EQ(classify_furniture(line).kind, FurnitureKind::none) << where << ": \"" << line << '"';
    }
    if (!may_be_labelled_heading(line)) {
        EXPECT_FALSE(parse_labelled_heading(line).has_value()) << where << ": \"" << line << '"';
    }
    EXPECT_EQ(strip_markdown_marks(line), detail::strip_markdown_marks_and_trim(line)) << where;
}

// The line as printed, and with emphasis marks around it (a Markdown
// heading, "# 2", only bare: marks around it make it text).
std::vector<std::string> decorated(std::string_view line) {
    std::vector<std::string> out;
    for (std::string_view mark : {"", "**", "_", "** ", "_ "}) {
        if (line.starts_with('#') && !mark.empty()) break;
        std::string closing(mark.rbegin(), mark.rend());
        out.push_back(std::string(mark) + std::string(line) + closing);
    }
    return out;
}

TEST(LinePrefilters, LetThroughEveryFurnitureForm) {
    for (std::string_view form :
         {"Tweede Kamer der Staten-Generaal2", "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2",
          "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen", "Aanhangsel van de Handelingen",
          "Vragen gesteld door de leden der Kamer", "regering gegeven antwoorden", "’s-Gravenhage 2024",
          "'s-Gravenhage 2024", "ISSN 0921 - 7398", "Naar boven", "Preview document", "-----", "# 2", "### 302",
          "## Tweede Kamer der Staten-Generaal", "kv-tk-2024Z18775", "ah-tk-20242025-593", "h tk 20232024 302",
          "ah tk 20232024 302", "2024Z18775", "AH 604", "(ingezonden 3 oktober 2024)", "Zie ook Aanhangsel 1",
          "Toelichting", "Toelichting: zie"}) {
        for (const std::string& line : decorated(form)) {
            const std::string_view trimmed = trim(line);
            EXPECT_NE(classify_furniture(trimmed).kind, FurnitureKind::none) << '"' << line << '"';
            EXPECT_TRUE(may_be_furniture(trimmed)) << '"' << line << '"';
            expect_checks_hold(trimmed, "form");
        }
    }
}

TEST(LinePrefilters, LetThroughEveryLabelledHeading) {
    for (std::string_view form :
         {"Vraag 1", "Vraag", "Vraag 2 en 3", "Vragen 2 t/m 6", "Vraag 4:", "Antwoord", "Antwoord 1",
          "Antwoord op vraag 4", "Antwoord op de vragen 1 en 2", "Antwoorden op vragen 3, 4", "Antwoorden 5",
          "Mededeling", "• Vraag 2", "- Antwoord 3:", "* Vraag 7."}) {
        for (const std::string& line : decorated(form)) {
            const std::string_view trimmed = trim(line);
            EXPECT_TRUE(parse_labelled_heading(trimmed).has_value()) << '"' << line << '"';
            EXPECT_TRUE(may_be_labelled_heading(trimmed)) << '"' << line << '"';
            expect_checks_hold(trimmed, "form");
        }
    }
}

TEST(LinePrefilters, HoldOnEveryLineOfTheRealDocuments) {
    RISKGRAPH_REQUIRE_SHARED();
    std::size_t lines = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(test::shared_dir() / "corpus")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        const std::string text = normalize_text(bytes.str());
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            expect_checks_hold(trim(std::string_view(text).substr(start, end - start)), entry.path().string());
            ++lines;
            start = end + 1;
        }
    }
    EXPECT_GT(lines, 1000u);
}

}  // namespace
}  // namespace riskgraph
