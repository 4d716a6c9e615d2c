// riskgraph::parse_kamervragen on a generated written-questions document
// (PDF extraction layout, line-end hyphens, footnotes), by question count.
#include <benchmark/benchmark.h>

#include "importers/kamervragen_parser.h"
#include "micro/synthetic.h"

namespace {

void BM_ParseKamervragen(benchmark::State& state) {
    const riskgraph::Lexicon lexicon = riskgraph::bench::synthetic_lexicon(200);
    const std::string doc =
        riskgraph::bench::synthetic_document(lexicon, static_cast<unsigned>(state.range(0)));
    const std::string file = "bench.txt";
    std::size_t questions = 0;
    for (auto _ : state) {
        riskgraph::ParsedDocument parsed = riskgraph::parse_kamervragen(doc, file);
        questions = parsed.questions.size();
        benchmark::DoNotOptimize(parsed.questions.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * doc.size()));
    state.counters["questions"] = static_cast<double>(questions);
}
BENCHMARK(BM_ParseKamervragen)->Arg(8)->Arg(60)->Unit(benchmark::kMicrosecond);

}  // namespace
