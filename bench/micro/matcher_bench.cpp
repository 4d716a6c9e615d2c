// riskgraph::Matcher::find with a 2000-alias lexicon: over 1 MB of text in
// one call (throughput of the automaton and of the overlap resolution), and
// over question-sized texts (the import's real call pattern).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "importers/hashing.h"
#include "importers/matcher.h"
#include "importers/text_folding.h"
#include "importers/utf8_check.h"
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

// Question-sized Dutch prose with diacritics, curly apostrophes, dashes and
// non-breaking spaces: the import's real mix.
std::vector<std::string> prose_questions() {
    std::vector<std::string> texts;
    for (int i = 0; i < 4096; ++i) texts.push_back(riskgraph::bench::synthetic_prose(lexicon(), 200, 15));
    return texts;
}

std::size_t total_bytes(const std::vector<std::string>& texts) {
    std::size_t bytes = 0;
    for (const std::string& t : texts) bytes += t.size();
    return bytes;
}

void BM_MatcherFindProse(benchmark::State& state) {
    const Matcher matcher(lexicon());
    const std::vector<std::string> texts = prose_questions();
    Matcher::Scratch scratch;
    std::vector<riskgraph::TextMatch> out;
    for (auto _ : state) {
        for (const std::string& t : texts) {
            out.clear();
            matcher.find(t, scratch, out);
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes(texts)));
}
BENCHMARK(BM_MatcherFindProse)->Unit(benchmark::kMillisecond);

// The same prose against data/lexicon.json, the lexicon imports use.
void BM_MatcherFindProseBundledLexicon(benchmark::State& state) {
    riskgraph::Lexicon bundled;
    bundled.add_file(std::filesystem::path(__FILE__).parent_path() / "../../data/lexicon.json");
    const Matcher matcher(bundled);
    const std::vector<std::string> texts = prose_questions();
    Matcher::Scratch scratch;
    std::vector<riskgraph::TextMatch> out;
    std::size_t matches = 0;
    for (auto _ : state) {
        matches = 0;
        for (const std::string& t : texts) {
            out.clear();
            matcher.find(t, scratch, out);
            matches += out.size();
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes(texts)));
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(BM_MatcherFindProseBundledLexicon)->Unit(benchmark::kMillisecond);

void BM_FoldProse(benchmark::State& state) {
    const riskgraph::TextFolder folder;
    const std::vector<std::string> texts = prose_questions();
    riskgraph::FoldedText folded;
    for (auto _ : state) {
        for (const std::string& t : texts) folder.fold(t, folded);
        benchmark::DoNotOptimize(folded.bytes.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total_bytes(texts)));
}
BENCHMARK(BM_FoldProse)->Unit(benchmark::kMillisecond);

const std::string& prose_1mb() {
    static const std::string text = riskgraph::bench::synthetic_prose(lexicon(), 1 << 20, 30);
    return text;
}

void BM_CheckText1MB(benchmark::State& state) {
    const std::string& text = prose_1mb();
    const std::string file = "bench.txt";
    for (auto _ : state) {
        riskgraph::check_text(text, file);
        benchmark::ClobberMemory();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_CheckText1MB)->Unit(benchmark::kMicrosecond);

void BM_Fnv1a1MB(benchmark::State& state) {
    const std::string& text = prose_1mb();
    for (auto _ : state) benchmark::DoNotOptimize(riskgraph::fnv1a64(text));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Fnv1a1MB)->Unit(benchmark::kMicrosecond);

void BM_MatcherBuild(benchmark::State& state) {
    for (auto _ : state) {
        Matcher matcher(lexicon());
        benchmark::DoNotOptimize(matcher.pattern_count());
    }
}
BENCHMARK(BM_MatcherBuild)->Unit(benchmark::kMillisecond);

}  // namespace
