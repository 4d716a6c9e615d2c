// Checks that a file's bytes are text riskgraph can read: valid UTF-8, no NUL
// bytes. Throws InputError with the line and column of the first fault.
#pragma once

#include <string>
#include <string_view>

namespace riskgraph {

void check_text(std::string_view bytes, const std::string& file);

}  // namespace riskgraph
