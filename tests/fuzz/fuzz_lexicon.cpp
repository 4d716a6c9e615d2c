// Any bytes as a lexicon file: an InputError or a lexicon a matcher can use.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/errors.h"
#include "importers/matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view json(reinterpret_cast<const char*>(data), size);
    try {
        riskgraph::Lexicon lexicon;
        lexicon.add_json(json, "fuzz.json");
        riskgraph::Matcher matcher(lexicon);
        matcher.find("Huawei en de VN, WHO-lidstaten, surveillanceapparatuur");
    } catch (const riskgraph::InputError&) {
    }
    return 0;
}
