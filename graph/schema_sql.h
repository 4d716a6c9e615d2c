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
extern const char* const kEntityPostingsTableSql;   // entity_postings
extern const char* const kMentionViewsSql;          // question_mentions, mentions, entity_mentions

}  // namespace riskgraph
