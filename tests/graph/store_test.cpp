#include "graph/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "graph/store_writer.h"
#include "graph/errors.h"
#include "graph/schema.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = fs::temp_directory_path() / ("riskgraph-store-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
        fs::remove(path_);
    }
    void TearDown() override {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_.string() + suffix);
    }
    std::string error_opening(Store::Access access) {
        try {
            Store store(path_, access);
        } catch (const DatabaseError& e) {
            return e.what();
        }
        return "";
    }
    std::int64_t count(Store& store, const std::string& table) {
        auto stmt = store.db().prepare("SELECT count(*) FROM " + table);
        stmt.step();
        return stmt.column_int(0);
    }
    fs::path path_;
};

ParsedDocument sample_document() {
    ParsedDocument d;
    d.file = "/tmp/a.txt";
    d.members = {{"Jansen", "VVD"}, {"De Vries", "VVD"}};
    d.addressees = {"Minister van Defensie"};
    d.subject = "drones";
    d.submitted = "2024-03-03";
    d.questions = {{"1", "Klopt het dat DJI drones levert?", "", {{"https://example.org/a", 1}}},
                   {"2", "Wat vindt u daarvan?", "Niets.", {}}};
    return d;
}

TEST_F(StoreTest, CreatesTheSchemaWithItsVersion) {
    Store store(path_, Store::Access::read_write);
    auto stmt = store.db().prepare("PRAGMA user_version");
    stmt.step();
    EXPECT_EQ(stmt.column_int(0), kSchemaVersion);
}

TEST_F(StoreTest, ChecksKeepKindsAndFieldsToTheirValues) {
    Store store(path_, Store::Access::read_write);
    auto insert_document = [&](const std::string& kind) {
        store.db().exec("INSERT INTO documents (file, content_hash, lexicon_hash, kind, imported_at)"
                        " VALUES ('/" + kind + "', 'h', 'l', '" + kind + "', 'now')");
    };
    for (const char* kind : {"written_questions", "oral_questions", "answers", "postponement"})
        EXPECT_NO_THROW(insert_document(kind)) << kind;
    EXPECT_THROW(insert_document("letters"), DatabaseError);
    store.db().exec("INSERT INTO entities (id, kind, name) VALUES ('e', 'vendor', 'E')");
    auto insert_posting = [&](const std::string& field) {
        store.db().exec("INSERT INTO entity_postings VALUES ('e', '" + field + "', 1, 1, '[1]')");
    };
    for (const char* field : {"subject", "question", "answer"}) EXPECT_NO_THROW(insert_posting(field)) << field;
    EXPECT_THROW(insert_posting("title"), DatabaseError);
}

TEST_F(StoreTest, ReadOnlyNeedsAnExistingDatabase) {
    std::string message = error_opening(Store::Access::read_only);
    EXPECT_NE(message.find(path_.string()), std::string::npos) << message;
    EXPECT_FALSE(fs::exists(path_));
}

TEST_F(StoreTest, RefusesANewerSchemaVersion) {
    { Store store(path_, Store::Access::read_write); store.db().exec("PRAGMA user_version = 99"); }
    std::string message = error_opening(Store::Access::read_only);
    EXPECT_NE(message.find("newer"), std::string::npos) << message;
}

TEST_F(StoreTest, RefusesAnotherApplicationsDatabase) {
    { sql::Database db(path_, sql::Database::Mode::read_write_create); db.exec("CREATE TABLE t(x)"); }
    std::string message = error_opening(Store::Access::read_write);
    EXPECT_NE(message.find("not a riskgraph database"), std::string::npos) << message;
}

TEST_F(StoreTest, WritingTheSameFileAgainReplacesEveryRowOfIt) {
    Store store(path_, Store::Access::read_write);
    StoreWriter writer(store.db());
    writer.upsert_entities({Entity{"dji", EntityKind::vendor, "DJI", {"DJI"}, {}, ""}});
    std::vector<Mention> mentions{{"dji", TextField::question, 0, 15, 18, "DJI"}};
    EXPECT_FALSE(writer.put(sample_document(), "h1", "l1", mentions).replaced);
    EXPECT_TRUE(writer.put(sample_document(), "h2", "l1", mentions).replaced);
    writer.finish();
    EXPECT_EQ(count(store, "documents"), 1);
    EXPECT_EQ(count(store, "questions"), 2);
    EXPECT_EQ(count(store, "mentions"), 1);
    EXPECT_EQ(count(store, "sources"), 1);
    EXPECT_EQ(count(store, "document_members"), 2);
    EXPECT_EQ(count(store, "members"), 2);  // members are shared, not duplicated
    EXPECT_EQ(count(store, "parties"), 1);
    EXPECT_EQ(count(store, "entity_postings"), 1);
    EXPECT_EQ(writer.documents().find("/tmp/a.txt")->content_hash, "h2");
}

TEST_F(StoreTest, UpsertingEntitiesKeepsOldAliasesAndAddsNew) {
    Store store(path_, Store::Access::read_write);
    DocumentWriter writer(store.db());
    writer.upsert_entities({Entity{"dji", EntityKind::vendor, "DJI", {"DJI"}, {}, ""}});
    writer.upsert_entities({Entity{"dji", EntityKind::vendor, "DJI Technology", {"Da-Jiang"}, {{"wikidata", "Q1"}}, ""}});
    EXPECT_EQ(count(store, "entities"), 1);
    EXPECT_EQ(count(store, "entity_aliases"), 2);
    EXPECT_EQ(count(store, "entity_external_ids"), 1);
}

// Ids are never reused, also after the highest ones were deleted: postings
// and evidence may still name them.
TEST_F(StoreTest, IdsAreNeverReused) {
    Store store(path_, Store::Access::read_write);
    auto write = [&](const ParsedDocument& document, const std::string& hash) {
        StoreWriter writer(store.db());
        auto written = writer.put(document, hash, "l", {});
        writer.finish();
        return std::pair{written.id, writer.documents().question_ids()};
    };
    ParsedDocument b = sample_document();
    b.file = "/tmp/b.txt";
    write(sample_document(), "a");
    EXPECT_EQ(write(b, "b1"), (std::pair{std::int64_t{2}, std::vector<std::int64_t>{3, 4}}));
    b.questions.clear();  // b's new version has no questions: 3 and 4 are deleted
    b.notice = "uitstel";
    EXPECT_EQ(write(b, "b2").first, 3);
    ParsedDocument c = sample_document();
    c.file = "/tmp/c.txt";
    EXPECT_EQ(write(c, "c"), (std::pair{std::int64_t{4}, std::vector<std::int64_t>{5, 6}}));
}

// Into a database whose highest documents were deleted, the writer numbers
// the documents itself (SQLite would reuse the deleted ids); otherwise SQLite
// numbers them, batch after batch, as the writer expects.
TEST_F(StoreTest, DocumentIdsStayAboveDeletedOnesWhoeverNumbersThem) {
    Store store(path_, Store::Access::read_write);
    auto document = [](int n) {
        ParsedDocument d = sample_document();
        d.file = "/tmp/d" + std::to_string(n) + ".txt";
        return d;
    };
    {
        StoreWriter writer(store.db());
        for (int n = 1; n <= 150; ++n) EXPECT_EQ(writer.put(document(n), "h", "l", {}).id, n);
        writer.finish();
    }
    {
        StoreWriter writer(store.db());
        writer.documents().remove(150);
        writer.documents().remove(149);
        writer.finish();
    }
    {
        StoreWriter writer(store.db());
        EXPECT_EQ(writer.put(document(151), "h", "l", {}).id, 151);
        EXPECT_EQ(writer.put(document(152), "h", "l", {}).id, 152);
        writer.finish();
    }
    auto ids = store.db().prepare("SELECT count(*), min(id), max(id), sum(file = '/tmp/d' || id || '.txt')"
                                  " FROM documents");
    ids.step();
    EXPECT_EQ(ids.column_int(0), 150);
    EXPECT_EQ(ids.column_int(1), 1);
    EXPECT_EQ(ids.column_int(2), 152);
    EXPECT_EQ(ids.column_int(3), 150);
}

// Version 4: a document's questions are the consecutive ids from its
// first_question_id, in ordinal order, through replacements; looked up by
// document or by question, the views read no table whole.
TEST_F(StoreTest, EachDocumentsQuestionsAreItsIdRange) {
    Store store(path_, Store::Access::read_write);
    {
        StoreWriter writer(store.db());
        ParsedDocument b = sample_document(), c = sample_document();
        b.file = "/tmp/b.txt";
        b.questions.push_back({"3", "En nu?", "", {}});
        c.file = "/tmp/c.txt";
        c.questions.clear();
        c.notice = "uitstel";
        writer.put(sample_document(), "a1", "l", {});
        writer.put(b, "b1", "l", {});
        writer.put(c, "c1", "l", {});
        writer.put(sample_document(), "a2", "l", {});  // replaced in the same run
        writer.finish();
    }
    auto ranges = store.db().prepare("SELECT group_concat(file || '=' || coalesce(first_question_id, 0) || '+' ||"
                                     " question_count) FROM (SELECT * FROM documents ORDER BY id)");
    ranges.step();
    EXPECT_EQ(ranges.column_text(0), "/tmp/b.txt=3+3,/tmp/c.txt=0+0,/tmp/a.txt=6+2");
    auto misplaced = store.db().prepare(
        "SELECT count(*) FROM questions q LEFT JOIN document_questions v ON v.id = q.id"
        " WHERE v.id IS NULL OR q.ordinal <> q.id - (SELECT first_question_id FROM documents WHERE id = q.document_id) + 1");
    misplaced.step();
    EXPECT_EQ(misplaced.column_int(0), 0);
    EXPECT_EQ(count(store, "questions"), 5);

    for (const char* query : {"SELECT * FROM mentions WHERE document_id = 1",
                              "SELECT * FROM question_mentions WHERE question_id = 4",
                              "SELECT * FROM document_questions WHERE document_id = 1"}) {
        auto plan = store.db().prepare(std::string("EXPLAIN QUERY PLAN ") + query);
        while (plan.step()) {
            const std::string step = plan.column_text(3);
            for (const char* whole : {"SCAN d", "SCAN q", "SCAN documents", "SCAN questions"})
                EXPECT_NE(step.rfind(whole, 0), 0u) << query << ": " << step;
        }
    }
}

// Unanswered questions go in through a statement without the answer
// columns while SQLite numbers the rows; answered ones through the full one.
// Alternating between the two keeps ids in question order, with foreign keys
// checked (as here) or not (an import).
TEST_F(StoreTest, AnsweredAndUnansweredQuestionsStoreTheirAnswersAndMentions) {
    Store store(path_, Store::Access::read_write);
    store.db().exec("INSERT INTO entities (id, kind, name) VALUES ('dji', 'vendor', 'DJI')");
    for (bool checked : {true, false}) {
        store.db().exec(checked ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
        StoreWriter writer(store.db());
        for (int n = 0; n < 40; ++n) {  // enough rows to fill batches of both statements
            ParsedDocument d = sample_document();
            d.file = "/tmp/" + std::string(checked ? "on" : "off") + std::to_string(n) + ".txt";
            d.questions.push_back({"3", "En DJI?", "DJI levert.", {}});
            writer.put(d, "h", "l",
                       {Mention{"dji", TextField::question, 0, 18, 21, "DJI", Mention::kNoNumber},
                        Mention{"dji", TextField::answer, 2, 0, 3, "DJI", Mention::kNoNumber}});
        }
        ParsedDocument many = sample_document();  // fills a batch of answered questions alone
        many.file = std::string("/tmp/many-") + (checked ? "on" : "off") + ".txt";
        many.questions.clear();
        for (int q = 1; q <= 70; ++q) many.questions.push_back({std::to_string(q), "Vraag?", "Antwoord.", {}});
        writer.put(many, "h", "l", {});
        writer.finish();
    }
    auto rows = store.db().prepare(
        "SELECT count(*), count(DISTINCT group_concat_row) FROM (SELECT d.id, group_concat(q.ordinal || ':' ||"
        " coalesce(q.answer, 'NULL') || ':' || q.mentions || ':' || q.answer_mentions, '|') AS group_concat_row"
        " FROM documents d JOIN document_questions q ON q.document_id = d.id WHERE d.file NOT LIKE '/tmp/many-%'"
        " GROUP BY d.id ORDER BY d.id)");
    rows.step();
    EXPECT_EQ(rows.column_int(0), 80);
    EXPECT_EQ(rows.column_int(1), 1);
    auto one = store.db().prepare(
        "SELECT group_concat(q.ordinal || ':' || coalesce(q.answer, 'NULL') || ':' || q.mentions || ':' ||"
        " q.answer_mentions, '|') FROM document_questions q WHERE q.document_id = 1");
    one.step();
    EXPECT_EQ(one.column_text(0),
              "1:NULL:[[\"dji\",18,21]]:[]|2:Niets.:[]:[]|3:DJI levert.:[]:[[\"dji\",0,3]]");
    auto misplaced = store.db().prepare(
        "SELECT count(*) FROM questions q WHERE q.ordinal <> q.id - (SELECT first_question_id FROM documents"
        " WHERE id = q.document_id) + 1");
    misplaced.step();
    EXPECT_EQ(misplaced.column_int(0), 0);
    EXPECT_EQ(count(store, "questions"), 2 * (40 * 3 + 70));
}

TEST_F(StoreTest, TransactionRollsBackUnlessCommitted) {
    Store store(path_, Store::Access::read_write);
    {
        sql::Transaction tx(store.db());
        StoreWriter(store.db()).put(sample_document(), "h", "l", {});
    }
    EXPECT_EQ(count(store, "documents"), 0);
}

}  // namespace
}  // namespace riskgraph
