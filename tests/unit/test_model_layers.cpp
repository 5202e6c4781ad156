// Layered models (docs/model-format.md, "Layers"): a layer over the shipped model adds figures
// without copying it, and gives exactly what the same figures written into the model give.
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "readers/model_reader.hpp"
#include "report/brief.hpp"
#include "writers/origins_text.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace veedor;

namespace {

Model load(const std::string& relative) {
    Diagnostics d;
    Model m = load_model(std::string(VEEDOR_SOURCE_DIR) + "/" + relative, d);
    for (const Diagnostic& x : d.all()) MESSAGE(x.str());
    REQUIRE_FALSE(d.has_errors());
    return m;
}

const SeriesYear& year_of(const std::vector<SeriesYear>& series, int year) {
    auto it = std::find_if(series.begin(), series.end(), [&](const SeriesYear& s) { return s.year == year; });
    REQUIRE(it != series.end());
    return *it;
}

/// What an entity's figures say, to compare two models.
std::string figures_of(const Model& m) {
    std::string out;
    for (const Entity& e : m.entities)
        for (const Figure& f : e.figures)
            out += e.id + " " + std::to_string(f.year) + " " + std::string(to_string(f.allocated.kind)) + " " +
                   f.allocated.amount.plain() + " " + std::string(to_string(f.executed.kind)) + " " +
                   f.executed.amount.plain() + "\n";
    return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a layer of 2017 figures for two ministries gives what the figures written into the model give") {
    Model layered = load("tests/years/layer-2017-two-ministries.yaml");
    Model direct = load("tests/years/model-2017-two-ministries.yaml");
    CHECK(figures_of(layered) == figures_of(direct));
    CHECK(layered.sources.size() == direct.sources.size());
    CHECK(layered.entities.size() == direct.entities.size());
    CHECK(layered.published.size() == direct.published.size());
    const SeriesYear y = year_of(national_series(layered), 2017);  // a copy: the series is a temporary
    CHECK(y.origin == SeriesOrigin::published_total);
    CHECK(y.specific->plain() == "3224738.00");    // the printed total, not the partial sum
    CHECK(y.entity_sum->plain() == "5450000.00");  // 3,000,000.00 + 2,450,000.00
    CHECK(y.with_figure == 2);
    CHECK(y.members == 15);
    std::string md =
        render_markdown(build_brief(layered, audit(layered, RoundingMode::half_up), {}, {}, Lang::en, Presentation{}));
    CHECK(has(md, "S/ 3,224,738.00 (printed total; the entity figures, 2 of 15 sectors, add up to only S/ 5,450,000.00)"));
    CHECK(layered.layers.files ==
          std::vector<std::string>{std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/model.yaml",
                                   std::string(VEEDOR_SOURCE_DIR) + "/tests/years/layer-2017-two-ministries.yaml"});
    CHECK(layered.layers.values.size() == 3);  // a source and two figures
}

TEST_CASE("a layer's replacement takes the place of the value below and keeps its reason") {
    Model m = load("tests/layers/replaces-2016.yaml");
    const Figure* f = m.entity("MININTER")->figure(2016);
    REQUIRE(f);
    CHECK(f->allocated.amount.plain() == "820000.00");  // was 813,815.00 in the report
    CHECK(f->sources() == std::vector<std::string>{"mininter-2016-final"});
    CHECK(m.year(2017)->population == 31826018);
    CHECK(m.year(2017)->general_budget->plain() == "142471518545.00");  // from the base
    CHECK(m.layers.files.size() == 3);
    auto replaced = std::find_if(m.layers.values.begin(), m.layers.values.end(),
                                 [](const LayerValue& v) { return v.replaced.has_value(); });
    REQUIRE(replaced != m.layers.values.end());
    CHECK(replaced->kind == LayerValueKind::figure);
    CHECK(replaced->subject == "MININTER");
    CHECK(replaced->year == 2016);
    CHECK(replaced->replaced->line == 122);  // the report's figure in scenarios/peru/model.yaml
    CHECK(replaced->note == "MININTER corrected its 2016 allocation after the report (invented for the test)");
    // MININTER 2016: 479,906.00 of 820,000.00 is 58.53 %, against 58.97 % of 813,815.00.
    std::string es = origins_text(m, Lang::es);
    CHECK(has(es, "Capas, de la base a la última:\n"));
    CHECK(has(es, ": cifra de 'MININTER' para 2016, reemplaza el de "));
}

TEST_CASE("a layer may add a year before the years of its base: the years stay in order") {
    Model m = load("tests/layers/year-before.yaml");
    REQUIRE(m.years.size() == 6);
    CHECK(m.years.front().year == 2012);
    CHECK(m.years.back().year == 2017);
    CHECK(year_of(national_series(m), 2012).specific->plain() == "1000000.00");
}
