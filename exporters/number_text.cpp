#include "exporters/number_text.h"

#include <charconv>

namespace riskgraph {

std::string number_text(double value) {
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace riskgraph
