// The languages and number styles of the outputs (text/lang.hpp, issue 14): the two styles of
// numbers, large amounts in words, the language the locale asks for, and the labels of inputs.
#include "cli/common.hpp"
#include "text/lang.hpp"
#include "yaml/yaml_fields.hpp"
#include "yaml/yaml_tree.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {
Money soles(const char* text) {
    bool negative = text[0] == '-';
    Money m = *parse_money(text + (negative ? 1 : 0)).value;
    return negative ? -m : m;
}
const std::string nb = "\u00A0";  // no-break space
}  // namespace

TEST_CASE("numbers as the MEF and the report write them by default - and the SI style on demand") {
    Money m = soles("14163523.00");
    CHECK(money_text(m, Lang::en) == "S/ 14,163,523.00");
    CHECK(money_text(m, Lang::es) == "S/" + nb + "14,163,523.00");  // the report: 14,163,523.00
    CHECK(money_text(m, Lang::es, NumberStyle::si) == "S/" + nb + "14" + nb + "163" + nb + "523,00");
    CHECK(money_text(m, Lang::en, NumberStyle::si) == "S/ 14" + nb + "163" + nb + "523.00");
    CHECK(money_text(soles("-7678473.50"), Lang::en) == "-S/ 7,678,473.50");
    Decimal rate(BigInt(2928), 2);
    CHECK(percent_text(rate, Lang::en) == "29.28%");
    CHECK(percent_text(rate, Lang::es) == "29.28" + nb + "%");
    CHECK(percent_text(rate, Lang::es, NumberStyle::si) == "29,28" + nb + "%");
    CHECK(parse_name<NumberStyle>("si") == NumberStyle::si);
    CHECK(name_list<NumberStyle>() == "mef, si");
}

TEST_CASE("large amounts in millions to one place: MM with the MEF style and millones with SI") {
    Money gap = soles("18123456.78");  // 18.123 million
    CHECK(large_amount_text(gap, Lang::es) == "S/" + nb + "18.1" + nb + "MM");
    CHECK(large_amount_text(gap, Lang::es, NumberStyle::si) == "S/" + nb + "18,1" + nb + "millones");
    CHECK(large_amount_text(gap, Lang::en) == "S/ 18.1 million");
    // 18.25 million: half-up gives 18.3, half-even 18.2 (the rounding is the output's).
    CHECK(large_amount_text(soles("18250000.00"), Lang::en) == "S/ 18.3 million");
    CHECK(large_amount_text(soles("18250000.00"), Lang::en, NumberStyle::mef, RoundingMode::half_even) ==
          "S/ 18.2 million");
    CHECK(large_amount_text(soles("1234567890.00"), Lang::es) == "S/" + nb + "1,234.6" + nb + "MM");
    CHECK(large_amount_text(soles("-18123456.78"), Lang::en) == "-S/ 18.1 million");
    // Under a million: the whole amount.
    CHECK(large_amount_text(soles("999999.99"), Lang::en) == "S/ 999,999.99");
}

TEST_CASE("the language from the locale: LC_ALL then LC_MESSAGES then LANG - English when none names Spanish") {
    CHECK(lang_from_locale(nullptr, nullptr, nullptr) == Lang::en);
    CHECK(lang_from_locale(nullptr, nullptr, "es_PE.UTF-8") == Lang::es);
    CHECK(lang_from_locale(nullptr, nullptr, "es") == Lang::es);
    CHECK(lang_from_locale(nullptr, nullptr, "C.UTF-8") == Lang::en);
    CHECK(lang_from_locale("en_US.UTF-8", nullptr, "es_PE.UTF-8") == Lang::en);  // LC_ALL wins
    CHECK(lang_from_locale("", "es_ES.UTF-8", "en_US.UTF-8") == Lang::es);       // an empty one is skipped
    CHECK(lang_from_locale(nullptr, "", "") == Lang::en);
}

TEST_CASE("uncertain inputs are labelled in Spanish") {
    CHECK(input_label_text("unit cost of shelter-places (S/)", Lang::es) == "costo unitario de shelter-places (S/)");
    CHECK(input_label_text("inflation-pct 2017-2021 (%)", Lang::es) == "inflación 2017-2021 (%)");
    CHECK(input_label_text("general-budget 2018-2021 growth (%)", Lang::es) ==
          "crecimiento del presupuesto general 2018-2021 (%)");
    CHECK(input_label_text("execution rate total (%)", Lang::es) == "tasa de ejecución, total (%)");
    CHECK(input_label_text("quantity of talks in 2018", Lang::es) == "cantidad de talks en 2018");
    CHECK(input_label_text("unit cost of shelter-places (S/)", Lang::en) == "unit cost of shelter-places (S/)");
    // Demand series (readers/scenario_layer.cpp): their level, growth and quantities per unit.
    CHECK(input_label_text("victims in 2015", Lang::es) == "demanda victims en 2015");
    CHECK(input_label_text("growth of victims (%)", Lang::es) == "crecimiento de la demanda victims (%)");
    CHECK(input_label_text("quantity of shelter-places per unit of victims", Lang::es) ==
          "cantidad de shelter-places por unidad de victims");
    CHECK(input_label_text("victims in 2015", Lang::en) == "victims in 2015");
}

TEST_CASE("a text given per language is read in the language asked for and marks a fallback") {
    auto read = [](const std::string& yaml) {
        Diagnostics d;
        YamlNode root = parse_yaml_text(yaml, "t.yaml", d);
        REQUIRE_FALSE(d.has_errors());
        auto t = read_local_text(root.entries.front().second, "name", d);
        std::string all;
        for (const auto& x : d.all()) all += x.str() + "\n";
        return std::pair{t.value_or("<none>"), all};
    };
    const std::string both = "name: {es: \"Ministerio de Salud\", en: \"Ministry of Health\"}\n";
    read_texts_in(Lang::es);
    CHECK(read(both).first == "Ministerio de Salud");
    CHECK(read("name: {en: \"Ministry of Health\"}\n").first == "Ministry of Health [solo en inglés]");
    CHECK(read("name: \"Ministerio de Salud\"\n").first == "Ministerio de Salud");  // the plain form stays valid
    read_texts_in(Lang::en);
    CHECK(read(both).first == "Ministry of Health");
    CHECK(read("name: {es: \"Ministerio de Salud\"}\n").first == "Ministerio de Salud [Spanish only]");
    CHECK(read("name: {fr: \"Ministère\"}\n").second ==
          "t.yaml:1:8: error: 'name' is given in 'fr', which is not a language veedor writes (es, en)\n");
    text_language() = TextLanguage{};
}
