#pragma once
/// A progress bar on standard error, only when it is a terminal and only once a run has taken
/// longer than a second; nothing at all when output goes to a file or a pipe. It draws on the
/// process's standard error itself (the terminal it checked), since the messages' stream `err`
/// shows control characters inertly; its label is shown as terminal_safe() shows it.

#include <chrono>
#include <iosfwd>
#include <string>

namespace veedor {

class ProgressBar {
public:
    ProgressBar(std::ostream& err, std::string label);
    ~ProgressBar();
    bool enabled() const { return enabled_; }
    void update(long done, long total);

private:
    std::ostream& err_;
    std::string label_;
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace veedor
