// The CREATE statements of the current schema, in parts, for creating a new
// database (graph/schema.cpp) and for upgrading an older one
// (graph/schema_migration.cpp) with the same text.
#pragma once

namespace riskgraph {

extern const char* const kEntityTablesSql;          // entities, aliases, external ids, parties, members
extern const char* const kDocumentsTableSql;        // documents
extern const char* const kDocumentDetailTablesSql;  // document members, addressees, answerers
extern const char* const kQuestionsTableSql;        // questions
extern const char* const kSourceAndCountTablesSql;  // sources, co_mentions, entity_counts, totals
// The secondary indexes of sources and document_members, which an import
// into an empty database drops and builds again after loading the rows: one
// sort instead of an insert at a random place per row.
extern const char* const kIdHighWaterTableSql;
extern const char* const kEntityPostingsTableSql;   // entity_postings
extern const char* const kMentionViewsSql;          // document_questions, question_mentions, mentions,
                                                     // entity_mentions

}  // namespace riskgraph
