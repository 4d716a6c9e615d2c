// Paths CMake passes to the tests, and the skip rule for ../shared.
#pragma once

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace riskgraph::test {

inline std::filesystem::path shared_dir() { return RISKGRAPH_SHARED_DIR; }
inline std::filesystem::path fixtures_dir() { return RISKGRAPH_FIXTURES_DIR; }
inline std::filesystem::path source_dir() { return RISKGRAPH_SOURCE_DIR; }

// Real documents live in ../shared beside the checkout (CI has it; a user's
// own clone may not). Tests that need them skip with this message.
#define RISKGRAPH_REQUIRE_SHARED()                                                       \
    do {                                                                                 \
        if (!std::filesystem::exists(::riskgraph::test::shared_dir() / "corpus"))        \
            GTEST_SKIP() << "../shared not found at " << ::riskgraph::test::shared_dir() \
                         << "; the tests on real documents need it";                   \
    } while (0)

}  // namespace riskgraph::test
