// Text for XML 1.0 attribute values and element content.
#pragma once

#include <string>
#include <string_view>

namespace riskgraph {

// Escapes & < > " ' and writes tab, newline and carriage return as character
// references (so attribute values keep them). Other C0 control characters are
// not allowed in XML 1.0 at all and become U+FFFD. Input is UTF-8 (the
// importer refuses anything else); bytes >= 0x80 pass through unchanged.
std::string xml_escape(std::string_view text);

}  // namespace riskgraph
