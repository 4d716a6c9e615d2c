#include "graph/early_writeback.h"

#include <fcntl.h>
#include <unistd.h>

namespace riskgraph {

EarlyWriteback::EarlyWriteback(const std::filesystem::path& file)
    : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC)) {}

EarlyWriteback::~EarlyWriteback() {
    if (fd_ >= 0) ::close(fd_);
}

void EarlyWriteback::start() {
#ifdef __linux__
    // The page cache belongs to the file, not the descriptor: this one sees
    // the pages SQLite wrote through its own. Failure only loses the head start.
    if (fd_ >= 0) (void)::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

}  // namespace riskgraph
