#include "micro/synthetic.h"

#include <algorithm>
#include <random>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace riskgraph::bench {
namespace {

constexpr const char* kFiller[] = {
    "de", "het", "van", "en", "dat", "met", "voor", "bij", "over", "naar", "welke", "kunt",
    "u", "aangeven", "bericht", "apparatuur", "netwerken", "leveranciers", "maatregelen",
    "toezicht", "kabinet", "gegevens", "risico's", "overheidsorganisaties", "beoordeelt",
    "telecommunicatienetwerken", "mensenrechtenschendingen", "zorgen", "afspraken", "hoe",
    "bereid", "onderzoek", "digitale", "veiligheid", "camera's", "leveringsketens", "is"};
// Words with the non-ASCII characters of real questions, about one word in 30
// of synthetic_prose (one character in some 250 bytes, as in data/samples).
constexpr const char* kProseExtras[] = {
    "risico’s", "geïnformeerd", "financiële", "coördinatie", "één", "zo’n", "camera’s",
    "2023–2024", "artikel\u00a012", "privé", "–", "‘dreiging’", "ideeën", "«Huawei»", "€\u00a05"};
constexpr const char* kSyllables[] = {"hua", "vik", "zen", "tor", "lin", "mar", "qua", "sol",
                                       "dri", "pex", "nor", "tel", "gra", "fen", "wu", "kai"};

std::string capitalize(std::string word) {
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
    return word;
}

}  // namespace

Lexicon synthetic_lexicon(std::size_t aliases) {
    std::mt19937 rng(42);
    Lexicon lexicon;
    std::size_t made = 0;
    for (std::size_t e = 0; made < aliases; ++e) {
        Entity entity;
        entity.id = "e" + std::to_string(e);
        entity.kind = e % 2 == 0 ? EntityKind::vendor : EntityKind::institution;
        for (int a = 0; a < 2 && made < aliases; ++a, ++made) {
            std::string alias;
            const unsigned shape = rng() % 20;
            const std::string tag = std::to_string(made);
            if (shape < 2) {  // capitals-only acronym, made unique by its number: "QXA12"
                for (int i = 0; i < 3; ++i) alias += static_cast<char>('A' + rng() % 26);
                alias += tag;
            } else {
                const unsigned parts = 2 + rng() % 3;
                for (unsigned i = 0; i < parts; ++i) alias += kSyllables[rng() % 16];
                alias = capitalize(alias) + tag;
                if (shape < 5) alias += std::string(" ") + capitalize(kSyllables[rng() % 16]) + "tech";
                if (shape == 5) alias += "*";
            }
            if (a == 0) entity.name = alias.back() == '*' ? alias.substr(0, alias.size() - 1) : alias;
            entity.aliases.push_back(alias);
        }
        lexicon.add(std::move(entity));
    }
    return lexicon;
}

namespace {

std::string generate_text(const Lexicon& lexicon, std::size_t bytes, unsigned every, bool prose) {
    std::mt19937 rng(7);
    std::vector<std::string> aliases;
    for (const Entity& e : lexicon.entities())
        for (const std::string& a : e.aliases) aliases.push_back(a.back() == '*' ? a.substr(0, a.size() - 1) + "apparatuur" : a);
    std::string out;
    out.reserve(bytes + 100);
    std::size_t column = 0;
    while (out.size() < bytes) {
        std::string word;
        if (every && rng() % every == 0) {
            word = aliases[rng() % aliases.size()];
            if (rng() % 5 == 0 && word.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
                for (char& c : word) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        } else {
            word = kFiller[rng() % (sizeof kFiller / sizeof *kFiller)];
            if (prose && rng() % 30 == 0)
                word = kProseExtras[rng() % (sizeof kProseExtras / sizeof *kProseExtras)];
        }
        if (column + word.size() + 1 > 75) {
            out += '\n';
            column = 0;
        } else if (column) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

}  // namespace

std::string synthetic_text(const Lexicon& lexicon, std::size_t bytes, unsigned every) {
    return generate_text(lexicon, bytes, every, false);
}

std::string synthetic_prose(const Lexicon& lexicon, std::size_t bytes, unsigned every) {
    return generate_text(lexicon, bytes, every, true);
}

std::string synthetic_document(const Lexicon& lexicon, unsigned questions) {
    std::string doc =
        "Tweede Kamer der Staten-Generaal2\n"
        "Vergaderjaar 2024\u20132025 Vragen gesteld door de leden der Kamer\n \n2024Z12345\n"
        "Vragen van de leden Van Helvert (CDA) en Kathmann (GroenLinks-PvdA) aan de Minister van\n"
        "Buitenlandse Zaken over surveillanceapparatuur (ingezonden 22 november 2024).\n";
    std::mt19937 rng(3);
    for (unsigned q = 1; q <= questions; ++q) {
        doc += "Vraag " + std::to_string(q) + "\n";
        std::string text = synthetic_text(lexicon, 120 + rng() % 200, 12);
        // a line-end hyphen the parser joins: "...ab\ncd" -> "...a-\nbcd"
        const auto nl = text.find('\n');
        if (nl != std::string::npos && nl > 2 && text[nl - 1] >= 'a' && text[nl - 1] <= 'z' &&
            text[nl - 2] >= 'a' && text[nl - 2] <= 'z')
            text = text.substr(0, nl - 1) + "-\n" + text[nl - 1] + text.substr(nl + 1);
        doc += text + (q % 7 == 0 ? "?" + std::to_string(q / 7) + "\n" : "?\n");
    }
    for (unsigned f = 1; f * 7 <= questions; ++f)
        doc += std::to_string(f) + " https://www.nos.nl/artikel/" + std::to_string(2345600 + f) +
               "-chinese-surveillance-\napparatuur-bij-overheden\n";
    doc += " \n   \nkv-tk-2024Z12345\n\u2019s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024\u20132025, Vragen\n";
    return doc;
}

}  // namespace riskgraph::bench
