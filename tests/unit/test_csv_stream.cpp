// The streaming CSV reader: quotes, doubled quotes, line ends inside fields, CRLF, line numbers.
#include "csv/csv_stream.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace veedor;

namespace {
std::vector<std::vector<std::string>> read_all(const std::string& text, std::vector<long>* lines = nullptr) {
    test::TempDir dir("csv");
    auto path = dir / "f.csv";
    std::ofstream(path, std::ios::binary) << text;
    CsvStream in(path.string());
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string_view> fields;
    while (in.next(fields)) {
        rows.emplace_back(fields.begin(), fields.end());
        if (lines) lines->push_back(in.line());
    }
    return rows;
}
using Rows = std::vector<std::vector<std::string>>;
}  // namespace

TEST_CASE("quoted and plain fields, doubled quotes, commas inside quotes") {
    CHECK(read_all("\"a\",\"b, c\",d\n\"say \"\"hi\"\"\",,\"\"\n") ==
          Rows{{"a", "b, c", "d"}, {"say \"hi\"", "", ""}});
}

TEST_CASE("CRLF, a missing final line end and blank lines") {
    CHECK(read_all("a,b\r\nc,d\r\n\r\ne,f") == Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}});
}

TEST_CASE("a line end inside quotes stays in the field, and line numbers count it") {
    std::vector<long> lines;
    CHECK(read_all("h1,h2\n\"two\nlines\",x\ny,z\n", &lines) == Rows{{"h1", "h2"}, {"two\nlines", "x"}, {"y", "z"}});
    CHECK(lines == std::vector<long>{1, 2, 4});
}

TEST_CASE("records longer than the buffer and files larger than it") {
    std::string big(3 << 20, 'x');  // one field of 3 MiB
    auto rows = read_all("a,\"" + big + "\"\nb,c\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][1].size() == big.size());
    CHECK(rows[1] == std::vector<std::string>{"b", "c"});
    std::string many;
    for (int i = 0; i < 200000; ++i) many += "\"" + std::to_string(i) + "\",\"v\"\n";
    auto all = read_all(many);
    REQUIRE(all.size() == 200000);
    CHECK(all[199999][0] == "199999");
}

TEST_CASE("an unclosed quote at the end of the file is the last field") {
    CHECK(read_all("a,\"unclosed\n") == Rows{{"a", "\"unclosed\n"}});
}
