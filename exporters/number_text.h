// Doubles as text that reads back to the same value, independent of the
// C++ locale (a comma decimal separator would break every format here).
#pragma once

#include <string>

namespace riskgraph {

std::string number_text(double value);

}  // namespace riskgraph
