// riskgraph::Matcher::find with a 2000-alias lexicon: over 1 MB of text in
// one call (throughput of the automaton and of the overlap resolution), and
// over question-sized texts (the import's real call pattern).
#include <benchmark/benchmark.h>

#include "importers/matcher.h"
#include "micro/synthetic.h"

namespace {

using riskgraph::Matcher;

const riskgraph::Lexicon& lexicon() {
    static const riskgraph::Lexicon lex = riskgraph::bench::synthetic_lexicon(2000);
    return lex;
}

// state.range(0): one alias every N words on average (0: none).
void BM_MatcherFind1MB(benchmark::State& state) {
    const Matcher matcher(lexicon());
    const std::string text =
        riskgraph::bench::synthetic_text(lexicon(), 1 << 20, static_cast<unsigned>(state.range(0)));
    Matcher::Scratch scratch;
    std::vector<riskgraph::TextMatch> out;
    std::size_t matches = 0;
    for (auto _ : state) {
        out.clear();
        matcher.find(text, scratch, out);
        matches = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_MatcherFind1MB)->Arg(0)->Arg(200)->Arg(30)->Unit(benchmark::kMillisecond);

void BM_MatcherFindQuestions(benchmark::State& state) {
    const Matcher matcher(lexicon());
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    for (int i = 0; i < 4096; ++i) {
        texts.push_back(riskgraph::bench::synthetic_text(lexicon(), 200, 15));
        bytes += texts.back().size();
    }
    Matcher::Scratch scratch;
    std::vector<riskgraph::TextMatch> out;
    for (auto _ : state) {
        for (const std::string& t : texts) {
            out.clear();
            matcher.find(t, scratch, out);
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
}
BENCHMARK(BM_MatcherFindQuestions)->Unit(benchmark::kMillisecond);

void BM_MatcherBuild(benchmark::State& state) {
    for (auto _ : state) {
        Matcher matcher(lexicon());
        benchmark::DoNotOptimize(matcher.pattern_count());
    }
}
BENCHMARK(BM_MatcherBuild)->Unit(benchmark::kMillisecond);

}  // namespace
