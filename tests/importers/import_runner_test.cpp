#include "importers/import_runner.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "graph/errors.h"
#include "tests/db_snapshot.h"
#include "tests/test_paths.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

constexpr const char* kQuestions = R"(Vragen van het lid Jansen (VVD) aan de Minister van Defensie over drones van DJI (ingezonden 3 maart 2024).

Vraag 1
Klopt het dat de politie drones van DJI gebruikt?

Vraag 2
Deelt u de zorgen van de NAVO over Huawei en DJI?
)";

class ImportRunnerTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("riskgraph-import-test-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "docs");
        db_path_ = dir_ / "test.db";
        lexicon_.add_json(R"({"entities": [
            {"id": "dji", "kind": "vendor", "name": "DJI", "aliases": ["DJI"]},
            {"id": "huawei", "kind": "vendor", "name": "Huawei", "aliases": ["Huawei"]},
            {"id": "nato", "kind": "institution", "name": "NATO", "aliases": ["NAVO", "NATO"]},
            {"id": "police-nl", "kind": "institution", "name": "Dutch Police", "aliases": ["politie"]}]})",
                          "test.json");
        matcher_ = std::make_unique<Matcher>(lexicon_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& content) {
        fs::path path = dir_ / "docs" / name;
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }

    ImportReport import(const std::vector<fs::path>& files, ImportOptions options = {}) {
        Store store(db_path_, Store::Access::read_write);
        ImportRunner runner(store, lexicon_, *matcher_);
        std::vector<std::string> names;
        for (const fs::path& file : files) names.push_back(file.string());
        return runner.run(names, options);
    }

    std::int64_t count(const std::string& table) {
        sql::Database db(db_path_, sql::Database::Mode::read_only);
        auto stmt = db.prepare("SELECT count(*) FROM " + table);
        stmt.step();
        return stmt.column_int(0);
    }

    fs::path dir_;
    fs::path db_path_;
    Lexicon lexicon_;
    std::unique_ptr<Matcher> matcher_;
};

TEST_F(ImportRunnerTest, ImportsDocumentsQuestionsAndMentionsWithOffsets) {
    auto report = import({write("a.txt", kQuestions)});
    EXPECT_EQ(report.added, 1u);
    EXPECT_EQ(report.questions, 2u);
    EXPECT_EQ(count("documents"), 1);
    EXPECT_EQ(count("questions"), 2);
    sql::Database db(db_path_, sql::Database::Mode::read_only);
    auto stmt = db.prepare(
        "SELECT m.entity_id, m.text FROM mentions m"
        " JOIN questions q ON q.id = m.question_id WHERE m.field = 'question' ORDER BY q.ordinal, m.start");
    std::vector<std::string> seen, texts;
    while (stmt.step()) {
        seen.push_back(stmt.column_text(0));
        texts.push_back(stmt.column_text(1));  // read back from the offsets
    }
    EXPECT_EQ(seen, (std::vector<std::string>{"police-nl", "dji", "nato", "huawei", "dji"}));
    EXPECT_EQ(texts, (std::vector<std::string>{"politie", "DJI", "NAVO", "Huawei", "DJI"}));
}

TEST_F(ImportRunnerTest, ReimportingAnUnchangedFileChangesNothing) {
    auto file = write("a.txt", kQuestions);
    import({file});
    std::string before = test::snapshot(db_path_);
    auto report = import({file});
    EXPECT_EQ(report.unchanged, 1u);
    EXPECT_EQ(report.added + report.replaced, 0u);
    EXPECT_EQ(test::snapshot(db_path_), before);
}

TEST_F(ImportRunnerTest, AChangedFileReplacesItsEarlierVersion) {
    auto file = write("a.txt", kQuestions);
    import({file});
    write("a.txt", std::string(kQuestions) + "\nVraag 3\nWat doet de NATO?\n");
    auto report = import({file});
    EXPECT_EQ(report.replaced, 1u);
    EXPECT_EQ(count("documents"), 1);
    EXPECT_EQ(count("questions"), 3);
}

// What the entity index, the counts and the evidence say, with questions
// named by file and ordinal (ids differ between databases).
std::string derived_state(const fs::path& db_path) {
    sql::Database db(db_path, sql::Database::Mode::read_only);
    std::string state;
    auto rows = [&](const char* sql) {
        auto stmt = db.prepare(sql);
        while (stmt.step()) {
            for (int c = 0; c < stmt.column_count(); ++c) state += stmt.column_text(c) + "|";
            state += "\n";
        }
        state += "--\n";
    };
    rows("SELECT m.entity_id, m.field, d.file, coalesce(q.ordinal, 0) FROM entity_mentions m"
         " JOIN documents d ON d.id = m.document_id LEFT JOIN questions q ON q.id = m.question_id ORDER BY 1, 2, 3, 4");
    rows("SELECT a, b, questions, question_documents, documents FROM co_mentions ORDER BY a, b");
    rows("SELECT entity_id, questions, documents FROM entity_counts ORDER BY 1");
    rows("SELECT name, value FROM totals ORDER BY 1");
    rows("SELECT c.a, c.b, group_concat(d.file || '#' || q.ordinal) FROM co_mentions c, json_each('[' ||"
         " replace(c.question_evidence, ' ', ',') || ']') e JOIN questions q ON q.id = e.value"
         " JOIN documents d ON d.id = q.document_id GROUP BY c.a, c.b ORDER BY 1, 2");
    return state;
}

TEST_F(ImportRunnerTest, ReplacingFilesLeavesTheSameIndexCountsAndEvidenceAsAFreshImport) {
    auto a = write("a.txt", kQuestions);
    auto b = write("b.txt", "Vragen van het lid Jansen (VVD) over Huawei.\n\nVraag 1\nGebruikt de NAVO Huawei?\n");
    import({a, b});
    write("a.txt", "Vragen van het lid Jansen (VVD) over de NAVO.\n\nVraag 1\nWat doet de NAVO met de politie?\n");
    auto report = import({a, b});
    EXPECT_EQ(report.replaced, 1u);
    EXPECT_EQ(report.unchanged, 1u);
    const std::string incremental = derived_state(db_path_);
    EXPECT_EQ(incremental.find("dji"), std::string::npos) << incremental;
    {
        sql::Database db(db_path_, sql::Database::Mode::read_only);
        auto stale = db.prepare(
            "SELECT count(*) FROM entity_postings p, json_each(p.ids) j WHERE CASE p.field WHEN 'subject'"
            " THEN j.value NOT IN (SELECT id FROM documents) ELSE j.value NOT IN (SELECT id FROM questions) END");
        stale.step();
        EXPECT_EQ(stale.column_int(0), 0) << "the index still names replaced questions";
    }

    fs::path fresh = dir_ / "fresh.db";
    {
        Store store(fresh, Store::Access::read_write);
        ImportRunner runner(store, lexicon_, *matcher_);
        runner.run({a.string(), b.string()}, {});
    }
    EXPECT_EQ(incremental, derived_state(fresh));
}

// A changed file that names the same pairs leaves their counts as they were,
// but its questions have new ids: the evidence must follow them.
TEST_F(ImportRunnerTest, AReplacedFileNamingTheSamePairsRenewsTheirEvidence) {
    auto a = write("a.txt", kQuestions);
    import({a});
    write("a.txt", std::string(kQuestions) + "\nVraag 3\nWanneer komt er een besluit?\n");
    EXPECT_EQ(import({a}).replaced, 1u);
    const std::string incremental = derived_state(db_path_);
    EXPECT_NE(incremental.find("docs/a.txt#2|"), std::string::npos) << incremental;  // evidence found
    fs::path fresh = dir_ / "fresh.db";
    {
        Store store(fresh, Store::Access::read_write);
        ImportRunner runner(store, lexicon_, *matcher_);
        runner.run({a.string()}, {});
    }
    EXPECT_EQ(incremental, derived_state(fresh));
}

TEST_F(ImportRunnerTest, BadFilesLeaveTheDatabaseExactlyAsItWas) {
    import({write("good.txt", kQuestions)});
    const std::string before = test::snapshot(db_path_);
    for (const char* name : {"empty.txt", "whitespace-only.txt", "invalid-utf8.txt", "binary-file.txt",
                             "not-a-parliamentary-document.txt"}) {
        fs::path bad = test::fixtures_dir() / name;
        auto good2 = write("good2.txt", std::string(kQuestions) + "\nVraag 3\nNog een vraag?\n");
        try {
            import({good2, bad});
            ADD_FAILURE() << name << " was accepted";
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
            EXPECT_EQ(e.exit_code(), kExitBadInput);
        }
        EXPECT_EQ(test::snapshot(db_path_), before) << "after " << name;
    }
}

// An import into an empty database drops the secondary indexes while it
// loads; they must be back after it, whether it succeeds or fails.
TEST_F(ImportRunnerTest, AFirstImportLeavesEveryIndexInPlace) {
    auto schema = [this] {
        sql::Database db(db_path_, sql::Database::Mode::read_only);
        auto stmt = db.prepare("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name");
        std::string text;
        while (stmt.step()) text += stmt.column_text(0) + "\n";
        return text;
    };
    { Store store(db_path_, Store::Access::read_write); }
    const std::string fresh = schema();
    ASSERT_NE(fresh.find("document_members_by_member"), std::string::npos) << fresh;
    EXPECT_THROW(import({write("good.txt", kQuestions), test::fixtures_dir() / "invalid-utf8.txt"}), InputError);
    EXPECT_EQ(schema(), fresh);
    import({write("good.txt", kQuestions), write("same.txt", kQuestions), dir_ / "docs" / "good.txt"});
    EXPECT_EQ(schema(), fresh);
    EXPECT_EQ(count("documents"), 2);  // good.txt given twice: one document
    sql::Database db(db_path_, sql::Database::Mode::read_only);
    auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM sources WHERE question_id = 1");
    ASSERT_TRUE(plan.step());
    EXPECT_NE(plan.column_text(3).find("sources_by_question"), std::string::npos) << plan.column_text(3);
}

// A document is its file's absolute, resolved path: other spellings of it
// and symbolic links to it are the same document.
TEST_F(ImportRunnerTest, OneFileUnderSeveralNamesIsOneDocument) {
    auto file = write("a.txt", kQuestions);
    fs::create_symlink(file, dir_ / "link.txt");
    fs::create_directories(dir_ / "other");
    fs::create_directory_symlink(dir_ / "docs", dir_ / "other" / "docs-link");
    auto report = import({file, dir_ / "docs" / "." / "a.txt", dir_ / "other" / ".." / "docs" / "a.txt",
                          dir_ / "link.txt", dir_ / "other" / "docs-link" / "a.txt"});
    EXPECT_EQ(report.added, 1u);
    EXPECT_EQ(report.unchanged, 4u);
    EXPECT_EQ(report.replaced, 0u);
    EXPECT_EQ(count("documents"), 1);
    sql::Database db(db_path_, sql::Database::Mode::read_only);
    auto stmt = db.prepare("SELECT file FROM documents");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.column_text(0), fs::weakly_canonical(file).string());
}

// Written once: a second write would replace the first, and in a first
// import, whose indexes are built at the end, every replacement scans tables.
TEST_F(ImportRunnerTest, AFolderGivenTwiceIsWrittenOnce) {
    write("a.txt", kQuestions);
    write("b.txt", std::string(kQuestions) + "\nVraag 3\nEn de NAVO?\n");
    auto files = collect_input_files({dir_ / "docs", dir_ / "docs" / "."});
    ASSERT_EQ(files.size(), 4u);
    auto report = import(std::vector<fs::path>(files.begin(), files.end()));
    EXPECT_EQ(report.added, 2u);
    EXPECT_EQ(report.unchanged, 2u);
    EXPECT_EQ(report.replaced, 0u);
    EXPECT_EQ(report.questions, 5u);
    sql::Database db(db_path_, sql::Database::Mode::read_only);
    auto stmt = db.prepare("SELECT max(d.id), max(q.id) FROM documents d, questions q");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.column_int(0), 2);
    EXPECT_EQ(stmt.column_int(1), 5);
}

TEST_F(ImportRunnerTest, InvalidUtf8IsReportedWithLineAndColumn) {
    try {
        import({test::fixtures_dir() / "invalid-utf8.txt"});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("invalid-utf8.txt:4: column 15: invalid UTF-8"), std::string::npos)
            << e.what();
    }
}

TEST_F(ImportRunnerTest, KeepGoingImportsTheGoodFilesAndReportsTheBad) {
    auto report = import({write("a.txt", kQuestions), test::fixtures_dir() / "binary-file.txt",
                          write("b.txt", std::string(kQuestions) + "\nVraag 3\nEn de NAVO?\n")},
                         ImportOptions{.keep_going = true});
    EXPECT_EQ(report.added, 2u);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_NE(report.failures[0].find("binary-file.txt"), std::string::npos);
    EXPECT_EQ(count("documents"), 2);
}

TEST_F(ImportRunnerTest, OversizedFilesAreRefusedByName) {
    auto big = write("big.txt", std::string(kQuestions) + std::string(4096, 'x'));
    try {
        import({big}, ImportOptions{.max_file_bytes = 1024});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("big.txt"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("limit"), std::string::npos);
    }
}

// Each folder is sorted on its own; the result must still be the order of
// the whole paths ('-' < '.' < '/' < 'A' < 'a').
TEST_F(ImportRunnerTest, FilesComeInTheOrderOfTheirWholePaths) {
    for (const char* file : {"a/y.txt", "a-b/x.txt", "a.txt", "a.txt.d/z.md", "A/w.txt", "a0.txt", "b/a/q.txt",
                             "b/a.txt", "b/a-/r.txt"}) {
        fs::create_directories((dir_ / "docs" / file).parent_path());
        write(file, kQuestions);
    }
    auto files = collect_input_files({dir_ / "docs"});
    ASSERT_EQ(files.size(), 9u);
    auto sorted = files;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(files, sorted);
    EXPECT_EQ(files.front(), (dir_ / "docs" / "A" / "w.txt").string());
}

TEST_F(ImportRunnerTest, FoldersAreSearchedForTextFilesInOrder) {
    write("b.txt", kQuestions);
    write("a.md", kQuestions);
    write("notes.json", "{}");
    write(".hidden.txt", kQuestions);
    fs::create_directories(dir_ / "docs" / "sub" / "deeper");
    fs::create_directories(dir_ / "docs" / ".git");
    write("sub/deeper/c.TXT", kQuestions);
    write(".git/d.txt", kQuestions);
    fs::create_symlink(dir_ / "docs" / "b.txt", dir_ / "docs" / "sub" / "link.txt");
    fs::create_directory_symlink(dir_ / "docs" / "sub", dir_ / "docs" / "folder-link");
    auto files = collect_input_files({dir_ / "docs"});
    ASSERT_EQ(files.size(), 4u);
    const std::string docs = (dir_ / "docs").string();
    EXPECT_EQ(files[0], docs + "/a.md");
    EXPECT_EQ(files[1], docs + "/b.txt");
    EXPECT_EQ(files[2], docs + "/sub/deeper/c.TXT");
    EXPECT_EQ(files[3], docs + "/sub/link.txt");
    EXPECT_EQ(collect_input_files({dir_ / "docs" / ""}).front(), docs + "/a.md");
    EXPECT_EQ(collect_input_files({dir_ / "docs" / "notes.json"}).size(), 1u);  // a file given is taken
    EXPECT_THROW(collect_input_files({dir_ / "missing"}), InputError);
}

TEST_F(ImportRunnerTest, TheSameResultWithOneThreadOrMany) {
    std::vector<fs::path> files;
    for (int i = 0; i < 40; ++i)
        files.push_back(write("d" + std::to_string(100 + i) + ".txt",
                              std::string(kQuestions) + "\nVraag 3\nVraag nummer " + std::to_string(i) + " over Huawei?\n"));
    import(files, ImportOptions{.threads = 1});
    std::string one = test::snapshot(db_path_);
    fs::remove(db_path_);
    import(files, ImportOptions{.threads = 4});
    auto strip_times = [](std::string s) {
        // imported_at differs between runs; everything else must not.
        std::string out;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (i + 20 <= s.size() && s[i + 4] == '-' && s[i + 10] == 'T' && s[i + 19] == 'Z') {
                i += 19;
                continue;
            }
            out += s[i];
        }
        return out;
    };
    EXPECT_EQ(strip_times(test::snapshot(db_path_)), strip_times(one));
}

}  // namespace
}  // namespace riskgraph
