#include "writers/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace veedor {

namespace fs = std::filesystem;

static bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

std::string write_outputs(const std::vector<OutputFile>& files, const std::vector<std::string>& inputs) {
    for (const OutputFile& f : files)
        for (const std::string& in : inputs)
            if (same_file(f.path, in)) return f.path + ": is an input of this run; veedor never overwrites an input";

    // Check every target before replacing any, so that a run fails before it changes anything.
    for (const OutputFile& f : files) {
        std::error_code ec;
        if (fs::is_directory(f.path, ec)) return f.path + ": is a folder; cannot write a file there";
        fs::path parent = fs::path(f.path).parent_path();
        if (!parent.empty() && fs::exists(parent, ec) && !fs::is_directory(parent, ec))
            return parent.string() + ": is not a folder";
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
            return target.parent_path().string() + ": cannot create the folder: " + ec.message();
        }
        std::string tmp = f.path + ".tmp-" + std::to_string(::getpid());
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            out << f.content;
            out.close();
            if (out.fail()) {
                std::remove(tmp.c_str());
                cleanup();
                return f.path + ": cannot be written: " + std::strerror(errno);
            }
        }
        written.emplace_back(tmp, f.path);
    }
    for (auto& [tmp, final_path] : written) {
        if (std::rename(tmp.c_str(), final_path.c_str()) != 0) {
            std::string err = final_path + ": cannot be replaced: " + std::strerror(errno);
            cleanup();
            return err;
        }
    }
    return {};
}

}  // namespace veedor
