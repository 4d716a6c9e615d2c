#include "graph/schema_migration.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "graph/errors.h"
#include "graph/schema.h"
#include "graph/store.h"
#include "graph/store_writer.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

// A database with the schema an earlier riskgraph wrote (tests/fixtures/),
// then `rows`.
void write_old_database(const fs::path& path, const char* fixture, int version, const std::string& rows) {
    std::ifstream in(fs::path(RISKGRAPH_FIXTURES_DIR) / fixture);
    std::stringstream schema;
    schema << in.rdbuf();
    sql::Database db(path, sql::Database::Mode::read_write_create);
    db.exec(schema.str());
    db.exec("PRAGMA user_version = " + std::to_string(version));
    db.exec(rows);
}

std::string file_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string open_error(const fs::path& path, Store::Access access) {
    try {
        Store store(path, access);
    } catch (const DatabaseError& e) {
        return e.what();
    }
    return "";
}

// Writes, in a transaction of its own, a document of one question whose
// text starts with "Huawei" (a mention of huawei); returns what put() says
// and the question's id.
std::pair<StoreWriter::Written, std::vector<std::int64_t>> put_huawei_question(Store& store, const std::string& file,
                                                                                const std::string& text,
                                                                                const std::string& hash) {
    sql::Transaction tx(store.db());
    StoreWriter writer(store.db());
    ParsedDocument d;
    d.file = file;
    d.questions = {{"1", text, "", {}}};
    auto written = writer.put(d, hash, "l", {{"huawei", TextField::question, 0, 0, 6, "Huawei"}});
    writer.finish();
    tx.commit();
    return {written, writer.documents().question_ids()};
}

// A version 1 database as riskgraph 1 wrote it.
void write_v1_database(const fs::path& path) {
    write_old_database(path, "schema_v1.sql", 1, R"sql(
INSERT INTO entities VALUES ('huawei','vendor','Huawei',NULL), ('zte','vendor','ZTE',NULL), ('eu','institution','EU',NULL);
INSERT INTO parties VALUES (1, 'VVD');
INSERT INTO members VALUES (1, 'Jansen', 1);
INSERT INTO documents (id, file, content_hash, lexicon_hash, kind, subject, submitted, imported_at)
VALUES (3, '/a.txt', 'h1', 'l', 'written_questions', 'Huawei in de EU', '2024-01-02', 't'),
       (7, '/b.txt', 'h2', 'l', 'answers', NULL, '2024-02-03', 't');
INSERT INTO document_members VALUES (3, 0, 1);
INSERT INTO questions (id, document_id, ordinal, number, text, answer)
VALUES (10, 3, 1, '1', 'Levert Huawei aan de EU?', 'ZTE ook.'), (11, 3, 2, '2', 'Waarom?', NULL),
       (20, 7, 1, '1', 'Huawei en ZTE, en Huawei?', NULL);
INSERT INTO mentions (entity_id, document_id, question_id, field, start, end, text) VALUES
  ('huawei', 3, NULL, 'subject', 0, 6, 'Huawei'), ('eu', 3, NULL, 'subject', 13, 15, 'EU'),
  ('zte', 3, 10, 'answer', 0, 3, 'ZTE'), ('huawei', 3, 10, 'question', 7, 13, 'Huawei'),
  ('eu', 3, 10, 'question', 21, 23, 'EU'),
  ('huawei', 7, 20, 'question', 0, 6, 'Huawei'), ('zte', 7, 20, 'question', 10, 13, 'ZTE'),
  ('huawei', 7, 20, 'question', 18, 24, 'Huawei');
INSERT INTO sources (document_id, question_id, footnote, url) VALUES (3, 10, 1, 'https://example.org');
INSERT INTO co_mentions (a, b, questions, question_documents, documents, question_evidence, document_evidence)
VALUES ('eu','huawei',1,1,1,'10','3'), ('huawei','zte',1,1,1,'20','7');
)sql");
}

using Row = std::tuple<std::string, std::int64_t, std::int64_t, std::string, std::int64_t, std::int64_t, std::string>;

std::multiset<Row> mention_rows(sql::Database& db) {
    auto stmt = db.prepare("SELECT entity_id, document_id, coalesce(question_id, 0), field, start, end, text FROM mentions");
    std::multiset<Row> rows;
    while (stmt.step())
        rows.emplace(stmt.column_text(0), stmt.column_int(1), stmt.column_int(2), stmt.column_text(3),
                     stmt.column_int(4), stmt.column_int(5), stmt.column_text(6));
    return rows;
}

// A database file of its own for each test, removed after it.
class OldSchemaTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("riskgraph-old-schema-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        fs::remove(path_);
    }
    void TearDown() override { fs::remove(path_); }
    fs::path path_;
};

class SchemaMigrationTest : public OldSchemaTest {
protected:
    void SetUp() override {
        OldSchemaTest::SetUp();
        write_v1_database(path_);
    }
};

TEST_F(SchemaMigrationTest, ReadingAVersionOneDatabaseAsksForAnUpgradeAndChangesNothing) {
    const std::string before = file_bytes(path_);
    const std::string error = open_error(path_, Store::Access::read_only);
    EXPECT_NE(error.find("version 1 must be upgraded"), std::string::npos) << error;
    EXPECT_NE(error.find(path_.string()), std::string::npos) << error;
    EXPECT_EQ(file_bytes(path_), before);
}

TEST_F(SchemaMigrationTest, KeepsEveryMentionDocumentQuestionAndCount) {
    std::multiset<Row> before;
    {
        sql::Database db(path_, sql::Database::Mode::read_only);
        before = mention_rows(db);
    }
    Store store(path_, Store::Access::read_write);
    auto version = store.db().prepare("PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.column_int(0), kSchemaVersion);
    EXPECT_EQ(mention_rows(store.db()), before);

    auto postings = store.db().prepare(
        "SELECT field, group_concat(coalesce(question_id, document_id)) FROM"
        " (SELECT * FROM entity_mentions WHERE entity_id = 'huawei' ORDER BY field, 2, 3, 4) GROUP BY field");
    std::map<std::string, std::string> by_field;
    while (postings.step()) by_field[postings.column_text(0)] = postings.column_text(1);
    EXPECT_EQ(by_field, (std::map<std::string, std::string>{{"question", "10,20"}, {"subject", "3"}}));

    auto kept = store.db().prepare(
        "SELECT (SELECT group_concat(id) FROM documents), (SELECT group_concat(id) FROM questions),"
        " (SELECT count(*) FROM sources), (SELECT count(*) FROM co_mentions), (SELECT count(*) FROM document_members)");
    kept.step();
    EXPECT_EQ(kept.column_text(0), "3,7");
    auto ranges = store.db().prepare("SELECT group_concat(coalesce(first_question_id, 0) || '+' || question_count)"
                                     " FROM (SELECT * FROM documents ORDER BY id)");
    ranges.step();
    EXPECT_EQ(ranges.column_text(0), "10+2,20+1");
    EXPECT_EQ(kept.column_text(1), "10,11,20");
    EXPECT_EQ(kept.column_int(2), 1);
    EXPECT_EQ(kept.column_int(3), 2);
    EXPECT_EQ(kept.column_int(4), 1);

    auto references = store.db().prepare("SELECT \"table\" FROM pragma_foreign_key_list('document_members')");
    std::set<std::string> referenced;
    while (references.step()) referenced.insert(references.column_text(0));
    EXPECT_EQ(referenced, (std::set<std::string>{"documents", "members"}));
    auto check = store.db().prepare("PRAGMA foreign_key_check");
    EXPECT_FALSE(check.step()) << "a dangling reference after the upgrade";
}

TEST_F(SchemaMigrationTest, NewDocumentsGetIdsAboveTheUpgradedOnes) {
    Store store(path_, Store::Access::read_write);
    auto [written, question_ids] = put_huawei_question(store, "/c.txt", "Huawei?", "h3");
    EXPECT_GT(written.id, 7);
    EXPECT_GT(question_ids.front(), 20);
    auto postings = store.db().prepare(
        "SELECT count(*) FROM entity_mentions WHERE entity_id = 'huawei' AND field = 'question'");
    postings.step();
    EXPECT_EQ(postings.column_int(0), 3);
}

// Version 3 rows: /a.txt has questions 10 and 11, /b.txt question 20,
// /c.txt none. `second` is the id of /a.txt's second question.
std::string v3_rows(int second) {
    return R"sql(
INSERT INTO entities VALUES ('huawei','vendor','Huawei',NULL), ('zte','vendor','ZTE',NULL);
INSERT INTO documents (id, file, content_hash, lexicon_hash, kind, subject, imported_at, subject_mentions)
VALUES (3, '/a.txt', 'h1', 'l', 'written_questions', 'Huawei', 't', '[["huawei",0,6]]'),
       (7, '/b.txt', 'h2', 'l', 'written_questions', NULL, 't', '[]'),
       (8, '/c.txt', 'h3', 'l', 'postponement', NULL, 't', '[]');
INSERT INTO questions (id, document_id, ordinal, number, text, answer, mentions, answer_mentions)
VALUES (10, 3, 1, '1', 'Levert Huawei?', 'ZTE ook.', '[["huawei",7,13]]', '[["zte",0,3]]'),
       ()sql" + std::to_string(second) + R"sql(, 3, 2, '2', 'Waarom?', NULL, '[]', '[]'),
       (20, 7, 1, '1', 'ZTE?', NULL, '[["zte",0,3]]', '[]');
INSERT INTO entity_postings VALUES ('huawei', 'question', 10, 1, '[10]'), ('huawei', 'subject', 3, 1, '[3]'),
  ('zte', 'answer', 10, 1, '[10]'), ('zte', 'question', 20, 1, '[20]');
INSERT INTO id_high_water VALUES ('documents', 8), ('questions', 20);
)sql";
}

std::string by_document(sql::Database& db, std::int64_t document_id) {
    auto stmt = db.prepare("SELECT group_concat(entity_id || '@' || coalesce(question_id, 0) || ':' || text) FROM"
                           " (SELECT * FROM mentions WHERE document_id = ? ORDER BY field, question_id, start)");
    stmt.bind(1, document_id);
    stmt.step();
    return stmt.column_text(0);
}

TEST_F(OldSchemaTest, AVersionThreeDatabaseFindsEachDocumentsQuestionsByIdRangeAfterTheUpgrade) {
    const fs::path& path = path_;
    write_old_database(path, "schema_v3.sql", 3, v3_rows(11));
    const std::string before = file_bytes(path);
    const std::string error = open_error(path, Store::Access::read_only);
    EXPECT_NE(error.find("version 3 must be upgraded to 4; run `riskgraph index`"), std::string::npos) << error;
    EXPECT_EQ(file_bytes(path), before);
    {
        Store store(path, Store::Access::read_write);
        auto ranges = store.db().prepare(
            "SELECT group_concat(id || '=' || coalesce(first_question_id, 0) || '+' || question_count)"
            " FROM (SELECT * FROM documents ORDER BY id)");
        ranges.step();
        EXPECT_EQ(ranges.column_text(0), "3=10+2,7=20+1,8=0+0");
        EXPECT_EQ(by_document(store.db(), 3), "zte@10:ZTE,huawei@10:Huawei,huawei@0:Huawei");
        EXPECT_EQ(by_document(store.db(), 7), "zte@20:ZTE");

        auto [written, question_ids] = put_huawei_question(store, "/a.txt", "Huawei!", "h1-new");
        EXPECT_TRUE(written.replaced);
        EXPECT_EQ(question_ids, std::vector<std::int64_t>{21});
        auto questions = store.db().prepare("SELECT group_concat(id) FROM (SELECT id FROM questions ORDER BY id)");
        questions.step();
        EXPECT_EQ(questions.column_text(0), "20,21");
        EXPECT_EQ(by_document(store.db(), written.id), "huawei@21:Huawei");
        EXPECT_EQ(by_document(store.db(), 7), "zte@20:ZTE");
    }
}

TEST_F(OldSchemaTest, AVersionThreeDatabaseWhoseQuestionIdsHaveGapsIsRefusedUnchanged) {
    const fs::path& path = path_;
    write_old_database(path, "schema_v3.sql", 3, v3_rows(12));
    const std::string before = file_bytes(path);
    const std::string error = open_error(path, Store::Access::read_write);
    EXPECT_NE(error.find(path.string() + ": cannot upgrade to schema version 4: the questions of /a.txt"),
              std::string::npos)
        << error;
    EXPECT_EQ(file_bytes(path), before);
}

// Version 2 numbered documents and questions with AUTOINCREMENT: the upgrade
// takes over sqlite_sequence.
TEST_F(OldSchemaTest, AVersionTwoDatabaseKeepsItsIdsAfterTheUpgrade) {
    const fs::path& path = path_;
    write_old_database(path, "schema_v3.sql", 2,
                       "DROP TABLE id_high_water; CREATE TABLE v2 (id INTEGER PRIMARY KEY AUTOINCREMENT);"
                       "INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', 40), ('questions', 90);");
    EXPECT_NE(open_error(path, Store::Access::read_only).find("version 2 must be upgraded"), std::string::npos);
    {
        Store store(path, Store::Access::read_write);
        auto high = store.db().prepare("SELECT group_concat(table_name || '=' || last_id) FROM"
                                       " (SELECT * FROM id_high_water ORDER BY table_name)");
        ASSERT_TRUE(high.step());
        EXPECT_EQ(high.column_text(0), "documents=40,questions=90");
        high.reset();
        StoreWriter writer(store.db());
        ParsedDocument d;
        d.file = "/d.txt";
        d.questions = {{"1", "Een?", "", {}}, {"2", "Twee?", "", {}}};
        EXPECT_EQ(writer.put(d, "h", "l", {}).id, 41);
        EXPECT_EQ(writer.documents().question_ids(), (std::vector<std::int64_t>{91, 92}));
        writer.finish();
        ASSERT_TRUE(high.step());
        EXPECT_EQ(high.column_text(0), "documents=41,questions=92");
    }
}

}  // namespace
}  // namespace riskgraph
