#include "queries/co_mentions.h"

#include "graph/co_mention_stats.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace riskgraph {
namespace {

// Precomputed counts (graph/co_mention_stats.h), read in one scan without
// joins: the entities of the two kinds are looked up in memory (a join per
// pair and orientation was a third of the query's time at 100k documents).
constexpr const char* kEntitiesSql = R"sql(
SELECT e.id, e.name, e.kind, coalesce(c.questions, 0), coalesce(c.documents, 0)
FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id
WHERE e.kind IN (?1, ?2)
)sql";
constexpr const char* kPairsSql = R"sql(
SELECT a, b, questions, question_documents, documents, question_evidence, document_evidence FROM co_mentions
)sql";

// All the evidence of a pair, when more is asked than the store keeps per
// pair (graph/co_mention_stats.h). Walks the rarer-first entity's mentions
// in question order through entity_postings.
constexpr const char* kQuestionEvidenceSql = R"sql(
SELECT question_id FROM entity_mentions
WHERE entity_id = ?1 AND field = 'question'
  AND question_id IN (SELECT question_id FROM entity_mentions WHERE entity_id = ?2 AND field = 'question')
ORDER BY question_id LIMIT ?3
)sql";

constexpr const char* kDocumentEvidenceSql = R"sql(
SELECT DISTINCT document_id FROM entity_mentions
WHERE entity_id = ?1 AND field <> 'answer'
  AND document_id IN (SELECT document_id FROM entity_mentions WHERE entity_id = ?2 AND field <> 'answer')
ORDER BY document_id LIMIT ?3
)sql";

constexpr const char* kStoredEvidenceSql =
    "SELECT question_evidence, document_evidence FROM co_mentions WHERE a = ? AND b = ?";
constexpr const char* kQuestionInfoSql =
    "SELECT q.document_id, d.file, coalesce(d.official_id, d.zaak, ''), q.number"
    " FROM questions q JOIN documents d ON d.id = q.document_id WHERE q.id = ?";
constexpr const char* kDocumentInfoSql =
    "SELECT id, file, coalesce(official_id, zaak, ''), '' FROM documents WHERE id = ?";

std::vector<std::int64_t> parse_ids(const std::string& text, std::size_t limit) {
    std::vector<std::int64_t> ids;
    std::size_t i = 0;
    while (i < text.size() && ids.size() < limit) {
        std::size_t end = text.find(' ', i);
        if (end == std::string::npos) end = text.size();
        ids.push_back(std::stoll(text.substr(i, end - i)));
        i = end + 1;
    }
    return ids;
}

// Questions or documents in the store, kept in `totals` by every import.
long total(sql::Database& db, const char* name) {
    auto stmt = db.prepare("SELECT value FROM totals WHERE name = ?");
    stmt.bind(1, name);
    return stmt.step() ? static_cast<long>(stmt.column_int(0)) : 0;
}

double score(const CoMentionPair& pair, CoMentionSort sort, CoMentionScope scope) {
    switch (sort) {
    case CoMentionSort::npmi: return pair.npmi;
    case CoMentionSort::jaccard: return pair.jaccard;
    case CoMentionSort::count: break;
    }
    return scope == CoMentionScope::question ? pair.questions : pair.documents;
}

// Resolves evidence ids to documents and questions with statements prepared once.
class EvidenceReader {
public:
    EvidenceReader(sql::Database& db, CoMentionScope scope)
        : db_(db), scope_(scope), info_(db.prepare(scope == CoMentionScope::question ? kQuestionInfoSql : kDocumentInfoSql)) {}

    // Looks up the kept evidence of many pairs at once, in id order: the
    // questions then come from the file front to back, each page once,
    // rather than from all over it pair by pair.
    void prefetch(const std::vector<std::string>& stored, std::size_t limit) {
        if (limit == 0 || limit > CoMentionStats::kEvidence) return;
        std::vector<std::int64_t> ids;
        for (const std::string& text : stored) {
            auto some = parse_ids(text, limit);
            ids.insert(ids.end(), some.begin(), some.end());
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (std::int64_t id : ids) look_up(id);
    }

    // From the ids the store keeps, or from the mentions when more are asked.
    std::vector<Evidence> read(const std::string& a, const std::string& b, const std::string& stored,
                               std::size_t limit) {
        std::vector<std::int64_t> ids;
        if (limit > 0 && limit <= CoMentionStats::kEvidence) {
            ids = parse_ids(stored, limit);
        } else {
            auto stmt = db_.prepare(scope_ == CoMentionScope::question ? kQuestionEvidenceSql : kDocumentEvidenceSql);
            stmt.bind(1, a).bind(2, b).bind(3, limit ? static_cast<std::int64_t>(limit) : -1);
            while (stmt.step()) ids.push_back(stmt.column_int(0));
        }
        std::vector<Evidence> evidence;
        for (std::int64_t id : ids) {
            const Evidence& e = look_up(id);
            if (e.document_id) evidence.push_back(e);
        }
        return evidence;
    }

private:
    // Pairs share their first questions often: each is looked up once.
    const Evidence& look_up(std::int64_t id) {
        auto cached = cache_.find(id);
        if (cached == cache_.end()) {
            info_.bind(1, id);
            Evidence e;
            if (info_.step())
                e = Evidence{info_.column_int(0), info_.column_text(1), info_.column_text(2), info_.column_text(3)};
            info_.reset();
            cached = cache_.emplace(id, std::move(e)).first;
        }
        return cached->second;
    }

    sql::Database& db_;
    CoMentionScope scope_;
    sql::Statement info_;
    std::unordered_map<std::int64_t, Evidence> cache_;
};

struct EntityInfo {
    std::string name;
    EntityKind kind;
    long questions;
    long documents;
};

std::unordered_map<std::string, EntityInfo> entities_of_kinds(sql::Database& db, const CoMentionQuery& query) {
    auto stmt = db.prepare(kEntitiesSql);
    stmt.bind(1, to_string(query.kind)).bind(2, to_string(query.with));
    std::unordered_map<std::string, EntityInfo> entities;
    while (stmt.step())
        entities.emplace(stmt.column_text(0),
                         EntityInfo{stmt.column_text(1), entity_kind_from_string(stmt.column_text(2)).value_or(query.kind),
                                    static_cast<long>(stmt.column_int(3)), static_cast<long>(stmt.column_int(4))});
    return entities;
}

// Pairs are stored once with a < b; a pair of kind × with may stand either way round.
void read_pairs(sql::Database& db, const CoMentionQuery& query, long units, std::vector<CoMentionPair>& out,
                std::vector<std::string>& stored_evidence) {
    const auto entities = entities_of_kinds(db, query);
    const bool by_question = query.scope == CoMentionScope::question;
    auto stmt = db.prepare(kPairsSql);
    while (stmt.step()) {
        const std::string a = stmt.column_text(0), b = stmt.column_text(1);
        auto ea = entities.find(a), eb = entities.find(b);
        if (ea == entities.end() || eb == entities.end()) continue;
        auto add = [&](const std::string& x, const EntityInfo& ex, const std::string& y, const EntityInfo& ey) {
            CoMentionPair pair;
            pair.a = {x, ex.name, query.kind};
            pair.b = {y, ey.name, query.with};
            pair.questions = static_cast<int>(stmt.column_int(2));
            pair.documents = static_cast<int>(stmt.column_int(by_question ? 3 : 4));
            long n_ab = by_question ? pair.questions : pair.documents;
            long n_x = by_question ? ex.questions : ex.documents;
            long n_y = by_question ? ey.questions : ey.documents;
            if (n_ab < query.min || n_ab <= 0) return;
            pair.jaccard = jaccard_score(n_ab, n_x, n_y);
            pair.npmi = npmi_score(n_ab, n_x, n_y, units);
            out.push_back(std::move(pair));
            stored_evidence.push_back(stmt.column_text(by_question ? 5 : 6));
        };
        if (ea->second.kind == query.kind && eb->second.kind == query.with) add(a, ea->second, b, eb->second);
        if (query.kind != query.with && ea->second.kind == query.with && eb->second.kind == query.kind)
            add(b, eb->second, a, ea->second);
    }
}

}  // namespace

double jaccard_score(long n_ab, long n_a, long n_b) {
    long united = n_a + n_b - n_ab;
    return united > 0 ? static_cast<double>(n_ab) / static_cast<double>(united) : 0.0;
}

double npmi_score(long n_ab, long n_a, long n_b, long n) {
    if (n_ab <= 0 || n_a <= 0 || n_b <= 0 || n <= 0) return -1.0;
    double p_ab = static_cast<double>(n_ab) / static_cast<double>(n);
    double p_a = static_cast<double>(n_a) / static_cast<double>(n);
    double p_b = static_cast<double>(n_b) / static_cast<double>(n);
    if (p_ab >= 1.0) return 1.0;
    return std::log(p_ab / (p_a * p_b)) / -std::log(p_ab);
}

std::vector<CoMentionPair> co_mentions(sql::Database& db, const CoMentionQuery& query) {
    const bool by_question = query.scope == CoMentionScope::question;
    const long units = total(db, by_question ? "questions" : "documents");
    std::vector<CoMentionPair> pairs;
    std::vector<std::string> stored;
    read_pairs(db, query, units, pairs, stored);

    std::vector<std::size_t> order(pairs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
        const CoMentionPair& x = pairs[i];
        const CoMentionPair& y = pairs[j];
        double sx = score(x, query.sort, query.scope), sy = score(y, query.sort, query.scope);
        return std::tie(sy, x.a.name, x.b.name) < std::tie(sx, y.a.name, y.b.name);
    });
    if (query.top && order.size() > query.top) order.resize(query.top);

    EvidenceReader reader(db, query.scope);
    std::vector<std::string> wanted;
    wanted.reserve(order.size());
    for (std::size_t i : order) wanted.push_back(stored[i]);
    reader.prefetch(wanted, query.evidence);
    std::vector<CoMentionPair> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order) {
        CoMentionPair& pair = pairs[i];
        pair.evidence = reader.read(pair.a.id, pair.b.id, stored[i], query.evidence);
        sorted.push_back(std::move(pair));
    }
    return sorted;
}

std::vector<Evidence> pair_evidence(sql::Database& db, const std::string& a, const std::string& b,
                                    CoMentionScope scope, std::size_t limit) {
    std::string stored;
    if (limit > 0 && limit <= CoMentionStats::kEvidence) {
        auto stmt = db.prepare(kStoredEvidenceSql);
        stmt.bind(1, std::min(a, b)).bind(2, std::max(a, b));
        if (stmt.step()) stored = stmt.column_text(scope == CoMentionScope::question ? 0 : 1);
    }
    return EvidenceReader(db, scope).read(a, b, stored, limit);
}

std::string evidence_link(const std::vector<Evidence>& evidence) {
    if (evidence.empty() || evidence.front().file.empty()) return "";
    const std::string& file = evidence.front().file;
    return file.front() == '/' ? "file://" + file : file;
}

std::string evidence_summary(const std::vector<Evidence>& evidence) {
    std::string text;
    for (const Evidence& e : evidence) {
        if (!text.empty()) text += "; ";
        text += e.official_id.empty() ? std::filesystem::path(e.file).filename().string() : e.official_id;
        if (!e.question.empty()) text += " question " + e.question;
    }
    return text;
}

ResultGraph co_mentions_graph(const std::vector<CoMentionPair>& pairs, const CoMentionQuery& query) {
    ResultGraph graph;
    graph.layout = ResultLayout::bipartite;
    graph.title = std::string("Co-mentions: ") + std::string(to_string(query.kind)) + " × " +
                  std::string(to_string(query.with)) + " (per " +
                  (query.scope == CoMentionScope::question ? "question" : "document") + ")";
    std::set<std::string> seen;
    auto add_node = [&](const EntityRef& ref) {
        if (!seen.insert(ref.id).second) return;
        ResultNode node;
        node.id = ref.id;
        node.label = ref.name;
        node.node_kind = NodeKind::entity;
        node.entity_kind = ref.kind;
        node.tooltip = ref.name + " (" + std::string(to_string(ref.kind)) + ", id " + ref.id + ")";
        graph.nodes.push_back(std::move(node));
    };
    for (const CoMentionPair& pair : pairs) add_node(pair.a);
    for (const CoMentionPair& pair : pairs) add_node(pair.b);
    for (const CoMentionPair& pair : pairs) {
        ResultEdge edge;
        edge.from = pair.a.id;
        edge.to = pair.b.id;
        int count = query.scope == CoMentionScope::question ? pair.questions : pair.documents;
        edge.weight = count;
        edge.label = std::to_string(count);
        edge.tooltip = evidence_summary(pair.evidence);
        edge.link = evidence_link(pair.evidence);
        graph.edges.push_back(std::move(edge));
    }
    return graph;
}

}  // namespace riskgraph
