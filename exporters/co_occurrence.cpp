#include "exporters/co_occurrence.h"

#include <algorithm>
#include <cmath>

namespace riskgraph {

double jaccard(const QuestionCounts& n) {
    long long either = n.a + n.b - n.both;
    return either > 0 ? static_cast<double>(n.both) / static_cast<double>(either) : 0.0;
}

double npmi(const QuestionCounts& n) {
    if (n.both <= 0 || n.total <= 0) return -1.0;
    // p(a,b) = 1 means every question names both: perfect association, and
    // the formula would be 0/0.
    if (n.both >= n.total) return 1.0;
    double total = static_cast<double>(n.total);
    double p_ab = static_cast<double>(n.both) / total;
    double p_a = static_cast<double>(n.a) / total;
    double p_b = static_cast<double>(n.b) / total;
    double pmi = std::log(p_ab / (p_a * p_b));
    return std::clamp(pmi / -std::log(p_ab), -1.0, 1.0);
}

}  // namespace riskgraph
