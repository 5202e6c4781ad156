#pragma once
// A fresh folder in the temporary directory ($TMPDIR or /tmp), removed with everything in it when
// the TempDir goes out of scope, also when a REQUIRE fails: the suite leaves nothing behind.
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace test {

class TempDir {
public:
    /// A new folder named veedor-WHAT-XXXXXX: unique, so tests running at once never share it.
    explicit TempDir(const std::string& what) {
        std::string pattern = (std::filesystem::temp_directory_path() / ("veedor-" + what + "-XXXXXX")).string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder " + pattern);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;  // a destructor must not throw; nothing more can be done here
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

}  // namespace test
