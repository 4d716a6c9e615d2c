#include "exporters/neo4j_export.h"

#include <fstream>
#include <string>

#include "exporters/csv_field.h"
#include "exporters/document_key.h"
#include "exporters/graph_stream.h"
#include "exporters/number_text.h"
#include "graph/errors.h"

namespace riskgraph {
namespace {
namespace fs = std::filesystem;

class CsvFile {
public:
    CsvFile(const fs::path& folder, const char* name, const char* header) : path_(folder / name), out_(path_) {
        if (!out_) throw Error(path_.string() + ": cannot write");
        out_ << header << '\n';
    }
    // Fields already quoted (csv_quote) or numbers.
    void row(std::initializer_list<std::string> fields) {
        bool first = true;
        for (const std::string& field : fields) {
            if (!first) out_ << ',';
            out_ << field;
            first = false;
        }
        out_ << '\n';
    }
    void close() {
        out_.close();
        if (!out_) throw Error(path_.string() + ": write failed");
    }

private:
    fs::path path_;
    std::ofstream out_;
};

std::optional<std::string> text_or_null(const sql::Statement& stmt, int column) {
    if (stmt.column_is_null(column)) return std::nullopt;
    return stmt.column_text(column);
}

std::string label_for(EntityKind kind) {
    std::string name(to_string(kind));
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return "Entity;" + name;
}

std::string question_id(const std::string& document_key, std::int64_t ordinal) {
    return document_key + "#" + std::to_string(ordinal);
}

std::string member_id(const std::string& name, const std::string& party) { return name + "|" + party; }

class EntityCsv : public GraphSink {
public:
    explicit EntityCsv(const fs::path& folder)
        : nodes_(folder, "nodes_entities.csv",
                 "entityId:ID(Entity),name,kind,documents:long,questions:long,firstDate:date,lastDate:date,:LABEL"),
          edges_(folder, "relationships_co_mentioned.csv",
                 ":START_ID(Entity),:END_ID(Entity),:TYPE,questions:long,documents:long,jaccard:double,npmi:double") {}
    void node(const NodeRecord& n) override {
        auto date = [](const std::string& d) { return d.empty() ? std::string() : csv_quote(d); };
        nodes_.row({csv_quote(n.id), csv_quote(n.name), csv_quote(to_string(n.kind)), std::to_string(n.documents),
                    std::to_string(n.questions), date(n.first_date), date(n.last_date), csv_quote(label_for(n.kind))});
    }
    void edge(const EdgeRecord& e) override {
        edges_.row({csv_quote(e.source), csv_quote(e.target), "CO_MENTIONED", std::to_string(e.questions),
                    std::to_string(e.documents), number_text(e.jaccard), number_text(e.npmi)});
    }
    void finish() override {
        nodes_.close();
        edges_.close();
    }

private:
    CsvFile nodes_, edges_;
};

void write_documents(sql::Database& db, const fs::path& folder, const DocumentKeys& keys) {
    CsvFile documents(folder, "nodes_documents.csv",
                      "documentId:ID(Document),officialId,zaak,aanhangsel,file,kind,subject,submitted:date,"
                      "received:date,:LABEL");
    CsvFile questions(folder, "nodes_questions.csv", "questionId:ID(Question),number,ordinal:int,text,answer,:LABEL");
    CsvFile has_question(folder, "relationships_has_question.csv", ":START_ID(Document),:END_ID(Question),:TYPE");
    CsvFile subject_mentions(folder, "relationships_subject_mentions.csv",
                             ":START_ID(Document),:END_ID(Entity),:TYPE,field,start:int,end:int,text");
    CsvFile question_mentions(folder, "relationships_question_mentions.csv",
                              ":START_ID(Question),:END_ID(Entity),:TYPE,field,start:int,end:int,text");
    CsvFile asked(folder, "relationships_asked.csv", ":START_ID(Member),:END_ID(Document),:TYPE,position:int");
    CsvFile cites(folder, "relationships_cites.csv", ":START_ID(Question),:END_ID(Source),:TYPE,footnote:int");

    auto document_rows = db.prepare(
        "SELECT id, file, official_id, zaak, aanhangsel, kind, subject, submitted, received FROM documents"
        " ORDER BY id");
    auto question_rows = db.prepare(
        "SELECT id, ordinal, number, text, answer FROM document_questions WHERE document_id = ? ORDER BY id");
    auto mention_rows = db.prepare(
        "SELECT m.entity_id, m.field, m.start, m.end, m.text, q.ordinal FROM mentions m"
        " LEFT JOIN questions q ON q.id = m.question_id WHERE m.document_id = ? ORDER BY q.ordinal, m.field, m.start");
    auto member_rows = db.prepare(
        "SELECT m.name, p.name, dm.position FROM document_members dm JOIN members m ON m.id = dm.member_id"
        " LEFT JOIN parties p ON p.id = m.party_id WHERE dm.document_id = ? ORDER BY dm.position");
    auto source_rows = db.prepare(
        "SELECT q.ordinal, s.url, s.footnote FROM sources s JOIN questions q ON q.id = s.question_id"
        " WHERE s.document_id = ? ORDER BY q.ordinal, s.id");

    while (document_rows.step()) {
        std::int64_t row = document_rows.column_int(0);
        std::string key = keys.key(document_rows.column_text(1), document_rows.column_text(2));
        auto date = [&](int column) {
            return document_rows.column_is_null(column) ? std::string() : csv_quote(document_rows.column_text(column));
        };
        documents.row({csv_quote(key), csv_nullable(text_or_null(document_rows, 2)),
                       csv_nullable(text_or_null(document_rows, 3)), csv_nullable(text_or_null(document_rows, 4)),
                       csv_quote(document_rows.column_text(1)), csv_quote(document_rows.column_text(5)),
                       csv_nullable(text_or_null(document_rows, 6)), date(7), date(8), "Document"});

        question_rows.bind(1, row);
        while (question_rows.step()) {
            std::string id = question_id(key, question_rows.column_int(1));
            questions.row({csv_quote(id), csv_quote(question_rows.column_text(2)),
                           std::to_string(question_rows.column_int(1)), csv_quote(question_rows.column_text(3)),
                           csv_nullable(text_or_null(question_rows, 4)), "Question"});
            has_question.row({csv_quote(key), csv_quote(id), "HAS_QUESTION"});
        }
        question_rows.reset();

        mention_rows.bind(1, row);
        while (mention_rows.step()) {
            std::string entity = csv_quote(mention_rows.column_text(0));
            std::string field = csv_quote(mention_rows.column_text(1));
            std::string start = std::to_string(mention_rows.column_int(2));
            std::string end = std::to_string(mention_rows.column_int(3));
            std::string text = csv_quote(mention_rows.column_text(4));
            if (mention_rows.column_is_null(5))
                subject_mentions.row({csv_quote(key), entity, "MENTIONS", field, start, end, text});
            else
                question_mentions.row({csv_quote(question_id(key, mention_rows.column_int(5))), entity, "MENTIONS",
                                       field, start, end, text});
        }
        mention_rows.reset();

        member_rows.bind(1, row);
        while (member_rows.step())
            asked.row({csv_quote(member_id(member_rows.column_text(0), member_rows.column_text(1))), csv_quote(key),
                       "ASKED", std::to_string(member_rows.column_int(2))});
        member_rows.reset();

        source_rows.bind(1, row);
        while (source_rows.step())
            cites.row({csv_quote(question_id(key, source_rows.column_int(0))), csv_quote(source_rows.column_text(1)),
                       "CITES", std::to_string(source_rows.column_int(2))});
        source_rows.reset();
    }
    for (CsvFile* file : {&documents, &questions, &has_question, &subject_mentions, &question_mentions, &asked, &cites})
        file->close();
}

void write_members(sql::Database& db, const fs::path& folder) {
    CsvFile members(folder, "nodes_members.csv", "memberId:ID(Member),name,party,:LABEL");
    auto rows = db.prepare(
        "SELECT m.name, p.name FROM members m LEFT JOIN parties p ON p.id = m.party_id ORDER BY m.name, p.name");
    while (rows.step())
        members.row({csv_quote(member_id(rows.column_text(0), rows.column_text(1))), csv_quote(rows.column_text(0)),
                     csv_nullable(text_or_null(rows, 1)), "Member"});
    members.close();
}

void write_sources(sql::Database& db, const fs::path& folder) {
    CsvFile sources(folder, "nodes_sources.csv", "url:ID(Source),:LABEL");
    auto rows = db.prepare("SELECT DISTINCT url FROM sources ORDER BY url");
    while (rows.step()) sources.row({csv_quote(rows.column_text(0)), "Source"});
    sources.close();
}

}  // namespace

const std::vector<std::string>& neo4j_files() {
    static const std::vector<std::string> files = {
        "nodes_entities.csv", "nodes_documents.csv", "nodes_questions.csv", "nodes_members.csv",
        "nodes_sources.csv", "relationships_co_mentioned.csv", "relationships_has_question.csv",
        "relationships_subject_mentions.csv", "relationships_question_mentions.csv", "relationships_asked.csv",
        "relationships_cites.csv"};
    return files;
}

void export_neo4j(sql::Database& db, const fs::path& folder) {
    EntityCsv entities(folder);
    stream_store_graph(db, entities);
    DocumentKeys keys(db);
    write_documents(db, folder, keys);
    write_members(db, folder);
    write_sources(db, folder);
}

}  // namespace riskgraph
