#include "plots/gnuplot_renderer.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace veedor {

namespace fs = std::filesystem;

std::string find_on_path(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string d; std::getline(dirs, d, ':');) {
        if (d.empty()) continue;
        fs::path candidate = fs::path(d) / program;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    return {};
}

std::string find_gnuplot() { return find_on_path("gnuplot"); }

namespace {

/// A private folder in the system's temporary directory, removed with everything in it.
class WorkFolder {
public:
    WorkFolder() {
        std::string pattern = (fs::temp_directory_path() / "veedor-render-XXXXXX").string();
        if (::mkdtemp(pattern.data())) path_ = pattern;
        else problem_ = msg("tool.private-folder", pattern, std::strerror(errno));
    }
    ~WorkFolder() {
        std::error_code ec;
        if (!path_.empty()) fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    const std::optional<Message>& problem() const { return problem_; }

private:
    fs::path path_;
    std::optional<Message> problem_;
};

bool write_file(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    out.close();
    return !out.fail();
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The environment gnuplot runs in: the user's, with the locale set to C.UTF-8. The scripts are
/// UTF-8 (`set encoding utf8`); under the C locale of a bare container or CI gnuplot warned
/// "iconv failed to convert degree sign" on every chart, and a user's locale must not change the
/// images either (the same inputs give the same bytes).
std::vector<std::string> gnuplot_environment() {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string_view var(*e);
        if (!var.starts_with("LC_ALL=") && !var.starts_with("LANG=") && !var.starts_with("LC_")) env.emplace_back(var);
    }
    env.emplace_back("LC_ALL=C.UTF-8");
    return env;
}

/// Runs `gnuplot SCRIPT` with `dir` as its working folder: no shell, so no path is ever parsed
/// as a command. Returns why it failed, nothing when gnuplot exited 0.
std::optional<Message> run_gnuplot(const std::string& gnuplot, const fs::path& dir, const std::string& script) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
    std::vector<std::string> args = {gnuplot, script};
    std::vector<char*> argv = {args[0].data(), args[1].data(), nullptr};
    std::vector<std::string> env = gnuplot_environment();
    std::vector<char*> envp;
    for (std::string& var : env) envp.push_back(var.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, gnuplot.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return msg("tool.cannot-run", gnuplot, std::strerror(rc));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return msg("render.failed-on", script);
    return std::nullopt;
}

}  // namespace

std::optional<Message> GnuplotRenderer::render(const std::vector<Chart>& charts, std::vector<Image>& images) {
    WorkFolder work;
    if (work.problem()) return work.problem();
    // One gnuplot per chart, as an analyst who runs `gnuplot NAME.gp` has: some terminal state
    // survives `reset session` (the SVG terminal's current colour), and the images must be the
    // very bytes the script redraws.
    // What is missing, "A.png, B.svg" or "A (why gnuplot failed)": a list made of nested messages.
    std::optional<Message> missing;
    auto add = [&](Message m) { missing = missing ? msg("render.list", *missing, std::move(m)) : std::move(m); };
    for (const Chart& c : charts) {
        if (!write_file(work.path() / (c.name + ".gp"), c.script) || !write_file(work.path() / (c.name + ".dat"), c.data))
            return msg("render.cannot-write", work.path().string(), c.name + ".gp");
        std::optional<Message> failed = run_gnuplot(gnuplot_, work.path(), c.name + ".gp");
        bool pdf = c.script.find("set output '" + c.name + ".pdf'") != std::string::npos;
        for (const char* ext : {".png", ".svg", ".pdf"}) {
            if (std::string(ext) == ".pdf" && !pdf) continue;
            fs::path made = work.path() / (c.name + ext);
            std::error_code ec;
            if (!fs::exists(made, ec) || fs::file_size(made, ec) == 0) {
                add(as_is(c.name + ext));
                continue;
            }
            images.push_back({c.name + ext, read_file(made)});
        }
        if (failed && !missing) add(msg("render.chart-failed", c.name, *failed));
    }
    if (missing) return msg("render.not-produced", *missing);
    return std::nullopt;
}

}  // namespace veedor
