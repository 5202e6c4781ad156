#include "writers/atomic_file.hpp"

#include "text/file_names.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <unistd.h>

namespace veedor {

namespace fs = std::filesystem;

static bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

/// Why `path` cannot be a target, or nothing.
static std::optional<Message> refused_target(const std::string& path) {
    std::error_code ec;
    auto status = fs::status(path, ec);  // follows a symlink: one to a regular file is fine
    if (fs::is_directory(status)) return msg("output.is-folder", path);
    if (fs::exists(status) && !fs::is_regular_file(status)) return msg("output.not-regular", path);
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && fs::exists(parent, ec) && !fs::is_directory(parent, ec))
        return msg("output.parent-not-folder", parent.string());
    return std::nullopt;
}

/// The PID in a leftover's name ("brief.md.tmp-4242", ".veedor-render-4242"), or 0.
static pid_t leftover_pid(const std::string& name, const std::set<std::string>& targets) {
    std::string digits;
    if (name.rfind(".veedor-render-", 0) == 0) {
        digits = name.substr(15);
    } else {
        auto at = name.rfind(".tmp-");
        if (at == std::string::npos || !targets.count(name.substr(0, at))) return 0;
        digits = name.substr(at + 5);
    }
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
    return static_cast<pid_t>(std::stol(digits));
}

/// Removes what a killed run of veedor left beside the targets: only files named after one of
/// them (and the render folders of earlier versions), and only of a process that is gone.
static void remove_leftovers(const std::vector<OutputFile>& files) {
    std::set<fs::path> folders;
    std::set<std::string> targets;
    for (const OutputFile& f : files) {
        folders.insert(fs::path(f.path).parent_path());
        targets.insert(fs::path(f.path).filename().string());
    }
    for (const fs::path& folder : folders) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(folder.empty() ? "." : folder, ec)) {
            pid_t pid = leftover_pid(entry.path().filename().string(), targets);
            if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
        }
    }
}

/// Writes `bytes` to a new file at `path`. Returns 0, or the errno of the failure (the system's
/// true reason: an ofstream keeps none, and errno read later may be another call's).
static int write_new_file(const std::string& path, const std::string& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    for (size_t done = 0; done < bytes.size();) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int why = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return why;
        }
        done += static_cast<size_t>(n);
    }
    return ::close(fd) == 0 ? 0 : errno;
}

std::optional<Message> write_outputs(const std::vector<OutputFile>& files, const std::vector<std::string>& inputs) {
    for (const OutputFile& f : files)
        for (const std::string& in : inputs)
            if (same_file(f.path, in)) return msg("output.is-input", f.path);

    // Check every target before replacing any, so that a run fails before it changes anything.
    std::set<std::string> seen;
    for (const OutputFile& f : files) {
        if (std::optional<Message> why = refused_target(f.path)) return why;
        std::error_code ec;
        if (!seen.insert(fs::weakly_canonical(f.path, ec).string()).second) return msg("output.same-name", f.path);
    }

    std::vector<std::pair<std::string, std::string>> written;  // temporary, final
    auto cleanup = [&] {
        for (auto& [tmp, final_path] : written) std::remove(tmp.c_str());
    };
    for (const OutputFile& f : files) {
        fs::path target(f.path);
        std::error_code ec;
        if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
        if (ec) {
            cleanup();
            return msg("output.cannot-create-folder", target.parent_path().string(), ec.message());
        }
        std::string tmp = f.path + ".tmp-" + std::to_string(::getpid());
        if (int why = write_new_file(tmp, f.binary ? f.content : utf8_repaired(f.content)); why != 0) {
            std::remove(tmp.c_str());
            cleanup();
            // The temporary file is a new one, so these refusals are the folder's.
            if (why == EACCES || why == EROFS)
                return msg("output.folder-refuses",
                           target.has_parent_path() ? target.parent_path().string() : std::string("."),
                           std::strerror(why));
            return msg("output.cannot-write", f.path, std::strerror(why));
        }
        written.emplace_back(tmp, f.path);
    }
    // The one short final pass: every output is complete on disk before the first rename.
    for (auto& [tmp, final_path] : written) {
        if (std::rename(tmp.c_str(), final_path.c_str()) != 0) {
            Message err = msg("output.cannot-replace", final_path, std::strerror(errno));
            cleanup();
            return err;
        }
    }
    remove_leftovers(files);
    return std::nullopt;
}

}  // namespace veedor
