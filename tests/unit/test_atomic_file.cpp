// Outputs are complete or absent; inputs are never overwritten.
#include "writers/atomic_file.hpp"

#include "text/messages.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace veedor;
namespace fs = std::filesystem;

/// The refusal in English, or "" when every file was written.
static std::string written(const std::vector<OutputFile>& files, const std::vector<std::string>& inputs) {
    std::optional<Message> problem = write_outputs(files, inputs);
    return problem ? message_text(*problem, Lang::en) : "";
}

static std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST_CASE("a failing target replaces nothing") {
    test::TempDir temp("atomic");
    const fs::path& dir = temp.path();
    fs::create_directories(dir / "b.md");  // a folder where a file should go
    std::ofstream(dir / "a.csv") << "old";
    std::string err = written({{(dir / "a.csv").string(), "new"}, {(dir / "b.md").string(), "x"}}, {});
    CHECK(err == (dir / "b.md").string() + ": is a folder; cannot write a file there");
    CHECK(slurp(dir / "a.csv") == "old");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 2);  // no temporary left
}

TEST_CASE("an input is never an output") {
    test::TempDir temp("atomic");
    const fs::path& dir = temp.path();
    std::ofstream(dir / "model.yaml") << "model";
    std::string err = written({{(dir / "model.yaml").string(), "x"}}, {(dir / "model.yaml").string()});
    CHECK(err.find("is an input of this run") != std::string::npos);
    CHECK(slurp(dir / "model.yaml") == "model");
    CHECK(written({{(dir / "out.csv").string(), "fresh"}}, {(dir / "model.yaml").string()}).empty());
    CHECK(slurp(dir / "out.csv") == "fresh");
}

TEST_CASE("a device or a pipe or a socket is never replaced by a file") {
    fs::path dir = fs::temp_directory_path() / ("veedor-atomic-device-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(written({{fifo.string(), "x"}}, {}) ==
          fifo.string() + ": is not a regular file (a device, a pipe or a socket); veedor writes only regular files");
    CHECK(fs::is_fifo(fifo));
    CHECK(written({{"/dev/null", "x"}}, {}) ==
          "/dev/null: is not a regular file (a device, a pipe or a socket); veedor writes only regular files");
    CHECK(fs::is_character_file("/dev/null"));
    // A symlink to a regular file is a regular target.
    std::ofstream(dir / "real.md") << "old";
    fs::create_symlink(dir / "real.md", dir / "link.md");
    CHECK(written({{(dir / "link.md").string(), "new"}}, {}).empty());
    fs::remove_all(dir);
}

TEST_CASE("text outputs are valid UTF-8 and images keep their bytes") {
    fs::path dir = fs::temp_directory_path() / ("veedor-atomic-utf8-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    CHECK(written({{(dir / "a.md").string(), "plan\xFF.yaml"}, {(dir / "a.png").string(), "\x89PNG\xFF", true}},
                        {}).empty());
    CHECK(slurp(dir / "a.md") == "plan\xEF\xBF\xBD.yaml");
    CHECK(slurp(dir / "a.png") == "\x89PNG\xFF");
    fs::remove_all(dir);
}

TEST_CASE("leftovers of a killed run are removed by the next and do not change its outputs") {
    fs::path dir = fs::temp_directory_path() / ("veedor-atomic-leftovers-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / ".veedor-render-999999");
    std::ofstream(dir / "brief.md.tmp-999999") << "stale";
    std::ofstream(dir / "notes.txt.tmp-999999") << "not ours";  // not named after a target: kept
    std::ofstream(dir / "brief.md") << "old";
    CHECK(written({{(dir / "brief.md").string(), "new"}}, {}).empty());
    CHECK(slurp(dir / "brief.md") == "new");
    CHECK_FALSE(fs::exists(dir / "brief.md.tmp-999999"));
    CHECK_FALSE(fs::exists(dir / ".veedor-render-999999"));
    CHECK(fs::exists(dir / "notes.txt.tmp-999999"));
    fs::remove_all(dir);
}

TEST_CASE("a folder that refuses a new file is named with the system's reason") {
    // As root the permission bits do not refuse; the message is the same for a read-only mount.
    if (::geteuid() == 0) return;
    fs::path dir = fs::temp_directory_path() / ("veedor-atomic-ro-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
    CHECK(written({{(dir / "a.md").string(), "x"}}, {}) ==
          dir.string() + ": cannot write files in this folder: Permission denied");
    fs::permissions(dir, fs::perms::owner_all);
    fs::remove_all(dir);
}

TEST_CASE("a refused target is a message in both languages") {
    test::TempDir temp("atomic");
    const fs::path& dir = temp.path();
    std::ofstream(dir / "model.yaml") << "model";
    std::string target = (dir / "model.yaml" / "compare.csv").string();
    std::optional<Message> problem = write_outputs({{target, "x"}}, {});
    REQUIRE(problem);
    CHECK(problem->key == "output.parent-not-folder");
    CHECK(message_text(*problem, Lang::en) == (dir / "model.yaml").string() + ": is not a folder");
    CHECK(message_text(*problem, Lang::es) == (dir / "model.yaml").string() + ": no es una carpeta");
    problem = write_outputs({{(dir / "model.yaml").string(), "x"}}, {(dir / "model.yaml").string()});
    REQUIRE(problem);
    CHECK(message_text(*problem, Lang::es) ==
          (dir / "model.yaml").string() + ": es una entrada de esta ejecución; veedor nunca sobrescribe una entrada");
}
