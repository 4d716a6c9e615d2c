#include "graph/store_writer.h"

namespace riskgraph {

StoreWriter::Written StoreWriter::put(const ParsedDocument& document, std::string_view content_hash,
                                      std::string_view lexicon_hash, const std::vector<Mention>& mentions,
                                      const MentionsJson& json) {
    // Looked up in the database: a file given twice in one import replaces
    // its own first version.
    auto previous = documents_.find(document.file);
    if (previous && previous->content_hash == content_hash && previous->lexicon_hash == lexicon_hash)
        return Written{previous->id, false, true};
    if (previous) {
        documents_.flush();  // remove_stored() reads the document's rows
        stats_.remove_stored(previous->id);
        documents_.remove(previous->id);
    }
    std::int64_t id = documents_.write(document, content_hash, lexicon_hash, mentions, json);
    stats_.add(mentions, id, documents_.question_ids());
    return Written{id, previous.has_value()};
}

void StoreWriter::finish() {
    documents_.finish();  // first: stats_.apply() may read entity_postings
    stats_.apply();
}

}  // namespace riskgraph
