// One name table per enum (core/enum_names.hpp): to_string and parse_name from the same table,
// and every name of every table parses back to its value.
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "core/enum_names.hpp"
#include "core/error.hpp"
#include "core/rounding.hpp"
#include "model/model.hpp"
#include "scenario/montecarlo.hpp"
#include "scenario/scenario.hpp"
#include "writers/output_format.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace veedor;

namespace {

enum class Fruit { apple, pear, quince };
constexpr auto names_of(Fruit) {
    return std::array{EnumName<Fruit>{Fruit::apple, "apple"}, EnumName<Fruit>{Fruit::pear, "pear"},
                      EnumName<Fruit>{Fruit::quince, "quince-tree"}};
}

/// Every name parses back to its value, and every value has one name.
template <class E>
void round_trip(size_t expected_count) {
    std::set<E> values;
    for (const EnumName<E>& n : names_of(E{})) {
        CAPTURE(n.name);
        CHECK(parse_name<E>(n.name) == n.value);
        CHECK(to_string(n.value) == n.name);
        values.insert(n.value);
    }
    CHECK(values.size() == expected_count);
    // The table covers the enumerators 0 .. count - 1 (they are declared without values).
    for (size_t i = 0; i < expected_count; ++i) CHECK(values.count(static_cast<E>(i)) == 1);
}

}  // namespace

TEST_CASE("a name table gives to_string, parse_name and the list of names") {
    CHECK(to_string(Fruit::quince) == "quince-tree");
    CHECK(to_string(static_cast<Fruit>(7)) == "?");
    CHECK(parse_name<Fruit>("pear") == Fruit::pear);
    CHECK_FALSE(parse_name<Fruit>("Pear").has_value());
    CHECK_FALSE(parse_name<Fruit>("quince").has_value());
    CHECK_FALSE(parse_name<Fruit>("").has_value());
    CHECK(name_list<Fruit>() == "apple, pear, quince-tree");
    CHECK(name_list<Fruit>(" | ") == "apple | pear | quince-tree");
    CHECK(name_strings<Fruit>() == std::vector<std::string>{"apple", "pear", "quince-tree"});
    static_assert(names<Fruit>().size() == 3);
    static_assert(parse_name<Fruit>("apple") == Fruit::apple);
    static_assert(names_are_distinct(names_of(Fruit{})));
    constexpr std::array twice{EnumName<Fruit>{Fruit::apple, "apple"}, EnumName<Fruit>{Fruit::pear, "apple"}};
    static_assert(!names_are_distinct(twice));
}

TEST_CASE("every name of every enum parses back to its value") {
    round_trip<ValueKind>(4);
    round_trip<Level>(4);
    round_trip<EntityKind>(8);
    round_trip<Measure>(8);
    round_trip<Metric>(metric_count);
    round_trip<FundingKind>(7);
    round_trip<HistoryScope>(2);
    round_trip<Axis>(axis_count);
    round_trip<FindingKind>(5);
    round_trip<CheckStatus>(3);
    round_trip<SeriesOrigin>(4);
    round_trip<NotAvailable>(5);
    round_trip<RoundingMode>(3);
    round_trip<OutputFormat>(4);
}

TEST_CASE("the words of the files and outputs are those of the tables") {
    CHECK(name_list<ValueKind>() == "amount, unknown, no-specific-budget, not-reported");
    CHECK(name_list<Level>() == "national, regional, local, mixed");
    CHECK(name_list<EntityKind>() == "ministry, autonomous-body, judiciary, public-agency, regional-government, "
                                     "provincial-municipality, district-municipality, aggregate");
    CHECK(name_list<Measure>() == "allocated, executed, execution-rate, change, change-rate, "
                                  "share-of-general-budget, per-capita, general-budget");
    CHECK(name_list<FundingKind>() == "flat, grow, index-to-inflation, share-of-general-budget, restore, amounts, "
                                      "cover-need");
    CHECK(name_list<Axis>() == "prevention, prosecution, protection, reintegration, cross-cutting");
    CHECK(name_list<RoundingMode>() == "half-up, half-even, toward-zero");
    CHECK(to_string(Metric::gap_funded) == "gap (need - funded)");
    CHECK(parse_rounding_mode("half-even") == RoundingMode::half_even);
    // --format and --rounding: their choices and help texts come from the tables.
    CHECK(name_strings<OutputFormat>() == std::vector<std::string>{"table", "csv", "json", "md"});
    CHECK(name_list<OutputFormat>() == "table, csv, json, md");
}

TEST_CASE("an input error is located or not, and says so in what()") {
    InputError located(Location{"s.yaml", 8, 7}, "the price index of 2026 overflows");
    REQUIRE(located.where());
    CHECK(located.where()->str() == "s.yaml:8:7");
    CHECK(located.message() == as_is("the price index of 2026 overflows"));
    CHECK(std::string(located.what()) == "s.yaml:8:7: error: the price index of 2026 overflows");
    InputError loose("overflow in an addition of money");
    CHECK_FALSE(loose.where());
    CHECK(std::string(loose.what()) == "overflow in an addition of money");
}
