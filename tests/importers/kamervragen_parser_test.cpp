// One behaviour per test, on small inline texts.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "graph/errors.h"
#include "importers/dutch_dates.h"
#include "importers/kamervragen_parser.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

ParsedDocument parse(const std::string& text) { return parse_kamervragen(text, "test.txt"); }

const std::string kHeader =
    "Vragen van het lid Van Helvert (CDA) aan de Minister van Buitenlandse Zaken\n"
    "over Chinese surveillanceapparatuur (ingezonden 22 december 2020).\n";

std::string with_header(const std::string& body) { return kHeader + body; }

// ---- dates -------------------------------------------------------------

TEST(DutchDates, AllMonthNames) {
    const char* months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                            "juli",    "augustus", "september", "oktober", "november", "december"};
    for (int m = 1; m <= 12; ++m) {
        EXPECT_EQ(month_number(months[m - 1]), m) << months[m - 1];
        EXPECT_EQ(find_date(std::string("op 3 ") + months[m - 1] + " 2021"), iso_date(2021, m, 3));
    }
    EXPECT_EQ(month_number("Oktober"), 10);
    EXPECT_EQ(month_number("vraag"), 0);
}

TEST(DutchDates, PrintedVariants) {
    EXPECT_EQ(find_date("(ingezonden 22 december 2020)"), "2020-12-22");
    EXPECT_EQ(find_date("(ontvangen 18 november2024)"), "2024-11-18");
    EXPECT_EQ(find_date("op 4 november jl.", 2024), "2024-11-04");
    EXPECT_EQ(find_date("op 4 november jl."), "");
    EXPECT_EQ(find_date("Datum indiening25/03/2022"), "2022-03-25");
    EXPECT_EQ(find_date("2 October 2019"), "2019-10-02");
    EXPECT_EQ(find_date("31 februari 2020"), "");
    EXPECT_EQ(find_date("nr. 3198 en 19 637"), "");
}

// ---- text joining --------------------------------------------------------

TEST(TextCleanup, HyphenBetweenLowerCaseLettersIsRemoved) {
    EXPECT_EQ(join_lines("de Wereldgezond-", "heidsorganisatie (WHO)"), "de Wereldgezondheidsorganisatie (WHO)");
    EXPECT_EQ(join_lines("mensen-", "rechtenschendingen"), "mensenrechtenschendingen");
}

TEST(TextCleanup, OtherLineEndHyphensAreKept) {
    EXPECT_EQ(join_lines("de OESO-", "richtlijnen"), "de OESO-richtlijnen");
    EXPECT_EQ(join_lines("Noord-", "Holland"), "Noord-Holland");
    EXPECT_EQ(join_lines("zowel publiek -", "als privaat"), "zowel publiek - als privaat");
}

TEST(TextCleanup, BrokenUrlIsRejoinedWithItsHyphen) {
    EXPECT_EQ(join_lines("https://www.rtlnieuws.nl/tech/artikel/5202012/herkenning-", "gezichten-oeigoeren"),
              "https://www.rtlnieuws.nl/tech/artikel/5202012/herkenning-gezichten-oeigoeren");
    EXPECT_EQ(join_lines("(https://", "nos.nl/artikel/1)"), "(https://nos.nl/artikel/1)");
}

TEST(TextCleanup, NormalisesLineEndsSpacesAndBom) {
    EXPECT_EQ(normalize_text("\xEF\xBB\xBF" "a\r\nb\rc\td\xC2\xA0" "e"), "a\nb\nc d e");
    EXPECT_EQ(clean_inline("  a   b  "), "a b");
}

// Word-at-a-time scanning must not miss a double space or deleted byte at any offset.
TEST(TextCleanup, CleanInlineAgreesWithByteRulesAtEveryOffset) {
    const char alphabet[] = {'a', ' ', kDeletedByte};
    for (std::size_t length = 0; length <= 10; ++length) {
        std::size_t combinations = 1;
        for (std::size_t k = 0; k < length; ++k) combinations *= 3;
        for (std::size_t code = 0; code < combinations; ++code) {
            std::string text;
            for (std::size_t c = code, k = 0; k < length; ++k, c /= 3) text.push_back(alphabet[c % 3]);
            std::string expected;
            for (char ch : text) {
                if (ch == kDeletedByte || (ch == ' ' && (expected.empty() || expected.back() == ' '))) continue;
                expected.push_back(ch);
            }
            while (!expected.empty() && expected.back() == ' ') expected.pop_back();
            ASSERT_EQ(clean_inline(text), expected) << code << " of length " << length;
        }
    }
}

TEST(TextCleanup, NormalisesControlBytesAtEveryOffset) {
    for (std::size_t at = 0; at < 24; ++at) {
        for (const char* special : {"\t", "\x7F", "\x1F", "\xC2\xA0", "\r\n"}) {
            std::string text(24, 'x');
            text.replace(at, 1, special);
            std::string expected(24, 'x');
            expected[at] = std::string_view(special) == "\r\n" ? '\n' : ' ';
            ASSERT_EQ(normalize_text(text), expected) << at;
        }
    }
}

TEST(TextCleanup, NeverSplitsMultibyteCharacters) {
    const std::string joined = join_lines("«slimme» camera’s ë-", "één");
    EXPECT_EQ(joined, "«slimme» camera’s ëéén");
}

// ---- header --------------------------------------------------------------

TEST(Header, SingleMemberAddresseeSubjectDate) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nIs dat zo?\n"));
    EXPECT_EQ(doc.members, (std::vector<Member>{{"Van Helvert", "CDA"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Minister van Buitenlandse Zaken"});
    EXPECT_EQ(doc.subject, "Chinese surveillanceapparatuur");
    EXPECT_EQ(doc.submitted, "2020-12-22");
    EXPECT_EQ(doc.kind, DocumentKind::written_questions);
}

TEST(Header, TwoMembersWithOwnParties) {
    const ParsedDocument doc = parse(
        "Vragen van de leden Podt (D66) en Van Nispen (SP) aan de Staatssecretaris\n"
        "van Justitie en Veiligheid over Veldzicht (ingezonden 15 november 2024).\nVraag 1\nA?\n");
    EXPECT_EQ(doc.members, (std::vector<Member>{{"Podt", "D66"}, {"Van Nispen", "SP"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Staatssecretaris van Justitie en Veiligheid"});
}

TEST(Header, AllenGivesThePartyToEveryPrecedingMember) {
    const ParsedDocument doc = parse(
        "Vragen van de leden Rajkowski, Brekelmans en Michon-Derkzen (allen VVD) aan de Minister van "
        "Defensie over camera's (ingezonden 9 maart 2022).\nVraag 1\nA?\n");
    EXPECT_EQ(doc.members, (std::vector<Member>{{"Rajkowski", "VVD"}, {"Brekelmans", "VVD"}, {"Michon-Derkzen", "VVD"}}));
}

TEST(Header, BeidenOnlyReachesMembersWithoutParty) {
    const ParsedDocument doc = parse(
        "Vragen van de leden Beckerman (SP), Bushoff , Kröger (beiden\nGroenLinks-PvdA), Bamenga (D66) en "
        "Teunissen (PvdD) aan de\nMinister van Financiën over Drenthe (ingezonden 11 oktober 2024).\nVraag 1\nA?\n");
    EXPECT_EQ(doc.members, (std::vector<Member>{{"Beckerman", "SP"}, {"Bushoff", "GroenLinks-PvdA"},
                                                {"Kröger", "GroenLinks-PvdA"}, {"Bamenga", "D66"}, {"Teunissen", "PvdD"}}));
}

TEST(Header, OralQuestionsWithoutQuestionTextAreValid) {
    const ParsedDocument doc = parse(
        "2024Z18775\nMondelinge vragen van het lid Krul (CDA) aan de Minister voor Economische\n"
        "Zaken over het bericht «TEMU» (ingezonden 19 november 2024)\nkv-tk-2024Z18775\n");
    EXPECT_EQ(doc.kind, DocumentKind::oral_questions);
    EXPECT_TRUE(doc.questions.empty());
    EXPECT_EQ(doc.zaak, "2024Z18775");
    EXPECT_EQ(doc.official_id, "kv-tk-2024Z18775");
}

TEST(Header, PluralTitlesSplitIntoAddressees) {
    const ParsedDocument doc = parse(
        "Vragen van het lid Boswijk (CDA) aan de Ministers van Financiën en voor\nBuitenlandse Handel en "
        "Ontwikkelingshulp over de ontkoppeling (ingezonden 19 november 2024).\nVraag 1\nA?\n");
    EXPECT_EQ(doc.addressees, (std::vector<std::string>{"Minister van Financiën",
                                                         "Minister voor Buitenlandse Handel en Ontwikkelingshulp"}));
}

TEST(Header, AbsenceClauseIsNotAnAddressee) {
    const ParsedDocument doc = parse(
        "Mondelinge vragen van het lid Van der Plas (BBB) aan de Staatssecretaris\nvan Binnenlandse Zaken en "
        "Koninkrijksrelaties, bij afwezigheid van deMinister, over het bericht (ingezonden 19 november 2024)\n");
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"});
    EXPECT_EQ(doc.subject, "het bericht");
}

TEST(Header, AnswerSentenceGivesAnsweredByAndReceived) {
    const ParsedDocument doc = parse(with_header(
        "Antwoord van Staatssecretaris Van Marum (Binnenlandse Zaken en\nKoninkrijksrelaties) en van Minister "
        "Hermans (Klimaat en Groene Groei), mede namens de Minister van Financiën\n(ontvangen 18 november 2024).\n"
        "Vraag 1\nA?\nAntwoord 1\nJa.\n"));
    EXPECT_EQ(doc.kind, DocumentKind::answers);
    EXPECT_EQ(doc.received, "2024-11-18");
    EXPECT_EQ(doc.answered_by, (std::vector<std::string>{"Staatssecretaris Van Marum (Binnenlandse Zaken en Koninkrijksrelaties)",
                                                          "Minister Hermans (Klimaat en Groene Groei)"}));
}

// ---- numbering -----------------------------------------------------------

TEST(Numbering, VraagAndAntwoordHeadings) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nEen?\nAntwoord 1\nJa.\nVraag 2\nTwee?\nAntwoord op vraag 2\nNee.\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].text, "Een?");
    EXPECT_EQ(doc.questions[0].answer, "Ja.");
    EXPECT_EQ(doc.questions[1].answer, "Nee.");
}

TEST(Numbering, RangeHeadingAndItsAnswer) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nEen?\nVraag 2 t/m 6\nTwee?Drie?\nAntwoord 2 t/m 6\nZie brief.\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[1].number, "2 t/m 6");
    EXPECT_EQ(doc.questions[1].answer, "Zie brief.");
    EXPECT_TRUE(doc.questions[0].answer.empty());
}

TEST(Numbering, OneAnswerForTwoSeparateQuestions) {
    const ParsedDocument doc = parse(with_header("Vraag 3\nDrie?\nVraag 4\nVier?\nAntwoord op vraag 3 en 4\nBeide.\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].answer, "Beide.");
    EXPECT_EQ(doc.questions[1].answer, "Beide.");
}

TEST(Numbering, DocxDottedNumbers) {
    const ParsedDocument doc = parse(with_header("\n1. Bent u bekend met APG?\n\nAntwoord vraag 1:\nJa.\n\n2. Is dat erg?\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].number, "1");
    EXPECT_EQ(doc.questions[0].text, "Bent u bekend met APG?");
    EXPECT_EQ(doc.questions[0].answer, "Ja.");
    EXPECT_EQ(doc.questions[1].text, "Is dat erg?");
}

TEST(Numbering, DocxBareNumberLinesAndBareAntwoord) {
    const ParsedDocument doc = parse("AH 610\n2024Z15078\nAntwoord van minister Hermans (Klimaat en Groene Groei) "
                                     "(ontvangen 19 november 2024)\n\n1\nEen?\n\nAntwoord\nJa.\n\n2\nTwee?\n\nAntwoord\nNee.\n");
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[1].number, "2");
    EXPECT_EQ(doc.questions[1].answer, "Nee.");
    EXPECT_EQ(doc.aanhangsel, "610");
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Hermans (Klimaat en Groene Groei)"});
}

TEST(Numbering, UnnumberedParagraphsAreQuestionsByOrdinal) {
    const ParsedDocument doc = parse(with_header("\nKunt u de brief lezen?\n\nKunt u namens het kabinet reageren?\n\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].number, "1");
    EXPECT_EQ(doc.questions[1].number, "2");
    EXPECT_EQ(doc.questions[1].text, "Kunt u namens het kabinet reageren?");
}

TEST(Numbering, PostponementNoticeHasNoQuestions) {
    const ParsedDocument doc = parse("AH 600\nMededeling van minister Wiersma (Landbouw) (ontvangen 20 november 2024)\n\n"
                                     "De vragen van het lid Flach (SGP) kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n");
    EXPECT_EQ(doc.kind, DocumentKind::postponement);
    EXPECT_TRUE(doc.questions.empty());
    EXPECT_TRUE(doc.notice.starts_with("De vragen van het lid Flach"));
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Wiersma (Landbouw)"});
}

// ---- footnotes -----------------------------------------------------------

TEST(Footnotes, GluedMarkerAndUrlBrokenOverLines) {
    const ParsedDocument doc = parse(with_header(
        "Vraag 1\nBent u bekend met het bericht dat Huawei\nsoftware testte?1 \n\n"
        "1 https://www.rtlnieuws.nl/tech/artikel/5202012/huawei-testte-software-voor-herkenning-\ngezichten-oeigoeren\n"
        " Vraag 2\nHoe beoordeelt u dat?\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].text, "Bent u bekend met het bericht dat Huawei software testte?");
    EXPECT_EQ(doc.questions[0].sources,
              (std::vector<Source>{{"https://www.rtlnieuws.nl/tech/artikel/5202012/huawei-testte-software-voor-herkenning-gezichten-oeigoeren", 1}}));
    EXPECT_EQ(doc.questions[1].text, "Hoe beoordeelt u dat?");
    EXPECT_TRUE(doc.questions[1].sources.empty());
}

TEST(Footnotes, MarkerOnItsOwnLineAndGluedFootnoteNumber) {
    const ParsedDocument doc = parse(with_header(
        "Vraag 1\nKunt u dat bevestigen?\n1\nVraag 2\nEn dit?\n"
        "1Noordhollands Dagblad, 15 november 2024 (https://www.noordhollandsdagblad.nl/binnenland/\n"
        "heinen-ook.html)\nTweede Kamer, vergaderjaar 2024–2025, Vragen 1\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].text, "Kunt u dat bevestigen?");
    EXPECT_EQ(doc.questions[0].sources,
              (std::vector<Source>{{"https://www.noordhollandsdagblad.nl/binnenland/heinen-ook.html", 1}}));
    EXPECT_EQ(doc.questions[1].text, "En dit?");
}

TEST(Footnotes, DocxParenthesisMarkers) {
    const ParsedDocument doc = parse(with_header("\nKunt u de brief lezen? 1)\n\nKunt u reageren?\n\n \n"
                                                 "1) AD, 18 november 2024, (https://www.ad.nl/a~b/).\n"));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[0].text, "Kunt u de brief lezen?");
    EXPECT_EQ(doc.questions[0].sources, (std::vector<Source>{{"https://www.ad.nl/a~b/", 1}}));
    EXPECT_EQ(doc.questions[1].text.find("AD, 18"), std::string::npos);
}

TEST(Footnotes, MarkdownBracketMarkers) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nIn te vullen?[1 ]\n\nAntwoord 1\nZie folder.[2 ] Klaar.\n\n"
                                                 "1 Aanhangsel van de Handelingen, nr. 76.\n\n2 https://puc.overheid.nl/nza/doc/1/.\n"));
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_EQ(doc.questions[0].text, "In te vullen?");
    EXPECT_EQ(doc.questions[0].answer, "Zie folder. Klaar.");
    EXPECT_EQ(doc.questions[0].sources, (std::vector<Source>{{"https://puc.overheid.nl/nza/doc/1/", 2}}));
}

TEST(Footnotes, NumbersThatAreNotMarkersStay) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nGaat het om CO2 en 1.765 paarden sinds 2 maart?1\n"
                                                 "1https://example.nl/a\n"));
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_EQ(doc.questions[0].text, "Gaat het om CO2 en 1.765 paarden sinds 2 maart?");
}

TEST(Footnotes, InlineUrlIsASourceWithoutFootnote) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nKent u https://www.nos.nl/artikel/1?\n"));
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_EQ(doc.questions[0].sources, (std::vector<Source>{{"https://www.nos.nl/artikel/1", 0}}));
}

// ---- page furniture ------------------------------------------------------

TEST(PageFurniture, RunningHeadsAndFootersAreRemoved) {
    const ParsedDocument doc = parse(
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n"
        "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n593\n" + kHeader +
        "Vraag 1\nEerste deel van de\n \n  \nah-tk-20242025-593\n"
        "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
        "vraag loopt door?\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2\n");
    EXPECT_EQ(doc.aanhangsel, "593");
    EXPECT_EQ(doc.official_id, "ah-tk-20242025-593");
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_EQ(doc.questions[0].text, "Eerste deel van de vraag loopt door?");
}

TEST(PageFurniture, WrittenQuestionsFooterGivesZaak) {
    const ParsedDocument doc = parse(with_header("Vraag 1\nEen?\n    \nkv-tk-2024Z18796\n"
                                                 "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n"));
    EXPECT_EQ(doc.zaak, "2024Z18796");
    EXPECT_EQ(doc.questions.at(0).text, "Een?");
}

// ---- robustness and errors ------------------------------------------------

TEST(Robustness, CrlfTabsAndNonBreakingSpaces) {
    const ParsedDocument doc = parse("\xEF\xBB\xBFVragen van het lid Van\xC2\xA0Helvert (CDA) aan de Minister van Defensie\r\n"
                                     "over\tdrones (ingezonden 1 mei 2021).\r\nVraag 1\r\nEen?\r\n");
    EXPECT_EQ(doc.members, (std::vector<Member>{{"Van Helvert", "CDA"}}));
    EXPECT_EQ(doc.subject, "drones");
    EXPECT_EQ(doc.questions.at(0).text, "Een?");
}

TEST(Robustness, HugeLineIsLinear) {
    std::string body(1 << 20, 'a');
    for (std::size_t i = 0; i < body.size(); i += 97) body[i] = ' ';
    for (std::size_t i = 50; i < body.size(); i += 1013) body[i] = '1';
    const auto start = std::chrono::steady_clock::now();
    const ParsedDocument doc = parse(with_header("Vraag 1\n" + body + "?\n"));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_GT(doc.questions[0].text.size(), 1000000u);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

TEST(Robustness, ManyFootnotesStayLinear) {
    std::string text = with_header("Vraag 1\n" + std::string(200000, 'x') + "\n");
    for (int n = 1; n <= 3000; ++n) text += std::to_string(n) + "Bron " + std::to_string(n) + "\n";
    const auto start = std::chrono::steady_clock::now();
    const ParsedDocument doc = parse(text);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(doc.questions.size(), 1u);
    EXPECT_EQ(doc.questions[0].text.find("Bron"), std::string::npos);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

TEST(Robustness, ArbitraryUtf8NeverCrashes) {
    unsigned state = 12345;
    const std::vector<std::string> pieces{"Vraag ", "1", "2 t/m ", "Antwoord ", "\n", " ", "«", "»", "’", "é", "-",
                                          "https://", "[", "]", "(", ")", "?", "1)", "ingezonden ", "Vragen van het lid ",
                                          " aan ", " over ", "Mededeling", "\r", "\t", "www.", "/", "1https://a.nl/",
                                          "beiden ", "(allen X)", ",", " en ", "\xC2\xA0", "#", "**", "_", "X Noot"};
    for (int round = 0; round < 300; ++round) {
        std::string text;
        for (int k = 0; k < 200; ++k) {
            state = state * 1103515245u + 12345u;
            text += pieces[(state >> 16) % pieces.size()];
        }
        try {
            const ParsedDocument doc = parse(text);
            for (const auto& q : doc.questions) EXPECT_EQ(q.text.find('\x01'), std::string::npos);
        } catch (const InputError&) {
        }
    }
}

void expect_input_error(const std::string& text) {
    try {
        parse_kamervragen(text, "input/not-a-question.txt");
        FAIL() << "no InputError for: " << text.substr(0, 40);
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("input/not-a-question.txt"), std::string::npos) << e.what();
        EXPECT_EQ(e.exit_code(), kExitBadInput);
    }
}

TEST(Errors, EmptyText) { expect_input_error(""); }

TEST(Errors, WhitespaceOnly) { expect_input_error(" \n\t\r\n  \xC2\xA0\n"); }

TEST(Errors, OrdinaryProse) {
    expect_input_error("Dit is een recept voor appeltaart. Neem 200 gram bloem en 3 appels.\n"
                       "Bak het geheel 45 minuten op 180 graden.\n");
}

TEST(Errors, JsonText) {
    expect_input_error("{\n  \"file\": \"corpus/seed/x.txt\",\n  \"questions\": 15,\n  \"members\": [\"Van Helvert\"]\n}\n");
}

}  // namespace
}  // namespace riskgraph
