// The parser on the real documents in ../shared/corpus. Expected values were
// read from the documents themselves (see the comment above each case).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "graph/errors.h"
#include "importers/kamervragen_parser.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {

std::string read_corpus(const std::string& relative) {
    const auto path = test::shared_dir() / "corpus" / relative;
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot open " << path;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

ParsedDocument parse_corpus(const std::string& relative) {
    return parse_kamervragen(read_corpus(relative), relative);
}

std::string tk(const std::string& prefix) {
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "tk-2024")) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix + "-")) return "tk-2024/" + name;
    }
    ADD_FAILURE() << "no tk-2024 file starts with " << prefix;
    return {};
}

std::vector<Member> members(std::initializer_list<std::pair<const char*, const char*>> list) {
    std::vector<Member> out;
    for (const auto& [name, party] : list) out.push_back(Member{name, party});
    return out;
}

const Question* find_question(const ParsedDocument& doc, const std::string& number) {
    for (const auto& q : doc.questions) {
        if (q.number == number) return &q;
    }
    return nullptr;
}

bool all_answered(const ParsedDocument& doc) {
    return std::all_of(doc.questions.begin(), doc.questions.end(), [](const Question& q) { return !q.answer.empty(); });
}

bool none_answered(const ParsedDocument& doc) {
    return std::none_of(doc.questions.begin(), doc.questions.end(), [](const Question& q) { return !q.answer.empty(); });
}

TEST(CorpusLayouts, EveryTk2024DocumentParses) {
    RISKGRAPH_REQUIRE_SHARED();
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "tk-2024")) {
        if (entry.path().extension() != ".txt") continue;
        ++files;
        const std::string name = "tk-2024/" + entry.path().filename().string();
        EXPECT_NO_THROW({
            const ParsedDocument doc = parse_corpus(name);
            for (const auto& q : doc.questions) EXPECT_EQ(q.text.find("Tweede Kamer, vergaderjaar"), std::string::npos) << name;
        }) << name;
    }
    EXPECT_EQ(files, 43);
}

// Seed: the expected reading is ../shared/gold/kv-2020-van-helvert-chinese-surveillance.json.
TEST(CorpusLayouts, SeedMatchesGold) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus("seed/kv-2020-van-helvert-chinese-surveillance.txt");
    EXPECT_EQ(doc.kind, DocumentKind::written_questions);
    EXPECT_EQ(doc.members, members({{"Van Helvert", "CDA"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Minister van Buitenlandse Zaken"});
    EXPECT_EQ(doc.subject, "Chinese surveillanceapparatuur");
    EXPECT_EQ(doc.submitted, "2020-12-22");
    ASSERT_EQ(doc.questions.size(), 15u);
    for (std::size_t i = 0; i < doc.questions.size(); ++i) {
        const Question& q = doc.questions[i];
        EXPECT_EQ(q.number, std::to_string(i + 1));
        EXPECT_EQ(q.text.find("http"), std::string::npos) << q.number;
        EXPECT_EQ(q.text.find("Vraag "), std::string::npos) << q.number;
        if (i != 0 && i != 9) {
            EXPECT_TRUE(q.sources.empty()) << q.number;
        }
    }
    const std::vector<Source> q1{{"https://www.rtlnieuws.nl/tech/artikel/5202012/huawei-testte-software-voor-herkenning-gezichten-oeigoeren", 1}};
    const std::vector<Source> q10{{"http://www.businessworld.in/article/Thousands-of-EU-staff-reject-Chinese-giant-Hikvision-s-surveillance-equipment-over-Uyghur-repression-/13-11-2020-342484/", 2}};
    EXPECT_EQ(doc.questions[0].sources, q1);
    EXPECT_EQ(doc.questions[9].sources, q10);
    EXPECT_TRUE(doc.questions[0].text.ends_with("gezichten van Oeigoeren testte?"));
    EXPECT_TRUE(doc.questions[9].text.ends_with("Hikvision?"));
    EXPECT_NE(doc.questions[4].text.find("Wereldgezondheidsorganisatie (WHO)"), std::string::npos);
    EXPECT_NE(doc.questions[11].text.find("mensenrechtenschendingen"), std::string::npos);
    EXPECT_NE(doc.questions[5].text.find("«slimme»"), std::string::npos);
    EXPECT_TRUE(doc.questions[5].text.ends_with("te onderdrukken?")) << "footnote leaked: " << doc.questions[5].text;
}

// Mondelinge vragen, PDF: header only, no question text printed.
TEST(CorpusLayouts, OralQuestionsWithoutQuestionText) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("00"));
    EXPECT_EQ(doc.kind, DocumentKind::oral_questions);
    EXPECT_EQ(doc.zaak, "2024Z18775");
    EXPECT_EQ(doc.official_id, "kv-tk-2024Z18775");
    EXPECT_EQ(doc.members, members({{"Krul", "CDA"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Minister voor Economische Zaken"});
    EXPECT_EQ(doc.submitted, "2024-11-19");
    EXPECT_TRUE(doc.questions.empty());
}

// Mondelinge vragen with ", bij afwezigheid van de Staatssecretaris vanFinanciën," and a long party name.
TEST(CorpusLayouts, OralQuestionsAbsenceClause) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("14"));
    EXPECT_EQ(doc.kind, DocumentKind::oral_questions);
    EXPECT_EQ(doc.members, members({{"Saris", "Nieuw Sociaal Contract"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Minister van Economische Zaken"});
    EXPECT_EQ(doc.submitted, "2024-11-19");
    const ParsedDocument plas = parse_corpus(tk("44"));
    EXPECT_EQ(plas.members, members({{"Van der Plas", "BBB"}}));
    EXPECT_EQ(plas.addressees, std::vector<std::string>{"Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"});
}

// Aanhangsel PDF: "Vraag N"/"Antwoord N", page break inside answer 2, footnote markers glued and at line starts.
TEST(CorpusLayouts, AnswersPdfTwoMembers) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("04"));
    EXPECT_EQ(doc.kind, DocumentKind::answers);
    EXPECT_EQ(doc.aanhangsel, "546");
    EXPECT_EQ(doc.official_id, "ah-tk-20242025-546");
    EXPECT_EQ(doc.members, members({{"Van Nispen", "SP"}, {"Lahlah", "GroenLinks-PvdA"}}));
    EXPECT_EQ(doc.submitted, "2024-10-24");
    EXPECT_EQ(doc.received, "2024-11-14");
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Staatssecretaris Coenradie (Justitie en Veiligheid)"});
    ASSERT_EQ(doc.questions.size(), 6u);
    EXPECT_TRUE(all_answered(doc));
    EXPECT_TRUE(doc.questions[0].text.ends_with("tot stand gekomen? Was dit vooraf door uw ministerie ingebracht bij de krant of door het PVV-Kamerlid?"));
    EXPECT_TRUE(doc.questions[1].answer.ends_with("(zie ook het antwoord op vraag 5)."));
    EXPECT_NE(doc.questions[4].answer.find("Minister voor Rechtsbescherming onderstreept. Een uitwerking"), std::string::npos);
    EXPECT_EQ(doc.questions[4].answer.find("Kamerstukken"), std::string::npos);
    ASSERT_EQ(doc.questions[0].sources.size(), 1u);
    EXPECT_EQ(doc.questions[0].sources[0].footnote, 1);
    EXPECT_TRUE(doc.questions[0].sources[0].url.starts_with("www.telegraaf.nl/nieuws/1313060756/"));
    EXPECT_TRUE(doc.questions[0].sources[0].url.ends_with("te%20leggen"));
}

// Written questions PDF, "beiden", markers "(KNMI)1" and "Attribution2" in question 4.
TEST(CorpusLayouts, WrittenQuestionsBeidenAndGluedMarkers) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("06"));
    EXPECT_EQ(doc.kind, DocumentKind::written_questions);
    EXPECT_EQ(doc.zaak, "2024Z18796");
    EXPECT_EQ(doc.members, members({{"Kröger", "GroenLinks-PvdA"}, {"Gabriëls", "GroenLinks-PvdA"}}));
    EXPECT_EQ(doc.submitted, "2024-11-19");
    ASSERT_EQ(doc.questions.size(), 8u);
    EXPECT_TRUE(none_answered(doc));
    const Question& q4 = doc.questions[3];
    EXPECT_NE(q4.text.find("Meteorologisch Instituut (KNMI) en het zeer toonaangevende World Weather Attribution, dat"), std::string::npos) << q4.text;
    ASSERT_EQ(q4.sources.size(), 2u);
    EXPECT_EQ(q4.sources[0], (Source{"https://www.knmi.nl/over-het-knmi/nieuws/waarom-viel-er-de-afgelopen-dagen-zoveel-regen-in-spanje", 1}));
    EXPECT_EQ(q4.sources[1].footnote, 2);
}

// Postponement PDF: the questions are printed, then "Mededeling"; markers "1" and "2 3" on their own lines.
TEST(CorpusLayouts, PostponementWithQuestions) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("08"));
    EXPECT_EQ(doc.kind, DocumentKind::postponement);
    EXPECT_EQ(doc.members, members({{"Van den Hil", "VVD"}, {"Bikker", "ChristenUnie"}}));
    EXPECT_EQ(doc.submitted, "2024-10-25");
    EXPECT_EQ(doc.received, "2024-11-15");
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)"});
    EXPECT_EQ(doc.questions.size(), 9u);
    EXPECT_TRUE(none_answered(doc));
    EXPECT_NE(doc.notice.find("niet binnen de gebruikelijke termijn"), std::string::npos);
    EXPECT_TRUE(doc.questions[2].text.ends_with("motieBikker-Van den Hil.")) << doc.questions[2].text;
}

// Postponement DOCX: only the notice.
TEST(CorpusLayouts, PostponementNoticeOnly) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("78"));
    EXPECT_EQ(doc.kind, DocumentKind::postponement);
    EXPECT_EQ(doc.zaak, "2024Z17067");
    EXPECT_EQ(doc.aanhangsel, "600");
    EXPECT_EQ(doc.received, "2024-11-20");
    EXPECT_TRUE(doc.questions.empty());
    EXPECT_TRUE(doc.notice.starts_with("De vragen van het lid Flach (SGP)"));
}

// Two addressees in one plural title; footnote URL broken after "binnenland/".
TEST(CorpusLayouts, PluralAddresseesAndBrokenUrl) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("34"));
    EXPECT_EQ(doc.members, members({{"Boswijk", "CDA"}}));
    EXPECT_EQ(doc.addressees, (std::vector<std::string>{"Minister van Financiën",
                                                         "Minister voor Buitenlandse Handel en Ontwikkelingshulp"}));
    ASSERT_EQ(doc.questions.size(), 5u);
    EXPECT_NE(doc.questions[0].text.find("ontwikkelingshulp niet langer"), std::string::npos);
    EXPECT_EQ(doc.questions[0].sources,
              (std::vector<Source>{{"https://www.noordhollandsdagblad.nl/binnenland/heinen-ook-nsc-wist-van-ontkoppeling-groei-en-ontwikkelingshulp/26751442.html", 1}}));
    const ParsedDocument staatssecretarissen = parse_corpus(tk("10"));
    EXPECT_EQ(staatssecretarissen.addressees,
              (std::vector<std::string>{"Staatssecretaris van Onderwijs, Cultuur en Wetenschap",
                                        "Staatssecretaris van Volksgezondheid, Welzijn en Sport"}));
    EXPECT_EQ(staatssecretarissen.members, members({{"Rooderkerk", "D66"}, {"Paulusma", "D66"}}));
    EXPECT_EQ(staatssecretarissen.questions.size(), 12u);
}

// "Vraag 4, 5, 7 en 8" / "Antwoord 4, 5, 7 en 8" combined headings.
TEST(CorpusLayouts, CombinedQuestionNumbers) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("16"));
    EXPECT_EQ(doc.members, members({{"Ellian", "VVD"}, {"Paternotte", "D66"}}));
    EXPECT_EQ(doc.submitted, "2024-11-06");
    EXPECT_EQ(doc.received, "2024-11-18");
    ASSERT_EQ(doc.questions.size(), 5u);
    EXPECT_TRUE(all_answered(doc));
    const Question* combined = find_question(doc, "4, 5, 7 en 8");
    ASSERT_NE(combined, nullptr);
    EXPECT_TRUE(combined->answer.starts_with("Zoals bij vraag 2 aangegeven"));
    EXPECT_NE(find_question(doc, "6"), nullptr);
}

// "Vraag 2 t/m 6" and footnote 3 glued to a zaak number ("32024Z15585").
TEST(CorpusLayouts, RangeHeadingAndFootnoteGluedToZaak) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("80"));
    EXPECT_EQ(doc.members, members({{"Boomsma", "Nieuw Sociaal Contract"}}));
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Faber-Van de Klashorst (Asiel en Migratie)"});
    EXPECT_EQ(doc.submitted, "2024-10-10");
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_EQ(doc.questions[1].number, "2 t/m 6");
    EXPECT_TRUE(all_answered(doc));
    EXPECT_EQ(doc.questions[1].answer.find("2024Z15585"), std::string::npos);
    EXPECT_NE(doc.questions[1].answer.find("verzoek van uw Kamer een reactie"), std::string::npos);
}

// Five members; "Bushoff , Kröger (beiden GroenLinks-PvdA)"; two answering ministers.
TEST(CorpusLayouts, FiveMembersWithBeiden) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("76"));
    EXPECT_EQ(doc.members, members({{"Beckerman", "SP"}, {"Bushoff", "GroenLinks-PvdA"}, {"Kröger", "GroenLinks-PvdA"},
                                    {"Bamenga", "D66"}, {"Teunissen", "PvdD"}}));
    EXPECT_EQ(doc.submitted, "2024-10-11");
    EXPECT_EQ(doc.received, "2024-11-18");
    EXPECT_EQ(doc.answered_by, (std::vector<std::string>{"Staatssecretaris Van Marum (Binnenlandse Zaken en Koninkrijksrelaties)",
                                                          "Minister Hermans (Klimaat en Groene Groei)"}));
    EXPECT_EQ(doc.questions.size(), 21u);
    EXPECT_TRUE(all_answered(doc));
    const Question* q19 = find_question(doc, "19, 20 en 21");
    ASSERT_NE(q19, nullptr);
    ASSERT_FALSE(q19->sources.empty());
    EXPECT_EQ(q19->sources[0].footnote, 3);
    const ParsedDocument four = parse_corpus(tk("68"));
    EXPECT_EQ(four.members, members({{"Kröger", "GroenLinks-PvdA"}, {"Thijssen", "GroenLinks-PvdA"},
                                     {"Teunissen", "PvdD"}, {"Rooderkerk", "D66"}}));
    EXPECT_EQ(four.questions.size(), 13u);
}

// DOCX answers: "AH 610", zaak line, bare number lines as question numbers, bare "Antwoord".
TEST(CorpusLayouts, DocxBareNumbers) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("22"));
    EXPECT_EQ(doc.kind, DocumentKind::answers);
    EXPECT_EQ(doc.aanhangsel, "610");
    EXPECT_EQ(doc.zaak, "2024Z15078");
    EXPECT_TRUE(doc.members.empty());
    EXPECT_EQ(doc.received, "2024-11-19");
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Hermans (Klimaat en Groene Groei)"});
    ASSERT_EQ(doc.questions.size(), 7u);
    EXPECT_EQ(doc.questions[6].number, "7");
    EXPECT_TRUE(all_answered(doc));
    EXPECT_TRUE(doc.questions[0].answer.starts_with("Om te borgen"));
}

// DOCX answers: "1. question" numbering, "Antwoord vraag 1:", "Toelichting:" after the last answer.
TEST(CorpusLayouts, DocxDottedNumbers) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("46"));
    ASSERT_EQ(doc.questions.size(), 12u);
    EXPECT_TRUE(all_answered(doc));
    EXPECT_TRUE(doc.questions[0].text.starts_with("Bent u bekend met de berichtgeving"));
    EXPECT_EQ(doc.questions[11].answer, "Ja.");
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Van Hijum (Sociale Zaken en Werkgelegenheid)"});
}

// DOCX answers: "Antwoord op vraag N" and one answer for "vraag 3 en 4".
TEST(CorpusLayouts, DocxAnswerCoveringTwoQuestions) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("02"));
    ASSERT_EQ(doc.questions.size(), 8u);
    EXPECT_TRUE(all_answered(doc));
    EXPECT_EQ(doc.questions[2].answer, doc.questions[3].answer);
    EXPECT_TRUE(doc.questions[2].answer.starts_with("Gemeenten hebben de regie"));
    EXPECT_EQ(doc.answered_by, std::vector<std::string>{"Minister Van Weel (Justitie en Veiligheid)"});
}

// DOCX written questions without numbers: each paragraph is a question; "1)" footnote.
TEST(CorpusLayouts, DocxUnnumberedQuestions) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("38"));
    EXPECT_EQ(doc.zaak, "2024Z18883");
    EXPECT_EQ(doc.submitted, "2024-11-20");
    EXPECT_EQ(doc.members, members({{"Yeşilgöz-Zegerius", "VVD"}, {"Aartsen", "VVD"}}));
    EXPECT_EQ(doc.addressees, std::vector<std::string>{"Minister van Sociale Zaken en Werkgelegenheid"});
    ASSERT_EQ(doc.questions.size(), 18u);
    EXPECT_EQ(doc.questions[17].number, "18");
    EXPECT_TRUE(doc.questions[0].text.ends_with("met een middeninkomen?")) << doc.questions[0].text;
    ASSERT_EQ(doc.questions[0].sources.size(), 1u);
    EXPECT_EQ(doc.questions[0].sources[0].footnote, 1);
    const ParsedDocument seven = parse_corpus(tk("58"));
    EXPECT_EQ(seven.members.size(), 7u);
    EXPECT_EQ(seven.members[0], (Member{"Inge van Dijk", "CDA"}));
    EXPECT_EQ(seven.members[6], (Member{"Ergin", "DENK"}));
    EXPECT_EQ(seven.questions.size(), 2u);
    EXPECT_EQ(seven.questions[1].text.find("Bijlage"), std::string::npos);
}

// DOCX "1." questions with unnumbered sub-paragraphs; "van de leden lid Inge van Dijk".
TEST(CorpusLayouts, DocxNumberedWithSubParagraphs) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus(tk("52"));
    EXPECT_EQ(doc.members, members({{"Inge van Dijk", "CDA"}, {"Vijlbrief", "D66"}, {"Ceder", "ChristenUnie"},
                                    {"Patijn", "GroenLinks-PvdA"}}));
    ASSERT_EQ(doc.questions.size(), 2u);
    EXPECT_NE(doc.questions[0].text.find("het UWV ook op de volgende vragen"), std::string::npos) << doc.questions[0].text;
    EXPECT_NE(doc.questions[0].text.find("Ziektewet?"), std::string::npos);
    ASSERT_EQ(doc.questions[0].sources.size(), 1u);
}

// Markdown answers: "[1 ]" markers, "### 302", a page that lost "Vraag 2".
TEST(CorpusLayouts, MarkdownAnswersLinked) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument doc = parse_corpus("answers-md/ah-tk-20232024-302.md");
    EXPECT_EQ(doc.kind, DocumentKind::answers);
    EXPECT_EQ(doc.aanhangsel, "302");
    EXPECT_EQ(doc.members, members({{"Dijk", "SP"}}));
    EXPECT_EQ(doc.submitted, "2023-10-03");
    EXPECT_EQ(doc.received, "2023-10-24");
    ASSERT_EQ(doc.questions.size(), 9u);
    EXPECT_TRUE(all_answered(doc));
    for (const auto& q : doc.questions) {
        EXPECT_EQ(q.text.find("[1"), std::string::npos);
        EXPECT_EQ(q.answer.find("[2 ]"), std::string::npos);
    }
    EXPECT_TRUE(doc.questions[0].text.ends_with("privacyverklaring in te vullen?"));
    EXPECT_EQ(doc.questions[8].answer, "Ja, ik ben bereid om dat te doen.");

    const ParsedDocument other = parse_corpus("answers-md/ah-tk-20232024-387.md");
    EXPECT_EQ(other.members, members({{"Boswijk", "CDA"}}));
    EXPECT_EQ(other.answered_by, std::vector<std::string>{"Minister Bruins Slot (Buitenlandse Zaken)"});
    ASSERT_EQ(other.questions.size(), 9u);
    EXPECT_TRUE(all_answered(other));
    EXPECT_EQ(other.questions[0].answer, "Ja.");
}

TEST(CorpusLayouts, WebPagesParse) {
    RISKGRAPH_REQUIRE_SHARED();
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "web")) {
        if (entry.path().extension() != ".txt") continue;
        const std::string name = "web/" + entry.path().filename().string();
        EXPECT_NO_THROW(parse_corpus(name)) << name;
    }
    const ParsedDocument doc = parse_corpus("web/kv-tk-2022Z04403.txt");
    EXPECT_EQ(doc.members, members({{"Rajkowski", "VVD"}, {"Brekelmans", "VVD"}, {"Michon-Derkzen", "VVD"}}));
    EXPECT_EQ(doc.submitted, "2022-03-09");
    EXPECT_EQ(doc.questions.size(), 7u);  // cut off inside question 7
}

TEST(CorpusLayouts, WebLayoutsWithoutDutchHeader) {
    RISKGRAPH_REQUIRE_SHARED();
    const ParsedDocument openkamer = parse_corpus("web/openkamer-2019Z23119.txt");
    EXPECT_EQ(openkamer.zaak, "2019Z23119");
    EXPECT_EQ(openkamer.submitted, "2019-11-25");
    EXPECT_EQ(openkamer.members, members({{"Arne Weverling", "VVD"}, {"Joba van den Berg-Jansen", "CDA"}}));
    ASSERT_GE(openkamer.questions.size(), 3u);
    EXPECT_EQ(openkamer.questions[0].answer, "Ja, hier heb ik kennis van genomen.");

    const ParsedDocument belgian = parse_corpus("web/be-qrva-55-B085-0189.txt");
    EXPECT_EQ(belgian.members, members({{"Koen Metsu", "N-VA"}}));
    EXPECT_EQ(belgian.submitted, "2022-03-25");
    EXPECT_EQ(belgian.questions.size(), 1u);

    const ParsedDocument europe = parse_corpus("web/E-9-2019-003068_EN.txt");
    EXPECT_EQ(europe.members, members({{"Mara Bizzotto", "ID"}, {"Anna Bonfrisco", "ID"}}));
    EXPECT_EQ(europe.submitted, "2019-10-02");
    ASSERT_EQ(europe.questions.size(), 1u);
    EXPECT_TRUE(europe.questions[0].text.starts_with("The Safe City project"));

    const ParsedDocument answered = parse_corpus("web/ah-tk-20212022-3018.txt");
    EXPECT_EQ(answered.answered_by.size(), 3u);
    EXPECT_EQ(answered.received, "2022-06-08");
}

}  // namespace
}  // namespace riskgraph
