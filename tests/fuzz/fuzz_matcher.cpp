// Any valid UTF-8 text against a fixed lexicon: offsets stay inside the text
// and on code point boundaries, matches do not overlap.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/errors.h"
#include "importers/matcher.h"
#include "importers/utf8_check.h"

namespace {
const riskgraph::Lexicon& lexicon() {
    static riskgraph::Lexicon l = [] {
        riskgraph::Lexicon x;
        x.add_json(R"({"entities": [
            {"id": "who", "kind": "institution", "name": "WHO", "aliases": ["WHO", "Wereldgezondheidsorganisatie"]},
            {"id": "un", "kind": "institution", "name": "UN", "aliases": ["VN", "Verenigde Naties"]},
            {"id": "charter", "kind": "treaty", "name": "Charter", "aliases": ["Handvest van de Verenigde Naties"]},
            {"id": "s", "kind": "topic", "name": "surveillance", "aliases": ["surveillance*", "camera’s"]},
            {"id": "c", "kind": "place", "name": "Curaçao", "aliases": ["Curaçao", "ß", "İstanbul"]}]})", "fuzz.json");
        return x;
    }();
    return l;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        riskgraph::check_text(text, "fuzz.txt");
    } catch (const riskgraph::InputError&) {
        return 0;
    }
    static const riskgraph::Matcher matcher(lexicon());
    std::size_t previous_end = 0;
    for (const auto& m : matcher.find(text)) {
        if (m.start_byte >= m.end_byte || m.end_byte > size || m.start_byte < previous_end) __builtin_trap();
        if (m.start_byte < size && (static_cast<unsigned char>(text[m.start_byte]) & 0xC0) == 0x80) __builtin_trap();
        previous_end = m.end_byte;
    }
    return 0;
}
