#include "cli/progress.h"

#include <cstdio>

namespace riskgraph::cli {

ProgressLine::ProgressLine(bool enabled, std::string label)
    : enabled_(enabled), label_(std::move(label)), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressLine::update(std::size_t done, std::size_t total, std::uintmax_t bytes) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double mb = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr, "\r%s: %zu/%zu files, %.1f MB, %.1f MB/s   ", label_.c_str(), done, total, mb,
                 seconds > 0 ? mb / seconds : 0.0);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::finish() {
    if (drawn_) std::fputs("\r\033[K", stderr);
    drawn_ = false;
}

}  // namespace riskgraph::cli
