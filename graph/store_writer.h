// Writes documents into the store as an import does: each document replaces
// any stored version of the same file, and the co-mention counts and the
// entity index follow. The caller owns the transaction and calls finish()
// before committing it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "graph/co_mention_stats.h"
#include "graph/document_writer.h"

namespace riskgraph {

class StoreWriter {
public:
    explicit StoreWriter(sql::Database& db) : documents_(db), stats_(db) {}

    void upsert_entities(const std::vector<Entity>& entities) { documents_.upsert_entities(entities); }
    // Numbers entities[i] as i, the Mention::entity_number of the mentions
    // put() will get, so the counts and the index need not hash id strings.
    // Before the first put().
    void number_entities(const std::vector<Entity>& entities) {
        documents_.number_entities(entities);
        stats_.number_entities(entities);
    }

    // Returns the document's id and whether an earlier version was replaced.
    // A document stored with the same content and lexicon hashes (a file put
    // twice in one import, under two names) is left as it is: unchanged.
    struct Written {
        std::int64_t id;
        bool replaced;
        bool unchanged = false;
    };
    Written put(const ParsedDocument& document, std::string_view content_hash, std::string_view lexicon_hash,
                const std::vector<Mention>& mentions, const MentionsJson& json);
    Written put(const ParsedDocument& document, std::string_view content_hash, std::string_view lexicon_hash,
                const std::vector<Mention>& mentions) {
        return put(document, content_hash, lexicon_hash, mentions,
                   mentions_json_by_text(mentions, document.questions.size()));
    }

    void finish();

    DocumentWriter& documents() { return documents_; }

private:
    DocumentWriter documents_;
    CoMentionStats stats_;
};

}  // namespace riskgraph
