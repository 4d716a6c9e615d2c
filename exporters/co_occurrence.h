// Association measures of a co-mention edge over questions (docs/exports.md).
#pragma once

namespace riskgraph {

struct QuestionCounts {
    long long a = 0;      // questions naming entity a
    long long b = 0;      // questions naming entity b
    long long both = 0;   // questions naming both
    long long total = 0;  // all questions in the store
};

// |Q(a) ∩ Q(b)| / |Q(a) ∪ Q(b)|; 0 when neither is named.
double jaccard(const QuestionCounts& n);

// Normalised pointwise mutual information, in [-1, 1]: -1 when the two are
// never named together, 0 when independent, 1 when always together.
double npmi(const QuestionCounts& n);

}  // namespace riskgraph
