#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <random>

#include "cli/query_registry.h"

namespace riskgraph::cli {
namespace {

std::string printf3(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

// Scores in tables, JSON and diagrams must not change with the formatter.
TEST(Fixed3, WritesWhatPrintfWrites) {
    for (double value : {0.0, -0.0, 1.0, -1.0, 0.0005, 0.0015, 0.0025, 0.1235, -0.0004, 0.9995, 123456.7895,
                         1e-9, -1e-9, 0.125, 2.675})
        EXPECT_EQ(fixed3(value), printf3(value)) << value;
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> score(-1.0, 1.0);
    for (int i = 0; i < 100000; ++i) {
        double value = score(random);
        ASSERT_EQ(fixed3(value), printf3(value)) << value;
    }
    EXPECT_EQ(fixed3(0.0123), "0.012");
}

}  // namespace
}  // namespace riskgraph::cli
