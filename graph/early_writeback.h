// Starts the kernel writing a file's dirty pages to disk while a long
// transaction is still running, so that the commit's fsync has less left to
// wait for. Measured at 100,000 documents: the commit's fdatasync waited
// 0.16 s for the 268 MB written in the seconds before it, with the other
// core idle. Linux (sync_file_range); elsewhere start() does nothing.
#pragma once

#include <filesystem>

namespace riskgraph {

class EarlyWriteback {
public:
    // Opens `file` for reading; if it cannot, start() does nothing.
    explicit EarlyWriteback(const std::filesystem::path& file);
    ~EarlyWriteback();
    EarlyWriteback(const EarlyWriteback&) = delete;
    EarlyWriteback& operator=(const EarlyWriteback&) = delete;

    // Queues the write-out of every dirty page of the file and returns
    // without waiting for it. Durability is unchanged: the commit still
    // waits for every page.
    void start();

private:
    int fd_ = -1;
};

}  // namespace riskgraph
