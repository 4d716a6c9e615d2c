// Any bytes: either a clear InputError or a document; never a crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/errors.h"
#include "importers/kamervragen_parser.h"
#include "importers/utf8_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        riskgraph::check_text(text, "fuzz.txt");
        riskgraph::ParsedDocument document = riskgraph::parse_kamervragen(text, "fuzz.txt");
        for (const auto& question : document.questions)
            if (question.text.size() > size * 4 + 64) __builtin_trap();  // text cannot grow from nothing
    } catch (const riskgraph::InputError&) {
    }
    return 0;
}
