// Keeps the co_mentions, entity_counts and totals tables in step with the
// documents: each written document adds its counts, each replaced one
// subtracts its old counts, and apply() writes the sum of changes once per
// import run. Entities are numbered on first sight so the hot path hashes
// integers, not strings.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "graph/entity_numbers.h"
#include "graph/model.h"
#include "graph/pair_table.h"
#include "graph/sqlite.h"

namespace riskgraph {

class CoMentionStats {
public:
    explicit CoMentionStats(sql::Database& db);

    // Numbers the lexicon's entities as Mention::entity_number does (before
    // the first add), so counting hashes no id strings.
    void number_entities(const std::vector<Entity>& entities);

    // How many evidence ids each pair keeps (co_mentions.*_evidence).
    static constexpr std::size_t kEvidence = 8;

    // A written document: its mentions (Mention::question indexes its
    // questions), its id and its questions' ids as stored.
    void add(const std::vector<Mention>& mentions, std::int64_t document_id,
             const std::vector<std::int64_t>& question_ids);
    // Subtracts the counts of a stored document, before it is deleted.
    void remove_stored(std::int64_t document_id);
    // Writes the accumulated changes and clears them.
    void apply();

private:
    struct PairCounts {
        int questions = 0;
        int question_documents = 0;
        int documents = 0;
        bool dirty = false;  // a document naming both was removed: evidence is recomputed
        std::vector<std::int64_t> new_questions;  // evidence from this run, ascending
        std::vector<std::int64_t> new_documents;
    };
    struct EntityCounts {
        int questions = 0;
        int documents = 0;
    };
    std::uint32_t number(const Mention& mention);
    // The ids of a pair key, in the stored order (a < b).
    std::pair<const std::string&, const std::string&> pair_ids(std::uint64_t key) const;
    std::vector<std::uint32_t> pairs_in_id_order() const;
    void count(const std::vector<Mention>& mentions, int question_count, int sign, std::int64_t document_id,
               const std::vector<std::int64_t>* question_ids);
    // The pair's evidence after this run, into question_evidence_ and
    // document_evidence_: merged with the stored evidence, or recounted from
    // the mentions when a document naming both was removed.
    void evidence(const std::string& a, const std::string& b, const PairCounts& c,
                  const std::string& stored_questions, const std::string& stored_documents);

    sql::Database& db_;
    sql::Statement stored_mentions_;
    sql::Statement stored_question_count_;
    sql::Statement evidence_questions_;
    sql::Statement evidence_documents_;
    EntityNumbers numbers_;
    PairTable<PairCounts> pairs_;        // (x << 32 | y), x < y: entity numbers
    std::vector<EntityCounts> entities_;  // by entity number
    long questions_ = 0;
    long documents_ = 0;
    // The counts of pairs of the first dense_size_ entity numbers (x < y) at
    // dense_cell(x, y), apart from pairs_: a document adds one to each of its
    // pairs (a few dozen), and a count inside a PairCounts missed the cache
    // for about every one of them (measured at 100,000 documents: half the
    // time of count()). apply() adds them into pairs_. Only this run's
    // counts: a pair's first kEvidence documents (questions) of the run are
    // those that bring its count to kEvidence or below (a pair with a
    // removal is recounted from the database anyway).
    struct DenseCounts {
        std::vector<std::int32_t> questions, question_documents, documents;
        void clear(std::size_t cells);
    };
    std::size_t dense_size_ = 0;
    std::vector<std::ptrdiff_t> dense_rows_;  // dense_cell(x, y) = dense_rows_[x] + y: a triangle, half a square
    std::size_t dense_cell(std::size_t x, std::size_t y) const {
        return static_cast<std::size_t>(dense_rows_[x] + static_cast<std::ptrdiff_t>(y));
    }
    DenseCounts dense_;
    static constexpr std::size_t kMaxDenseSize = 512;  // 1.5 MiB at most
    // Scratch reused between documents.
    std::vector<std::pair<int, std::uint32_t>> question_entities_;
    std::vector<std::uint32_t> document_entities_;
    std::vector<std::uint64_t> question_pairs_;
    std::string question_evidence_, document_evidence_;  // evidence(), reused between pairs
};

}  // namespace riskgraph
