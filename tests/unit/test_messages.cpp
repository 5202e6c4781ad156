// The messages on stderr in both languages (text/messages.hpp): every key in English and
// Spanish, with the same values, and a diagnostic rendered at print time in the run's language.
#include "core/diagnostics.hpp"
#include "core/error.hpp"
#include "readers/model_reader.hpp"
#include "text/messages.hpp"

#include <doctest/doctest.h>
#include <fmt/args.h>
#include <fmt/format.h>

#include <string>

using namespace veedor;

namespace {
/// The text of `key` in `lang` filled with "<0>", "<1>"...: throws if it asks for a value that
/// the other language does not have.
std::string filled(std::string_view key, Lang lang, int values) {
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (int i = 0; i < values; ++i) args.push_back(fmt::format("<{}>", i));
    return fmt::vformat(message_template(key, lang), args);
}
/// How many values the text of `key` uses: the fewest with which it formats.
int values_of(std::string_view key, Lang lang) {
    for (int n = 0; n < 12; ++n) try {
            filled(key, lang, n);
            return n;
        } catch (const fmt::format_error&) {
        }
    return -1;
}
}  // namespace

TEST_CASE("every message exists in both languages with the same values") {
    REQUIRE(all_message_keys().size() > 200);
    for (std::string_view key : all_message_keys()) {
        CAPTURE(key);
        CHECK_FALSE(message_template(key, Lang::en).empty());
        CHECK_FALSE(message_template(key, Lang::es).empty());
        const int n = values_of(key, Lang::en);
        CHECK(n >= 0);
        CHECK(values_of(key, Lang::es) == n);
        // Each value appears in both texts (a translation that drops one loses a name or a number).
        for (int i = 0; i < n; ++i) {
            CAPTURE(i);
            CHECK(filled(key, Lang::en, n).find(fmt::format("<{}>", i)) != std::string::npos);
            CHECK(filled(key, Lang::es, n).find(fmt::format("<{}>", i)) != std::string::npos);
        }
    }
}

TEST_CASE("a diagnostic carries a key and is put in words when printed") {
    Diagnostics d;
    d.error({"m.yaml", 3, 5}, msg("validate.unknown-group-of", "MININTER", "trata"));
    d.warning({"m.yaml", 9, 1}, msg("validate.executed-over-allocated", "MIMP", "2,000.00", 2019, "1,000.00"));
    REQUIRE(d.all().size() == 2);
    CHECK(d.all()[0].str() == "m.yaml:3:5: error: entity 'MININTER' is in unknown group 'trata'");
    CHECK(diagnostic_text(d.all()[0], Lang::es) == "m.yaml:3:5: error: la entidad 'MININTER' está en el grupo desconocido 'trata'");
    CHECK(diagnostic_text(d.all()[1], Lang::es) ==
          "m.yaml:9:1: aviso: la entidad 'MIMP' ejecutó 2,000.00 en 2019, más que su asignación de 1,000.00");
    CHECK(diagnostic_text(d.all()[1], Lang::en) ==
          "m.yaml:9:1: warning: entity 'MIMP' executed 2,000.00 in 2019, more than its allocation of 1,000.00");
}

TEST_CASE("messages nest and words of the input are translated when known") {
    Message inner = msg("proj.overflows", msg("proj.funding-of", "total", 2020));
    Message outer = msg("mc.in-trial", inner, 3, 10, 42);
    CHECK(message_text(outer, Lang::en) ==
          "the funding of 'total' in 2020 overflows: more than 1.7 × 10^36 soles (in Monte Carlo trial 3 of 10, seed 42)");
    CHECK(message_text(outer, Lang::es) == "el financiamiento de 'total' en 2020 desborda: más de 1.7 × 10^36 soles "
                                          "(en la prueba de Monte Carlo 3 de 10, semilla 42)");
    CHECK(message_text(msg("yaml.lacks-key", noun("entity"), "name"), Lang::es) ==
          "la entidad no tiene la clave obligatoria 'name'");
    CHECK(message_text(msg("yaml.lacks-key", noun("a thing no table names"), "name"), Lang::es) ==
          "a thing no table names no tiene la clave obligatoria 'name'");
    // The old way, a text with no key, is shown as it is in both languages.
    CHECK(message_text(as_is("an old message"), Lang::es) == "an old message");
}

TEST_CASE("an input error speaks the run's language when printed") {
    InputError e(Location{"s.yaml", 8, 7}, msg("proj.population-overflows", 2026));
    CHECK(std::string(e.what()) ==
          "s.yaml:8:7: error: the population of 2026 overflows: more than 9,223,372,036,854,775,807 people");
    CHECK(input_error_text(&*e.where(), e.message(), Lang::es) ==
          "s.yaml:8:7: error: la población de 2026 desborda: más de 9,223,372,036,854,775,807 personas");
    CHECK(input_error_text(nullptr, msg("money.overflow-an addition"), Lang::es) ==
          "veedor: error: desborde en una suma de dinero");
}

TEST_CASE("a broken model is reported in Spanish") {
    Diagnostics d;
    load_model_text("format: veedor-model/1\ntitle: t\ncurrency: USD\nyears: []\nentities: []\n", "m.yaml", d);
    std::string all;
    for (const Diagnostic& x : d.sorted()) all += diagnostic_text(x, Lang::es) + "\n";
    CHECK(all == "m.yaml:3:11: error: la moneda 'USD' no está soportada; los montos están en soles (PEN)\n"
                 "m.yaml:4:8: error: 'years' está vacío; un modelo indica al menos un año\n");
}
