// The model reader and validator: each rule, with the exact located message.
#include "readers/model_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace veedor;

namespace {

const char* const valid = R"(format: veedor-model/1
title: "Test"
currency: PEN
headline: sectors
sources:
  - {id: table, title: "A table"}
years:
  - year: 2015
    general-budget: 1000000.00
    population: 100
  - year: 2016
    general-budget: 2000000.00
    executed-through: 2016-06-30
groups:
  - {id: sectors, name: "Sectors"}
entities:
  - id: A
    name: "Ministry A"
    level: national
    kind: ministry
    groups: [sectors]
    figures:
      - {year: 2015, allocated: 100.00, executed: 50.00, source: table}
      - {year: 2016, allocated: unknown, executed: 25.50}
published:
  - source: table
    figures:
      - {year: 2015, measure: execution-rate, entity: A, percent: 50}
)";

/// Every message, one per line, in file order.
std::string messages(const std::string& text) {
    Diagnostics d;
    load_model_text(text, "m.yaml", d);
    std::string out;
    for (const Diagnostic& x : d.sorted()) out += x.str() + "\n";
    return out;
}

/// The valid model with `from` replaced by `to` (once).
std::string with(const std::string& from, const std::string& to) {
    std::string s = valid;
    auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a valid model loads with every field") {
    Diagnostics d;
    Model m = load_model_text(valid, "m.yaml", d);
    CHECK(d.all().empty());
    REQUIRE(m.entities.size() == 1);
    const Figure* f = m.entities[0].figure(2016);
    REQUIRE(f);
    CHECK(f->allocated.kind == ValueKind::unknown);
    CHECK(f->executed.amount.plain() == "25.50");
    CHECK(m.year(2016)->executed_through->iso() == "2016-06-30");
    CHECK(m.year(2015)->population == 100);
    CHECK(m.published[0].printed.places() == 0);
}

TEST_CASE("too many decimal places name the field") {
    CHECK(messages(with("executed: 50.00", "executed: 50.005")) ==
          "m.yaml:23:51: error: 'executed' '50.005' has 3 decimal places; amounts of money have at most 2" "\n");
}

TEST_CASE("octal-looking, quoted, separated and empty amounts are errors") {
    CHECK(messages(with("allocated: 100.00", "allocated: 0100.00")) ==
          "m.yaml:23:33: error: 'allocated' '0100.00' has a leading zero (YAML 1.1 readers take it as octal); remove it" "\n");
    CHECK(messages(with("allocated: 100.00", "allocated: \"100.00\"")) ==
          "m.yaml:23:33: error: 'allocated' '100.00' is quoted; write numbers without quotes" "\n");
    CHECK(messages(with("population: 100", "population: 30,475,144")) ==
          "m.yaml:10:17: error: 'population' '30,475,144' has separators or spaces; write digits only, with '.' before the decimals\n");
    CHECK(messages(with("allocated: 100.00", "allocated: ")) ==
          "m.yaml:23:22: error: 'allocated' must be a value, not empty" "\n");
    CHECK(messages(with("allocated: 100.00", "allocated: ~")) ==
          "m.yaml:23:22: error: 'allocated' must be a value, not empty" "\n");
    CHECK(messages(with("allocated: 100.00", "allocated: SD")) ==
          "m.yaml:23:33: error: 'allocated' 'SD' is neither an amount nor one of: unknown, no-specific-budget, not-reported" "\n");
}

TEST_CASE("wrong types are errors") {
    CHECK(messages(with("population: 100", "population: [100]")) ==
          "m.yaml:10:17: error: 'population' must be a value, not a list" "\n");
    CHECK(messages(with("year: 2015\n", "year: twenty\n")) ==
          "m.yaml:8:11: error: 'year' 'twenty' is not a year (four digits, 1900 to 2200)" "\n");
}

TEST_CASE("every problem is reported in one run") {
    std::string text = with("format: veedor-model/1", "format: veedor-model/2");
    text.replace(text.find("currency: PEN"), 13, "currency: USD");
    text.replace(text.find("level: national"), 15, "level: federal");
    CHECK(messages(text) ==
          "m.yaml:1:9: error: format 'veedor-model/2' is not supported; this veedor reads 'veedor-model/1'\n"
          "m.yaml:3:11: error: currency 'USD' is not supported; amounts are in soles (PEN)\n"
          "m.yaml:19:12: error: 'level' 'federal' is not one of: national, regional, local, mixed\n");
}

TEST_CASE("references must resolve") {
    CHECK(messages(with("groups: [sectors]", "groups: [sector]")) ==
          "m.yaml:17:5: error: entity 'A' is in unknown group 'sector'" "\n");
    CHECK(messages(with("source: table}", "source: tabel}")) ==
          "m.yaml:23:9: error: unknown source 'tabel'" "\n");
    CHECK(messages(with("entity: A, percent", "entity: B, percent")) ==
          "m.yaml:28:9: error: unknown entity 'B'" "\n");
    CHECK(messages(with("headline: sectors", "headline: ministries")) ==
          "m.yaml:4:11: error: headline group 'ministries' is not defined under groups" "\n");
}

TEST_CASE("years must be listed and partial dates inside their year") {
    CHECK(messages(with("{year: 2015, allocated", "{year: 2014, allocated")) ==
          "m.yaml:23:9: error: year 2014 is not listed under years" "\n");
    CHECK(messages(with("executed-through: 2016-06-30", "executed-through: 2015-06-30")) ==
          "m.yaml:13:23: error: 'executed-through' 2015-06-30 is not in the year 2016" "\n");
    CHECK(messages(with("executed-through: 2016-06-30", "executed-through: 2016-02-30")) ==
          "m.yaml:13:23: error: 'executed-through' '2016-02-30' is not a date (YYYY-MM-DD)" "\n");
}

TEST_CASE("duplicate ids and years are errors") {
    std::string text = with("  - {id: sectors, name: \"Sectors\"}", "  - {id: sectors, name: \"Sectors\"}\n  - {id: sectors, name: \"Again\"}");
    CHECK(messages(text) == "m.yaml:16:5: error: group id 'sectors' is used twice (first at line 15)" "\n");
    CHECK(messages(with("{year: 2016, allocated", "{year: 2015, allocated")) ==
          "m.yaml:24:9: error: entity 'A' has two figures for 2015" "\n");
}

TEST_CASE("an aggregate says which group it stands for") {
    CHECK(messages(with("kind: ministry", "kind: aggregate")) ==
          "m.yaml:17:5: error: entity 'A' is an aggregate: say which group it stands for with 'aggregates'" "\n");
}

TEST_CASE("executed above allocated is a warning with the figures, not an error") {
    Diagnostics d;
    load_model_text(with("executed: 50.00", "executed: 150.00"), "m.yaml", d);
    CHECK_FALSE(d.has_errors());
    REQUIRE(d.all().size() == 1);
    CHECK(d.all()[0].str() ==
          "m.yaml:23:51: warning: entity 'A' executed S/ 150.00 in 2015, more than its allocation of S/ 100.00");
}

TEST_CASE("a printed figure has the value kind of its measure") {
    CHECK(messages(with("percent: 50}", "amount: 50}")) ==
          "m.yaml:28:66: error: measure 'execution-rate' is printed as 'percent'" "\n");
}

TEST_CASE("an empty file is an error") {
    CHECK(messages("") == "m.yaml:1:1: error: the file is empty; expected a veedor model" "\n");
}

TEST_CASE("an entity counted twice through an aggregate row is an error") {
    std::string text = with("groups:\n  - {id: sectors, name: \"Sectors\"}",
                            "groups:\n  - {id: sectors, name: \"Sectors\"}\n  - {id: regions, name: \"Regions\"}");
    text.replace(text.find("    groups: [sectors]"), 21, "    groups: [sectors, regions]");
    text.replace(text.find("published:"), 10,
                 "  - {id: AGG, name: \"Regions row\", level: mixed, kind: aggregate, aggregates: regions, "
                 "groups: [sectors]}\npublished:");
    CHECK(messages(text) ==
          "m.yaml:18:5: error: entity 'A' is counted twice in group 'sectors': directly and through the aggregate row 'AGG'\n");
}

TEST_CASE("an empty list of years and a loop of sources are errors") {
    CHECK(messages(with("years:\n  - year: 2015\n    general-budget: 1000000.00\n    population: 100\n  - year: 2016\n"
                        "    general-budget: 2000000.00\n    executed-through: 2016-06-30\n",
                        "years: []\n"))
              .find("m.yaml:7:8: error: 'years' is empty; a model lists at least one year\n") == 0);
    CHECK(messages(with("  - {id: table, title: \"A table\"}", "  - {id: table, title: \"A table\", within: note}\n"
                                                               "  - {id: note, title: \"A note\", within: table}")) ==
          "m.yaml:6:5: error: source 'table' is within itself (a loop of 'within')\n"
          "m.yaml:7:5: error: source 'note' is within itself (a loop of 'within')\n");
}

TEST_CASE("a quoted missing-value word says so") {
    CHECK(messages(with("allocated: 100.00", "allocated: \"unknown\"")) ==
          "m.yaml:23:33: error: 'allocated' 'unknown' is quoted; write the word without quotes\n");
}

TEST_CASE("a printed value beyond 10^24 is refused when read") {
    CHECK(messages(with("percent: 50}", "percent: 99999999999999999999999999999999}")) ==
          "m.yaml:28:67: error: the printed value is beyond 10^24; veedor does not accept it\n");
}

// The entities are read while the file is parsed (model_reader.cpp, parse_and_read): what is
// reported must stay what reading the whole tree afterwards would report.
TEST_CASE("a file that does not parse reports only why, even after a bad entity") {
    std::string text = with("      - {year: 2016, allocated: unknown, executed: 25.50}",
                            "      - {year: 2016, allocated: 1.555, executed: 25.50}") +
                       "extra: [1, 2\n";
    CHECK(messages(text) == "m.yaml:30:1: error: YAML syntax: end of sequence flow not found\n");
}

// The fixture's 'entities:' is on line 16; the second, put where 'published:' was, on line 25.
TEST_CASE("only the first 'entities' list is read and a second is a duplicate key") {
    std::string text = with("published:", "entities:\n  - {id: B}\npublished:");
    Diagnostics d;
    Model m = load_model_text(text, "m.yaml", d);
    REQUIRE(m.entities.size() == 1);
    CHECK(m.entities[0].id == "A");
    std::string out;
    for (const Diagnostic& x : d.sorted()) out += x.str() + "\n";
    CHECK(out == "m.yaml:25:1: error: duplicate key 'entities' in the model (first at line 16)\n");
}

TEST_CASE("an entity's messages and the model's keep their places") {
    std::string text = with("title: \"Test\"\n", "");
    text = text.replace(text.find("    level: national"), 19, "    level: nacional");
    CHECK(messages(text) == "m.yaml:1:1: error: the model lacks the required key 'title'\n"
                            "m.yaml:18:12: error: 'level' 'nacional' is not one of: national, regional, local, mixed\n");
}
