// Outputs are complete or absent; inputs are never overwritten.
#include "io/atomic_file.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace veedor;
namespace fs = std::filesystem;

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
    std::string err = write_outputs({{(dir / "a.csv").string(), "new"}, {(dir / "b.md").string(), "x"}}, {});
    CHECK(err == (dir / "b.md").string() + ": is a folder; cannot write a file there");
    CHECK(slurp(dir / "a.csv") == "old");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}) == 2);  // no temporary left
}

TEST_CASE("an input is never an output") {
    test::TempDir temp("atomic");
    const fs::path& dir = temp.path();
    std::ofstream(dir / "model.yaml") << "model";
    std::string err = write_outputs({{(dir / "model.yaml").string(), "x"}}, {(dir / "model.yaml").string()});
    CHECK(err.find("is an input of this run") != std::string::npos);
    CHECK(slurp(dir / "model.yaml") == "model");
    CHECK(write_outputs({{(dir / "out.csv").string(), "fresh"}}, {(dir / "model.yaml").string()}).empty());
    CHECK(slurp(dir / "out.csv") == "fresh");
}
