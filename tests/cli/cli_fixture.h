// Runs the riskgraph binary as a user does, in a fresh temporary folder with
// its own lexicon and database, and captures exit code, stdout and stderr.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace riskgraph::test {

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) ++n;
    return n;
}

class CliFixture : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("riskgraph-cli-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_ / "docs");
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    void write(const std::string& relative, const std::string& content) {
        std::ofstream(dir_ / relative, std::ios::binary) << content;
    }

    // With own_lexicon, runs against graph.db and lexicon.json in the folder.
    CliRun run(const std::string& args, bool own_lexicon = true) {
        std::string prefix = own_lexicon ? "--db " + db().string() + " --no-default-lexicon --lexicon " +
                                               (dir_ / "lexicon.json").string() + " "
                                         : "";
        std::string command = "cd " + dir_.string() + " && " + RISKGRAPH_BINARY + " " + prefix + args + " >" +
                              (dir_ / "out").string() + " 2>" + (dir_ / "err").string() + " </dev/null";
        int status = std::system(command.c_str());
        return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir_ / "out"), slurp(dir_ / "err")};
    }

    std::filesystem::path db() const { return dir_ / "graph.db"; }
    std::filesystem::path dir_;
};

}  // namespace riskgraph::test
