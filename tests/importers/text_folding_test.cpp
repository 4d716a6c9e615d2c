// TextFolder::folds_in_place lets the matcher skip folding: it must say yes
// only when folding changes no byte's place.
#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "importers/text_folding.h"

namespace riskgraph {
namespace {

// What folds_in_place promises, checked against fold() itself.
bool folds_byte_for_byte(const TextFolder& folder, const std::string& text) {
    FoldedText folded;
    folder.fold(text, folded);
    if (folded.bytes.size() != text.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (folded.bytes[i] != folder.fold_ascii(static_cast<unsigned char>(text[i])) || folded.origin(i) != i)
            return false;
    return true;
}

TEST(TextFolding, InPlaceOnlyForAsciiWithoutWhiteSpaceRuns) {
    const TextFolder folder;
    for (const std::string text : {"Huawei en Hikvision", "WHO, VN; EU.", "", "a", "Vraag 1\nBent u bekend met"}) {
        EXPECT_TRUE(folder.folds_in_place(text)) << text;
        EXPECT_TRUE(folds_byte_for_byte(folder, text)) << text;
    }
    for (const std::string text : {"Huawei  en", "Huawei\n\nHikvision", "de Minister van Financiën",
                                   "een tekst van meer dan zestien bytes met\t\tdubbele tab",
                                   "zestien bytes lang en dan een é op het eind é"}) {
        EXPECT_FALSE(folder.folds_in_place(text)) << text;
    }
}

// Every length around the 16-byte blocks, and white space at block edges.
TEST(TextFolding, InPlaceAgreesWithFoldOnRandomText) {
    const TextFolder folder;
    std::mt19937 random(20261129);
    const std::string alphabet = "aZ9 \n\t.-'`\x7F\x01";
    for (int round = 0; round < 20000; ++round) {
        std::string text(random() % 70, 'x');
        for (char& c : text) c = alphabet[random() % alphabet.size()];
        if (random() % 8 == 0) text.insert(random() % (text.size() + 1), "é");
        if (folder.folds_in_place(text)) {
            EXPECT_TRUE(folds_byte_for_byte(folder, text)) << '"' << text << '"';
        }
    }
}

}  // namespace
}  // namespace riskgraph
