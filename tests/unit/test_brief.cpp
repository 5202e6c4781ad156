// The brief: content in both languages, and every text from a model escaped for HTML and Markdown.
#include "peru.hpp"
#include "readers/scenario_reader.hpp"
#include "report/brief.hpp"
#include "scenario/simulation.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Document brief(const Model& m, Lang l) {
    return build_brief(m, audit(m, RoundingMode::half_up), {}, {}, l, Presentation{});
}
}  // namespace

TEST_CASE("the English brief carries the headline figures, tables and findings") {
    std::string html = render_html(brief(peru_model(), Lang::en));
    CHECK(has(html, "<html lang=\"en\">"));
    CHECK(has(html, "S/ 14,163,523.00"));
    CHECK(has(html, "<span class=\"nw\">-S/ 7,678,473.50</span> (<span class=\"nw\">-54.21%</span>)"));
    // Amounts, percentages and dates are held on one line each (a span that does not wrap).
    CHECK(has(html, "<span class=\"nw\">53.74%</span> / <span class=\"nw\">40.55%</span>"));
    CHECK(has(html, "7 of 54"));
    CHECK(has(html, "The printed total leaves out Provincial Municipality of Maynas (<span class=\"nw\">S/ 4,135.00</span>)."));
    CHECK(has(html, "<td class=\"num\"><span class=\"nw\">0.0108%</span></td>"));
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "http"));  // no external resource
}

TEST_CASE("the Spanish brief is in Spanish, with Peruvian number conventions") {
    Document d = brief(peru_model(), Lang::es);
    std::string html = render_html(d);
    CHECK(has(html, "<html lang=\"es\">"));
    CHECK(has(html, "Cifras principales"));
    CHECK(has(html, "S/\u00A014,163,523.00"));
    CHECK(has(html, "29.28\u00A0%"));
    CHECK(has(html, "El total publicado omite Provincial Municipality of Maynas (<span class=\"nw\">S/\u00A04,135.00</span>)."));
    CHECK(has(html, "sin dato (SD)"));
    std::string md = render_markdown(d);
    CHECK(has(md, "## Lo que encontró la auditoría"));
}

TEST_CASE("the brief opens with its contents and a summary in plain words and prints on A4") {
    Document d = brief(peru_model(), Lang::es);
    std::string html = render_html(d);
    CHECK(has(html, "<nav class=\"toc\">\n<strong>Contenido</strong>\n<ol>\n<li><a href=\"#section-1\">En resumen</a></li>\n"
                    "<li><a href=\"#section-2\">Cifras principales</a></li>\n"));
    CHECK(has(html, "<h2 id=\"section-1\">En resumen</h2>"));
    // The 2016 figures of the shipped model, in words: budget, change against 2015, execution.
    CHECK(has(html, "<li>En 2016, el presupuesto específico fue de <span class=\"nw\">S/\u00A06,485,049.50</span>. "
                    "Es decir, <span class=\"nw\">-S/\u00A07,678,473.50</span> (<span class=\"nw\">-54.21\u00A0%</span>) respecto de 2015.</li>"));
    CHECK(has(html, "La ejecución se contó solo hasta el <span class=\"nw\">2016-06-30</span>."));
    CHECK(has(html, "<li>La auditoría recalculó 54 cifras publicadas por las fuentes: "));
    CHECK(has(html, "@page { size: A4;"));
    CHECK(has(html, "<table class=\"audit\">"));
    CHECK(has(html, "<div class=\"table-wrap\">"));  // a wide table scrolls inside its box on a phone
    // The charts follow on the same page in print (two to a row): no forced break before them.
    CHECK(has(html, "\">Gráficos</h2>"));
    CHECK_FALSE(has(html, "class=\"page\">Gráficos</h2>"));
    CHECK(has(html, "ul.sources { columns: 2;"));
    std::string md = render_markdown(d);
    CHECK(has(md, "**Contenido**\n\n1. En resumen\n2. Cifras principales\n"));
}

TEST_CASE("hostile text from a model is escaped in HTML and Markdown") {
    Model m = peru_model();
    m.title = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
    m.entities[0].name = "| *bold* [link](http://evil) <b>";
    Document d = brief(m, Lang::en);
    std::string html = render_html(d);
    CHECK_FALSE(has(html, "<script>"));
    CHECK_FALSE(has(html, "<img"));
    CHECK(has(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"));
    std::string md = render_markdown(d);
    CHECK(has(md, "\\| \\*bold\\* \\[link\\](http://evil) \\<b\\>"));
    CHECK_FALSE(has(md, "| *bold*"));
}

TEST_CASE("SVG ids are made unique for each chart in the page") {
    CHECK(prefix_svg_ids("<g id='gpPt1'/><use xlink:href='#gpPt1'/><path fill='url(#grad)'/>", "chart2") ==
          "<g id='chart2-gpPt1'/><use xlink:href='#chart2-gpPt1'/><path fill='url(#chart2-grad)'/>");
}

TEST_CASE("the brief reconciles the gap like for like and ranks what moves both gaps, in both languages") {
    Diagnostics d;
    static const std::vector<Scenario> scenarios{
        load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/costed-needs.yaml", d)};
    REQUIRE_FALSE(d.has_errors());
    Simulation sim = simulate_all(scenarios, SimulationOptions{0, std::nullopt, 1, nullptr});
    REQUIRE(sim.runs.size() == 1);
    const Model& m = scenarios[0].model;
    std::string en = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), sim.runs, {}, Lang::en, Presentation{}));
    // 165,156,093.96 - 85,045,485.33 (the Public Ministry's lines) = 80,110,608.63; minus the
    // matching funding, 80.71% of 16,123,690.00 = 13,013,448.63: 67,097,160.00.
    CHECK(has(en, "= need inside the specific budget's scope"));
    CHECK(has(en, "S/ 80,110,608.63"));
    CHECK(has(en, "Gap like for like, need in scope minus matching funding"));
    CHECK(has(en, "S/ 67,097,160.00"));
    CHECK(has(en, "Swing of the spending gap"));
    std::string es = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), sim.runs, {}, Lang::es, Presentation{}));
    CHECK(has(es, "= necesidad dentro del alcance del presupuesto específico"));
    CHECK(has(es, "S/\u00A067,097,160.00"));
    CHECK(has(es, "Oscilación de la brecha de gasto"));
}

TEST_CASE("the brief gives every scenario's trials in one risk table with the cuts in P(funded covers need)") {
    Diagnostics d;
    static const std::vector<Scenario> scenarios{
        load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/what-it-takes.yaml", d),
        load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/funding-risk.yaml", d),
        load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/falling-path.yaml", d)};
    REQUIRE_FALSE(d.has_errors());
    // Each scenario's own 10,000 trials and seed, as `veedor simulate` runs them (README: 17.60%
    // and 11.14% of the trials cover the 2021 need, without and with the risk of a cut).
    Simulation sim = simulate_all(scenarios, SimulationOptions{std::nullopt, std::nullopt, 2, nullptr});
    REQUIRE(sim.runs.size() == 3);
    const Model& m = scenarios[0].model;
    std::string en = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), sim.runs, {}, Lang::en, Presentation{}));
    CHECK(has(en, "| Scenario | Funded, mean | Gap, median (P50) | Gap, mean | P 2017 | P 2018 | P 2019 | P 2020 | P 2021 | P 2017-2021 |"));
    CHECK(has(en, "| 0.00% | 0.00% | 0.00% | 1.02% | 17.60% | 0.00% |"));
    // With the risk of a cut: the trials' mean funding S/ 103.4 M against the central S/ 120.6 M
    // (simulate's Monte Carlo table of funding-risk.yaml gives the same figures).
    CHECK(has(en, "| What it takes, at the risk of a cut (36.36% a year, 25% to 55%) | S/ 103,406,732.18 | S/ 75,364,098.61 | "
                  "S/ 75,775,042.19 | 0.00% | 0.00% | 0.00% | 0.86% | 11.14% | 0.00% |"));
    // The falling path never reaches the need: S/ 4,000,000 against S/ 45,024,595.67 in 2021.
    CHECK(has(en, "| The falling path: what was published after the report, 2017-2021 | S/ 30,831,751.00 |"));
    CHECK_FALSE(has(en, "P(funding covers need)"));  // the central table no longer repeats it
    std::string es = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), sim.runs, {}, Lang::es, Presentation{}));
    CHECK(has(es, "| Escenario | Financiado, media | Brecha, mediana (P50) | Brecha, media | P 2017 |"));
    CHECK(has(es, "| 11.14\u00A0% | 0.00\u00A0% |"));
}
