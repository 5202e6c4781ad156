#include "cli/pdf_print.hpp"

#include "plots/gnuplot_renderer.hpp"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace veedor {

namespace fs = std::filesystem;

std::string find_chromium() {
    for (const char* name : {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"})
        if (std::string found = find_on_path(name); !found.empty()) return found;
    return {};
}

namespace {

/// A file:// URL for an absolute path: every byte but letters, digits and `/._-~` is
/// percent-encoded, so a TMPDIR holding `#`, `?` or `%` still names the file.
std::string file_url(const fs::path& p) {
    static const char hex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : p.string()) {
        if (std::isalnum(c) || std::strchr("/._-~", c)) url += static_cast<char>(c);
        else url += {'%', hex[c >> 4], hex[c & 15]};
    }
    return url;
}

/// Starts `argv` in a process group of its own, its output to `log`; 0 when it could not start.
pid_t spawn_quiet(std::vector<std::string>& args, const fs::path& log, std::optional<Message>& problem) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);  // its own group: a timeout ends Chromium's helpers too
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, args[0].c_str(), &actions, &attr, argv.data(), environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        problem = msg("tool.cannot-run", args[0], std::strerror(rc));
        return 0;
    }
    return pid;
}

/// Waits for `pid` at most `timeout_seconds`; then ends its whole group (helpers it left too).
/// Returns why it failed, nothing when it exited 0 in time.
std::optional<Message> wait_or_kill(pid_t pid, const std::string& program, int timeout_seconds) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    int status = 0;
    std::optional<Message> problem;
    for (;;) {
        pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) {
            problem = msg("pdf.lost-track", program, std::strerror(errno));
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(-pid, SIGKILL);
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            ::kill(-pid, SIGKILL);
            return msg("pdf.timeout", program, timeout_seconds);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(-pid, SIGKILL);  // helpers that outlive the browser would keep the private folder busy
    if (!problem && (!WIFEXITED(status) || WEXITSTATUS(status) != 0))
        problem = WIFEXITED(status) ? msg("pdf.failed-exit", program, WEXITSTATUS(status)) : msg("pdf.failed-signal", program);
    return problem;
}

/// A private folder in the system's temporary directory, removed with everything in it.
class PrivateFolder {
public:
    PrivateFolder() {
        std::error_code ec;
        std::string pattern = (fs::temp_directory_path(ec) / "veedor-pdf-XXXXXX").string();
        if (!ec && ::mkdtemp(pattern.data())) path_ = pattern;
        else problem_ = msg("tool.private-folder", pattern, std::strerror(errno));
    }
    ~PrivateFolder() {
        std::error_code ec;
        if (!path_.empty()) fs::remove_all(path_, ec);
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
    const fs::path& path() const { return path_; }
    const std::optional<Message>& problem() const { return problem_; }

private:
    fs::path path_;
    std::optional<Message> problem_;
};

}  // namespace

PrintedPdf print_pdf(const std::string& chromium, const std::string& html, int timeout_seconds) {
    PrivateFolder work;
    if (work.problem()) return {{}, work.problem()};
    const fs::path page = work.path() / "brief.html", pdf = work.path() / "brief.pdf";
    {
        std::ofstream out(page, std::ios::binary);
        out << html;
        if (!out.flush()) return {{}, msg("pdf.cannot-write-page", page.string())};
    }
    std::vector<std::string> args = {chromium, "--headless", "--disable-gpu", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update",
                                     "--disable-sync", "--user-data-dir=" + (work.path() / "profile").string(),
                                     "--no-pdf-header-footer", "--print-to-pdf=" + pdf.string()};
    // Chromium refuses to start as root with its sandbox on (containers, CI); the page is veedor's
    // own, with no script.
    if (::geteuid() == 0) args.push_back("--no-sandbox");
    args.push_back(file_url(page));
    std::optional<Message> problem;
    pid_t pid = spawn_quiet(args, work.path() / "chromium.log", problem);
    if (pid == 0) return {{}, problem};
    problem = wait_or_kill(pid, chromium, timeout_seconds);
    if (problem) return {{}, problem};
    std::ifstream in(pdf, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string made = bytes.str();
    if (made.rfind("%PDF-", 0) != 0) return {{}, msg("pdf.no-pdf", chromium)};
    return {std::move(made), std::nullopt};
}

}  // namespace veedor
