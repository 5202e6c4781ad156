#include "cli/progress.hpp"

#include "text/table.hpp"

#include <iostream>

#include <unistd.h>

namespace veedor {

ProgressBar::ProgressBar(std::ostream& err, std::string label)
    : err_(err), label_(terminal_safe(label)), enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;  // erase the bar
}

void ProgressBar::update(long done, long total) {
    if (!enabled_ || total <= 0) return;
    if (!shown_ && std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
    shown_ = true;
    constexpr int width = 30;
    int filled = static_cast<int>(done * width / total);
    err_.flush();  // any message first, whole
    // Straight to the terminal: `err` shows every control character inertly (cli/app.cpp), and
    // the bar's own \r and erase sequence must act. Its label (a file name) is escaped above.
    std::cerr << "\r" << label_ << " [" << std::string(static_cast<size_t>(filled), '#')
         << std::string(static_cast<size_t>(width - filled), '.') << "] " << done << "/" << total << std::flush;
}

}  // namespace veedor
