// Turns arbitrary user text into Graphviz attribute values that come out
// verbatim in the drawing. Graphviz interprets its string attributes: "\N",
// "\G", "\E" etc. are replaced by object names, "\n" "\l" "\r" break lines,
// "&name;" entities are decoded, and the SVG writer does not escape URLs.
// No Graphviz types here, so the functions are unit-tested directly.
//
// Measured against Graphviz 2.42/2.43 (Debian 12):
//  - label (node, edge, graph): escString substitution keeps "\\", the
//    line splitter turns "\\" into "\", entities are decoded first. So a
//    literal text needs "\" -> "\\" and "&" -> "&amp;".
//  - tooltip: entities decoded, then an extra "\x" -> "x" pass, then
//    escString substitution that turns "\\" into "\". So "\" -> "\\\\"
//    (four) and "&" -> "&amp;".
//  - URL/href: substituted like escString but written into the SVG without
//    any XML escaping, so characters not allowed in a URL are
//    percent-encoded and, for SVG, "&" is written as "&amp;".
#pragma once

#include <string>
#include <string_view>

namespace riskgraph {

// Valid UTF-8 that XML 1.0 accepts: invalid byte sequences, NUL, and C0
// control characters other than tab and newline become U+FFFD; "\r\n" and a
// lone "\r" become "\n".
std::string clean_text(std::string_view text);

// A value for "label" that Graphviz draws as exactly `text` (newlines break
// lines).
std::string graphviz_label(std::string_view text);

// A value for "tooltip" that ends up as exactly `text` in the SVG.
std::string graphviz_tooltip(std::string_view text);

// A value for "URL": characters that may not appear in a URL (space,
// controls, " < > \ ^ ` { | }) percent-encoded; non-ASCII kept (an IRI).
// With `for_svg`, "&" is written "&amp;" because Graphviz copies the value
// into the SVG attribute unescaped.
std::string graphviz_url(std::string_view url, bool for_svg);

}  // namespace riskgraph
