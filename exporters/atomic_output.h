// Output that is never seen half-written: everything goes to a temporary name
// beside the target and is renamed over it only when complete. On an
// exception the temporary file or folder is removed and the target is left
// as it was.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace riskgraph {

void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

// Writes a folder of files. `write` receives an empty temporary folder to fill.
// An existing target is replaced only if it holds nothing but files named in
// `owned` (an earlier export of the same kind); anything else is refused, so
// an analyst's folder is never swept away.
void write_folder_atomically(const std::filesystem::path& target, const std::vector<std::string>& owned,
                             const std::function<void(const std::filesystem::path&)>& write);

}  // namespace riskgraph
