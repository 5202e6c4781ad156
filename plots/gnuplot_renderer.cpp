#include "gnuplot_renderer.hpp"

#include <gnuplot-iostream.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <unistd.h>

namespace veedor {

namespace fs = std::filesystem;

std::string find_gnuplot() {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string d; std::getline(dirs, d, ':');) {
        if (d.empty()) continue;
        fs::path candidate = fs::path(d) / "gnuplot";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    return {};
}

/// Only characters that need no quoting in a shell command: veedor makes these paths itself.
static bool shell_safe(const std::string& s) {
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '.' || c == '-' || c == '_')) return false;
    return !s.empty();
}

std::string GnuplotRenderer::render(const std::string& dir, const std::vector<Chart>& charts) {
    // gnuplot runs in a private folder beside the outputs: an image appears in `dir` only once
    // it is complete, and an earlier image survives a failed run.
    fs::path work = fs::path(dir) / (".veedor-render-" + std::to_string(::getpid()));
    std::error_code ec;
    fs::remove_all(work, ec);
    fs::create_directories(work, ec);
    if (ec) return work.string() + ": cannot create: " + ec.message();
    auto cleanup = [&] { fs::remove_all(work, ec); };
    std::string abs_work = fs::absolute(work).lexically_normal().string();
    if (!shell_safe(abs_work) || !shell_safe(gnuplot_)) {
        cleanup();
        return "the output folder's path has characters veedor will not pass to a shell: " + abs_work;
    }
    for (const Chart& c : charts) {
        fs::copy_file(fs::path(dir) / (c.name + ".gp"), work / (c.name + ".gp"), fs::copy_options::overwrite_existing, ec);
        fs::copy_file(fs::path(dir) / (c.name + ".dat"), work / (c.name + ".dat"), fs::copy_options::overwrite_existing, ec);
    }
    std::signal(SIGPIPE, SIG_IGN);  // a gnuplot that dies must not kill veedor
    // One gnuplot per chart, as an analyst who runs `gnuplot NAME.gp` has: some terminal state
    // survives `reset session` (the SVG terminal's current colour), and the images must be the
    // very bytes the script redraws.
    for (const Chart& c : charts) {
        Gnuplot gp("cd " + abs_work + " && " + gnuplot_);
        gp << "load '" << c.name << ".gp'\n";
        gp.flush();
        if (!gp.good()) {
            cleanup();
            return "gnuplot stopped before it read " + c.name + ".gp";
        }
    }  // each destructor waits for its gnuplot to finish
    std::string missing;
    std::vector<std::string> extensions = {".png", ".svg"};
    for (const Chart& c : charts) {
        bool pdf = c.script.find("set output '" + c.name + ".pdf'") != std::string::npos;
        for (const char* ext : {".png", ".svg", ".pdf"}) {
            if (std::string(ext) == ".pdf" && !pdf) continue;
            fs::path made = work / (c.name + ext);
            if (!fs::exists(made) || fs::file_size(made) == 0) {
                missing += (missing.empty() ? "" : ", ") + c.name + ext;
                continue;
            }
            fs::rename(made, fs::path(dir) / (c.name + ext), ec);
            if (ec) missing += (missing.empty() ? "" : ", ") + c.name + ext + " (" + ec.message() + ")";
        }
    }
    cleanup();
    if (!missing.empty()) return "gnuplot did not produce " + missing + " (its messages are above)";
    return {};
}

}  // namespace veedor
