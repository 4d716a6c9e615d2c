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

// A version 1 database as riskgraph 1 wrote it (tests/fixtures/schema_v1.sql).
void write_v1_database(const fs::path& path) {
    std::ifstream in(fs::path(RISKGRAPH_FIXTURES_DIR) / "schema_v1.sql");
    std::stringstream schema;
    schema << in.rdbuf();
    sql::Database db(path, sql::Database::Mode::read_write_create);
    db.exec(schema.str());
    db.exec(R"sql(
PRAGMA user_version = 1;
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

class SchemaMigrationTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("riskgraph-migration-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        fs::remove(path_);
        write_v1_database(path_);
    }
    void TearDown() override { fs::remove(path_); }
    fs::path path_;
};

TEST_F(SchemaMigrationTest, ReadingAVersionOneDatabaseAsksForAnUpgradeAndChangesNothing) {
    auto before = fs::file_size(path_);
    try {
        Store store(path_, Store::Access::read_only);
        FAIL() << "opened a version 1 database read-only";
    } catch (const DatabaseError& e) {
        EXPECT_NE(std::string(e.what()).find("upgrade"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(path_.string()), std::string::npos) << e.what();
    }
    EXPECT_EQ(fs::file_size(path_), before);
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
    sql::Transaction tx(store.db());
    StoreWriter writer(store.db());
    ParsedDocument d;
    d.file = "/c.txt";
    d.questions = {{"1", "Huawei?", "", {}}};
    auto written = writer.put(d, "h3", "l", {{"huawei", TextField::question, 0, 0, 6, "Huawei"}});
    writer.finish();
    tx.commit();
    EXPECT_GT(written.id, 7);
    EXPECT_GT(writer.documents().question_ids().front(), 20);
    auto postings = store.db().prepare(
        "SELECT count(*) FROM entity_mentions WHERE entity_id = 'huawei' AND field = 'question'");
    postings.step();
    EXPECT_EQ(postings.column_int(0), 3);
}

}  // namespace
}  // namespace riskgraph
