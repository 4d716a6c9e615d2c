// Deterministic synthetic inputs for the micro-benchmarks: a lexicon of N
// aliases, running Dutch-like text with aliases sprinkled in, and a written
// questions document in the PDF extraction layout.
#pragma once

#include <cstddef>
#include <string>

#include "importers/lexicon.h"

namespace riskgraph::bench {

// `aliases` aliases over aliases/2 entities: mixed-case names, some
// multi-word, about 10% short all-capital acronyms, about 5% prefix ("x*").
Lexicon synthetic_lexicon(std::size_t aliases);

// About `bytes` bytes of text: filler words, one alias of `lexicon` (in varied
// case) every `every` words on average, lines of at most 75 columns.
std::string synthetic_text(const Lexicon& lexicon, std::size_t bytes, unsigned every);

// Like synthetic_text, but Dutch prose as the import sees it: mostly ASCII
// with occasional é, ë, ï, ’, – and non-breaking spaces.
std::string synthetic_prose(const Lexicon& lexicon, std::size_t bytes, unsigned every);

// A written-questions document: furniture, header, `questions` "Vraag N"
// questions wrapped at 75 columns with line-end hyphens, footnotes.
std::string synthetic_document(const Lexicon& lexicon, unsigned questions);

}  // namespace riskgraph::bench
