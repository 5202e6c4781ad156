// The YAML seam: what yaml-cpp would accept silently is reported here with its location.
#include "yaml/yaml_fields.hpp"
#include "yaml/yaml_tree.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace veedor;

static std::string first_error(std::string_view text) {
    Diagnostics d;
    parse_yaml_text(text, "t.yaml", d);
    return d.all().empty() ? "" : d.all().front().str();
}

TEST_CASE("a tree keeps text, quoting and positions") {
    Diagnostics d;
    YamlNode root = parse_yaml_text("a: 010\nb: \"3803268.50\"\nc: [1, 2]\n", "t.yaml", d);
    REQUIRE(d.all().empty());
    REQUIRE(root.is_map());
    REQUIRE(root.entries.size() == 3);
    CHECK(root.entries[0].second.text == "010");
    CHECK_FALSE(root.entries[0].second.quoted);
    CHECK(root.entries[1].second.quoted);
    CHECK(root.entries[1].second.where.str() == "t.yaml:2:4");
    CHECK(root.entries[2].second.items.size() == 2);
}

TEST_CASE("aliases and anchors are errors, with their place") {
    CHECK(first_error("a: &x 1\nb: *x\n") == "t.yaml:1:4: error: anchors (&name) are not allowed; write each value where it applies");
    Diagnostics d;
    parse_yaml_text("a: &x 1\nb: *x\n", "t.yaml", d);
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[1].str() == "t.yaml:2:4: error: aliases (*name) are not allowed; write the value where it applies");
}

TEST_CASE("an alias bomb is stopped without expanding it") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c)
        bomb += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
    Diagnostics d;
    parse_yaml_text(bomb, "t.yaml", d);
    CHECK(d.error_count() > 0);
}

TEST_CASE("a second document is an error") {
    CHECK(first_error("a: 1\n---\nb: 2\n") == "t.yaml:2:1: error: a second YAML document starts here; a file holds exactly one");
}

TEST_CASE("nesting deeper than the limit is an error, not a crash") {
    std::string deep(30, '[');
    deep += std::string(30, ']') + "\n";
    CHECK(first_error(deep) == "t.yaml:1:21: error: nesting deeper than 20 levels; veedor files are never that deep");
    std::string very_deep(100000, '[');
    CHECK(first_error(very_deep).find("nesting deeper than 20 levels") != std::string::npos);
}

TEST_CASE("tags are errors") {
    CHECK(first_error("a: !!int 5\n") == "t.yaml:1:4: error: YAML tags (tag:yaml.org,2002:int) are not allowed");
}

TEST_CASE("syntax errors carry yaml-cpp's position") {
    CHECK(first_error("a: [1, 2\n") == "t.yaml:2:1: error: YAML syntax: end of sequence flow not found");
    CHECK(first_error("a: 1\n b: 2\n") == "t.yaml:2:3: error: YAML syntax: illegal map value");
}

TEST_CASE("bytes that are not UTF-8 text are errors with their place") {
    CHECK(first_error(std::string("a: 1\nb: x\0y\n", 12)) == "t.yaml:2:5: error: NUL byte; this is not a text file");
    CHECK(first_error("a: \xff\n") == "t.yaml:1:4: error: invalid UTF-8 byte; save the file as UTF-8");
    CHECK(first_error("a: 1\rb: 2\r") ==
          "t.yaml:1:5: error: carriage return without line feed (old Mac line ends); save the file with LF or CRLF");
}

TEST_CASE("CRLF and LF files give the same tree") {
    Diagnostics d1, d2;
    YamlNode lf = parse_yaml_text("a: 1\nb: [x, y]\n", "t.yaml", d1);
    YamlNode crlf = parse_yaml_text("a: 1\r\nb: [x, y]\r\n", "t.yaml", d2);
    CHECK(d1.all().empty());
    CHECK(d2.all().empty());
    CHECK(crlf.entries[1].second.items[1].text == lf.entries[1].second.items[1].text);
    CHECK(crlf.entries[1].second.items[1].where.str() == lf.entries[1].second.items[1].where.str());
}

TEST_CASE("a missing file and a directory are reported") {
    Diagnostics d;
    parse_yaml_file("/nonexistent/model.yaml", d);
    CHECK(d.all().front().str() == "/nonexistent/model.yaml: error: no such file");
    Diagnostics d2;
    parse_yaml_file("/tmp", d2);
    CHECK(d2.all().front().str() == "/tmp: error: is a directory; expected a YAML file");
}

TEST_CASE("a read that fails midway is an input error with the system's reason") {
    Diagnostics d;  // /proc/self/mem opens, and its first read fails: nothing is mapped at address 0
    CHECK(parse_yaml_file("/proc/self/mem", d).is_null());
    REQUIRE(d.all().size() == 1);
    CHECK(d.all().front().str() == "/proc/self/mem: error: cannot be read: Input/output error");
    Diagnostics d2;
    CHECK(parse_yaml_file("/dev/zero", d2).is_null());
    CHECK(d2.all().front().str() ==
          "/dev/zero: error: is not a regular file (a device, a pipe or a socket); expected a YAML file");
}

TEST_CASE("fields: duplicate, unknown and missing keys are each reported") {
    Diagnostics d;
    YamlNode n = parse_yaml_text("id: a\nid: b\nnmae: x\n", "t.yaml", d);
    Fields f(n, "group", {"id", "name"}, {"note"}, d);
    CHECK_FALSE(f.ok());
    REQUIRE(d.all().size() == 3);
    CHECK(d.all()[0].str() == "t.yaml:2:1: error: duplicate key 'id' in group (first at line 1)");
    CHECK(d.all()[1].str() == "t.yaml:3:1: error: unknown key 'nmae' in group; expected one of: id, name, note");
    CHECK(d.all()[2].str() == "t.yaml:1:1: error: group lacks the required key 'name'");
}

TEST_CASE("fields: 1 and \"1\" are the same key") {
    Diagnostics d;
    YamlNode n = parse_yaml_text("1: a\n\"1\": b\n", "t.yaml", d);
    Fields f(n, "map", {}, {"1"}, d);
    CHECK(d.all().front().str() == "t.yaml:2:1: error: duplicate key '1' in map (first at line 1)");
}

TEST_CASE("fields: merge keys are errors") {
    Diagnostics d;
    YamlNode n = parse_yaml_text("<<: {a: 1}\n", "t.yaml", d);
    Fields f(n, "map", {}, {"a"}, d);
    CHECK(d.all().front().str() == "t.yaml:1:1: error: merge keys (<<) are not allowed; write each key where it applies");
}

TEST_CASE("a tab after spaces inside a block scalar is content, not indentation") {
    Diagnostics d;
    YamlNode root = parse_yaml_text("notes: |\n  \tindented\n", "t.yaml", d);
    CHECK(d.all().empty());
    CHECK(root.entries[0].second.text == "\tindented\n");
}

TEST_CASE("a device is not read") {
    Diagnostics d;
    parse_yaml_file("/dev/zero", d);
    CHECK(d.all().front().str() ==
          "/dev/zero: error: is not a regular file (a device, a pipe or a socket); expected a YAML file");
}

TEST_CASE("columns count characters, not bytes") {
    CHECK(first_error("ñññ: [1\n").find("t.yaml:2:1:") == 0);
    Diagnostics d;
    YamlNode root = parse_yaml_text("ñññ: &a 1\n", "t.yaml", d);
    CHECK(d.all().front().where.column == 6);
}

TEST_CASE("a key that is an alias is reported once") {
    Diagnostics d;
    YamlNode n = parse_yaml_text("a: &k x\n*k : 1\n", "t.yaml", d);
    Fields f(n, "map", {}, {"a"}, d);
    CHECK(d.error_count() == 2);  // the anchor and the alias, nothing more
}
