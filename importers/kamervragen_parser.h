// Reads the text of a Dutch parliamentary written-questions document (as
// extracted from the published PDF or DOCX, or copied from a web page) into
// a ParsedDocument. Pure function of its input: no I/O, no lexicon.
#pragma once

#include <string>
#include <string_view>

#include "graph/model.h"

namespace riskgraph {

// `text` is valid UTF-8 (the caller checks). `file` is used in records and
// error messages only. Throws InputError(file, line, reason) when the text is
// not a parliamentary questions document (no header, no questions, no notice).
ParsedDocument parse_kamervragen(std::string_view text, const std::string& file);

}  // namespace riskgraph
