#include "exporters/atomic_output.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "graph/errors.h"

namespace riskgraph {
namespace fs = std::filesystem;
namespace {

fs::path temporary_beside(const fs::path& target, const char* what) {
    return fs::path(target.string() + "." + what + "-" + std::to_string(::getpid()));
}

}  // namespace

void write_file_atomically(const fs::path& target, const std::function<void(std::ostream&)>& write) {
    fs::path partial = temporary_beside(target, "partial");
    try {
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            if (!out) throw Error(target.string() + ": cannot write");
            write(out);
            out.flush();
            if (!out) throw Error(target.string() + ": write failed");
        }
        fs::rename(partial, target);
    } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        throw;
    }
}

void write_folder_atomically(const fs::path& target, const std::vector<std::string>& owned,
                             const std::function<void(const fs::path&)>& write) {
    if (fs::exists(target)) {
        if (!fs::is_directory(target)) throw Error(target.string() + ": exists and is not a folder");
        for (const auto& entry : fs::directory_iterator(target)) {
            std::string name = entry.path().filename().string();
            if (std::find(owned.begin(), owned.end(), name) == owned.end())
                throw Error(target.string() + ": holds " + name +
                            ", which an export did not write; choose a new or empty folder");
        }
    }
    fs::path partial = temporary_beside(target, "partial");
    fs::path previous = temporary_beside(target, "previous");
    try {
        fs::remove_all(partial);
        fs::create_directories(partial);
        write(partial);
        if (fs::exists(target)) fs::rename(target, previous);
        fs::rename(partial, target);
        fs::remove_all(previous);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(partial, ignored);
        if (fs::exists(previous, ignored) && !fs::exists(target, ignored)) fs::rename(previous, target, ignored);
        throw;
    }
}

}  // namespace riskgraph
