// Charts: the scripts and data each chart kind writes (checked without gnuplot), hostile labels,
// and real renderings with gnuplot.
#include "plots/charts.hpp"
#include "plots/gnuplot_renderer.hpp"
#include "plots/gnuplot_text.hpp"
#include "plots/script_stamp.hpp"
#include "text/messages.hpp"
#include "writers/atomic_file.hpp"
#include "readers/model_reader.hpp"
#include "peru.hpp"
#include "scenario/montecarlo.hpp"
#include "scenario_fixture.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace veedor;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const Chart& find(const std::vector<Chart>& charts, const std::string& name) {
    for (const Chart& c : charts)
        if (c.name == name) return c;
    FAIL("no chart " << name);
    throw 0;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// A scenario run with needs and Monte Carlo, for the scenario charts.
SimulationRun& small_run() {
    static Scenario scenario = [] {
        Diagnostics d;
        Scenario s = test::load(
            "funding:\n  - {target: total, flat: {base-year: 2016}}\n"
            "needs:\n  - id: places\n    activity: a\n    axis: protection\n    entity: A\n    unit: u\n"
            "    quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x}\n"
            "    unit-cost: {value: {triangular: [50, 100, 300]}, assumption: x}\n",
            d);
        REQUIRE_FALSE(d.has_errors());
        return s;
    }();
    static SimulationRun run = [] {
        Projector p(scenario);
        SimulationRun r;
        r.scenario = &scenario;
        r.central = p.evaluate(p.central_values());
        r.monte_carlo = run_monte_carlo(p, {500, 3, 1, nullptr});
        r.sensitivity = sensitivity(p);
        r.spending_sensitivity = ranked_by(r.sensitivity, SensitivityTarget::gap_executed);
        return r;
    }();
    return run;
}

std::vector<Chart> write_and_render(const std::vector<Chart>& charts, const fs::path& dir) {
    fs::remove_all(dir);
    std::string gnuplot = find_gnuplot();
    REQUIRE_MESSAGE(!gnuplot.empty(), "gnuplot must be installed for this test (tools/install-deps.sh)");
    std::vector<Image> images;
    GnuplotRenderer renderer(gnuplot);
    CHECK_FALSE(renderer.render(charts, images));
    std::vector<OutputFile> files;
    for (const Chart& c : charts) {
        files.push_back({(dir / (c.name + ".gp")).string(), c.script});
        files.push_back({(dir / (c.name + ".dat")).string(), c.data});
    }
    for (const Image& i : images) files.push_back({(dir / i.file).string(), i.bytes, true});
    REQUIRE_FALSE(write_outputs(files, {}));
    return charts;
}

}  // namespace

TEST_CASE("gnuplot strings are single-quoted, with quotes doubled and line ends removed") {
    CHECK(gnuplot_string("plain") == "'plain'");
    CHECK(gnuplot_string("it's") == "'it\u2019s'");
    CHECK(gnuplot_string("a''b") == "'a\u2019\u2019b'");  // gnuplot's own escape breaks on this
    CHECK(gnuplot_string("`touch x`") == "'`touch x`'");  // backticks are literal in single quotes
    CHECK(gnuplot_string("a\nsystem('touch x')") == "'a system(\u2019touch x\u2019)'");
    CHECK(gnuplot_string("a\rb\x01" "c") == "'a bc'");
    CHECK(gnuplot_tic_label("50%") == "'50%%'");
    CHECK(data_field("a\tb\"c\"") == "a b\u201Dc\u201D");
    CHECK(nice_ticks(0, 14163523) == std::vector<long long>{0, 5000000, 10000000, 15000000});
    CHECK(nice_ticks(-6850401, 889077) == std::vector<long long>{-8000000, -6000000, -4000000, -2000000, 0, 2000000});
}

TEST_CASE("chart 1: allocated vs executed, with missing values marked, not drawn as zero") {
    auto charts = model_charts(peru_model(), ChartStyle{});
    const Chart& c = find(charts, "1-allocated-vs-executed-sectors");
    CHECK(has(c.data, "# allocated 2015\n-0.3000\t954099.00\n"));  // MININTER, first of four bars
    CHECK(has(c.data, "\t?\n"));                                     // unknown: no bar
    CHECK(has(c.data, "# markers of missing values\n"));
    CHECK(has(c.data, "\tSD\n"));
    CHECK(has(c.data, "\tSPE\n"));
    CHECK(has(c.script, "set output '1-allocated-vs-executed-sectors.png'"));
    CHECK(has(c.script, "set output '1-allocated-vs-executed-sectors.svg'"));
    CHECK(has(c.script, "with boxes lc rgb '#1f3d7a' fs solid 1.0 title 'Allocated 2015'"));
    // Executed is orange, solid: hatching meant three things in three charts and made the printed
    // brief 25 MB; no chart hatches any more (docs/charts.md, "Visual devices").
    CHECK(has(c.script, "with boxes lc rgb '#e08a4f' fs solid 1.0 title 'Executed 2016'"));
    CHECK_FALSE(has(c.script, "fs pattern"));
    // Names, shortened, instead of ids; the full name beside the id in the data file.
    CHECK(has(c.script, "'Public Ministry\u2026 (MPFN)' 10"));
    CHECK(has(c.data, "# 10\tMPFN\tPublic Ministry - Prosecutor's Office (MPFN)\n"));
    CHECK(has(c.script, "'S/ 2,000,000' 2000000"));              // thousands separators on the axis
    CHECK(has(c.script, "set label 1001 'Source: "));
    CHECK(has(c.script, "set terminal pngcairo noenhanced"));
}

TEST_CASE("chart 2: execution rates with the partial year marked") {
    auto charts = model_charts(peru_model(), ChartStyle{});
    const Chart& c = find(charts, "2-execution-rate-sectors");
    CHECK(has(c.data, "91.82\n"));
    CHECK(has(c.data, "58.97\n"));
    CHECK(has(c.script, "title '2016 *'"));
    CHECK(has(c.script, "'* execution counted only to 2016-06-30'"));
    // A rate that cannot be computed is marked in the chart's language (the columns are tab-separated).
    CHECK(has(c.data, "# rates that cannot be computed\n3.8000\tn/a\n"));
    ChartStyle es;
    es.lang = Lang::es;
    CHECK(has(find(model_charts(peru_model(), es), "2-execution-rate-sectors").data, "3.8000\tno aplica\n"));
}

TEST_CASE("chart 3: the national series on two axes") {
    auto charts = model_charts(peru_model(), ChartStyle{});
    const Chart& c = find(charts, "3-national-series");
    CHECK(has(c.data, "2013\t1600000.00\t0.001476\t0\tS/ 1.6 million\n"));
    CHECK(has(c.data, "2015\t14163523.00\t0.010843\t1\tS/ 14.2 million\n"));
    CHECK(has(c.data, "2017\t3224738.00\t0.002263\t0\tS/ 3.2 million\n"));
    CHECK(has(c.script, "axes x1y2"));
    CHECK(has(c.script, "'0.010%%' 0.010"));
}

TEST_CASE("chart 4: what drove the 2016 fall, entity by entity") {
    auto charts = model_charts(peru_model(), ChartStyle{});
    const Chart& c = find(charts, "4-change-drivers");
    CHECK(has(c.title, "-S/ 7,678,473.50"));
    CHECK(has(c.data, "0\t-6850401.00\t1\t-S/ 6.9 million\n"));  // the Public Ministry, the largest fall, first
    CHECK(has(c.script, "'Public Ministry\u2026 (MPFN) \u2020' 0"));  // its status changed
    CHECK(has(c.script, "lc rgb '#b2182b' fs solid 1.0 title 'Falls'"));  // red: a fall, in every chart
    CHECK(has(c.data, "\t889076.50\t0\tS/ 889,076.50\n"));       // MIMP's rise
}

TEST_CASE("chart 5: funded vs need with the P10-P90 band") {
    auto charts = scenario_charts(small_run(), "small", ChartStyle{});
    const Chart& c = find(charts, "5-funded-vs-need-small");
    CHECK(has(c.data, "2017\t2000.00\t2200.00\t"));  // funded, central need (20 × 100 × 1.1)
    CHECK(has(c.script, "with filledcurves"));
    CHECK(has(c.script, "title 'Need, median (P50)'"));
    // Funding does not vary across trials here: its band would have no width, so it is neither
    // drawn nor in the legend.
    CHECK_FALSE(has(c.script, "Funded, P10-P90"));
}

TEST_CASE("chart 9: one entity over the years with its execution rate and the partial year") {
    Model m = peru_model();
    const Chart c = entity_chart(m, *m.entity("MININTER"), ChartStyle{});
    CHECK(c.name == "9-entity-mininter");
    // Only the years from its first figure to its last; 876,041.10 / 954,099.00 = 91.82% (91.8 to one place).
    CHECK(has(c.data, "2015\t954099.00\t876041.10\t0\t91.82\tS/ 954,099.00\tS/ 876,041.10\t91.8%\n"));
    // 2016 counted only to June: flagged, starred, its executed bar grey. 479,906 / 813,815 = 58.97%.
    CHECK(has(c.data, "2016\t813815.00\t479906.00\t1\t58.97\tS/ 813,815.00\tS/ 479,906.00\t59.0%*\n"));
    CHECK_FALSE(has(c.data, "2014\t"));
    CHECK(has(c.script, "set xtics ('2015' 2015, '2016*' 2016)"));
    CHECK(has(c.script, "'* execution counted only to 2016-06-30'"));
    CHECK(has(c.script, "lc rgb '#9a9a9a' fs solid 1.0 title 'Executed, year counted part way (*)'"));
    // No complete year has an executed amount other than 2015: orange for it, and the rate line.
    CHECK(has(c.script, "lc rgb '#c4561d' fs solid 1.0 title 'Executed'"));
    CHECK(has(c.script, "axes x1y2 with linespoints lw 2 dt 1 pt 7 ps 1.2 lc rgb '#7a2f0b' title 'Execution rate (right axis)'"));
    CHECK(has(c.script, "using ($1-0.2):($2):6 with labels"));  // the allocated values above their bars
    CHECK(has(c.script, "set label 1000 'Ministry of the Interior (MININTER)'"));
    ChartStyle es;
    es.lang = Lang::es;
    es.numbers = NumberStyle::si;
    const Chart e = entity_chart(m, *m.entity("MININTER"), es);
    CHECK(has(e.data, "S/\u00A0954\u00A0099,00\t"));
    CHECK(has(e.data, "59,0\u00A0%*\n"));
    CHECK(has(e.script, "title 'Tasa de ejecución (eje derecho)'"));
}

TEST_CASE("chart 10: a group over the years with its largest members") {
    Model m = peru_model();
    Comparison c = compare(m);
    auto g = std::find_if(c.groups.begin(), c.groups.end(), [](const GroupComparison& x) { return x.id == "sectors"; });
    REQUIRE(g != c.groups.end());
    const Chart chart = group_chart(m, *g, ChartStyle{});
    CHECK(chart.name == "10-group-sectors");
    // The sector table's totals: 2015 S/ 14,163,523.00 allocated (14.2 million), 4,146,895.59 executed.
    CHECK(has(chart.data, "2015\t14163523.00\t4146895.59\t0\tS/ 14.2 million\tS/ 4.1 million\n"));
    CHECK(has(chart.data, "\tS/ 14.2 million\t"));
    CHECK(has(chart.script, "title 'Allocated, group total'"));
    CHECK(has(chart.script, "with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '#8c510a' title 'Public Ministry\u2026 (MPFN)'"));
    CHECK(has(chart.script, "more members in the data file'"));
}

TEST_CASE("value labels: amounts as prose writes them, only where the bars are few") {
    ChartStyle es;
    es.lang = Lang::es;
    auto charts = model_charts(peru_model(), es);
    // Chart 3 has five bars: each is labelled, "S/ 14.2 MM" in Spanish (mef, the default).
    CHECK(has(find(charts, "3-national-series").data, "2015\t14163523.00\t0.010843\t1\tS/\u00A014.2\u00A0MM\n"));
    CHECK(has(find(charts, "3-national-series").script, "with labels center offset 0,0.7"));
    // Chart 1 of the sectors has 11 entities x 2 years x 2 bars: too many to label.
    CHECK_FALSE(has(find(charts, "1-allocated-vs-executed-sectors").script, "offset 0,0.7"));
    // Chart 4: a fall is labelled below its bar.
    CHECK(has(find(charts, "4-change-drivers").script, "offset 0,-0.7"));
}

TEST_CASE("a theme restyles every chart: colours, font, sizes") {
    ChartStyle st;
    st.theme.allocated = {{0x264653}};
    st.theme.fall = {0x9b2226};
    st.theme.font = "DejaVu Serif";
    st.theme.font_size = 12;
    st.theme.line_width = 2;
    st.theme.width = 1200;
    st.theme.height = 700;
    auto charts = model_charts(peru_model(), st);
    const Chart& c = find(charts, "4-change-drivers");
    CHECK(has(c.script, "lc rgb '#9b2226' fs solid 1.0 title 'Falls'"));
    CHECK(has(c.script, "lc rgb '#264653' fs solid 1.0 title 'Rises'"));
    CHECK(has(c.script, "set terminal pngcairo noenhanced size 2400,1400 font 'DejaVu Serif,12' fontscale 2 linewidth 4"));
    CHECK(has(c.script, "set terminal svg noenhanced size 1200,700 font 'DejaVu Serif,12' linewidth 2"));
    CHECK(has(c.script, "center font ',18' noenhanced"));  // the title, 15 pt at 10, scaled to 12
}

TEST_CASE("long names are shortened for axes and keep their acronym") {
    CHECK(short_label("Judiciary (PJ)") == "Judiciary (PJ)");
    CHECK(short_label("Public Ministry - Prosecutor's Office (MPFN)") == "Public Ministry\u2026 (MPFN)");
    CHECK(short_label("Ministry of the Interior (MININTER)") == "Ministry of the Interior\u2026");
    CHECK(short_label("Municipalidad Distrital de San Juan de Lurigancho", 20) == "Municipalidad\u2026");
    CHECK(short_label("Año ñandú ééééééééééééééé", 10) == "Año ñandú\u2026");  // counts characters, not bytes
}

TEST_CASE("charts cite the model's sources and draw the PNG at twice the size") {
    Model m = peru_model();
    std::string source = chart_source(m, Lang::en);
    CHECK(source.rfind("IV Alternative Report: Civil society assessment on the situation of\u2026; ", 0) == 0);
    CHECK(has(source, "; made with veedor"));
    auto charts = model_charts(m, ChartStyle{});
    CHECK(has(charts[0].script, "set terminal pngcairo noenhanced size 2200,1300 font 'DejaVu Sans,10' fontscale 2"));
    CHECK(has(charts[0].script, "set terminal svg noenhanced size 1100,650"));
}

TEST_CASE("chart 6: the need stacked by axis against funding, with the gap") {
    auto charts = scenario_charts(small_run(), "small", ChartStyle{});
    const Chart& c = find(charts, "6-gap-by-axis-small");
    // 2019: need 5,324.00, all protection (the third axis), funded 2,000.00, gap 3,324.00
    CHECK(has(c.data, "2019\t0.00\t0.00\t5324.00\t5324.00\t5324.00\t2000.00\t3324.00\n"));
    CHECK(has(c.script, "title 'Protection and care'"));
}

TEST_CASE("chart 7: the tornado, largest swing on top") {
    auto charts = scenario_charts(small_run(), "small", ChartStyle{});
    const Chart& c = find(charts, "7-tornado-small");
    CHECK(has(c.script, "'unit cost of places (S/)' 0"));
    CHECK(has(c.script, "set arrow 1 from 5154.00"));  // the central five-year gap
}

TEST_CASE("chart 7 also for the spending gap (need - expected executed)") {
    // No execution rule: everything funded is executed, so the spending gap is the funding gap.
    auto charts = scenario_charts(small_run(), "small", ChartStyle{});
    const Chart& c = find(charts, "7-tornado-spending-small");
    CHECK(c.title == "What moves the spending gap over the horizon most (sensitivity): Test");
    CHECK(has(c.script, "set xlabel 'Spending gap over the horizon, need minus expected executed (S/)'"));
    CHECK(has(c.script, "'unit cost of places (S/)' 0"));
    CHECK(has(c.script, "set arrow 1 from 5154.00"));
    ChartStyle es;
    es.lang = Lang::es;
    CHECK(find(scenario_charts(small_run(), "small", es), "7-tornado-spending-small").title ==
          "Qué mueve más la brecha de gasto del horizonte (sensibilidad): Test");
}

TEST_CASE("labels in Spanish use Peruvian number conventions") {
    ChartStyle es;
    es.lang = Lang::es;
    auto charts = model_charts(peru_model(), es);
    const Chart& c = find(charts, "3-national-series");
    CHECK(has(c.script, "'S/\u00A05,000,000' 5000000"));
    CHECK(has(c.script, "'0.010\u00A0%%' 0.010"));
    CHECK(has(c.script, "title 'Presupuesto específico'"));
}

TEST_CASE("every text exists in both languages") {
    for (auto key : all_text_keys()) {
        CHECK_FALSE(tr(key, Lang::en).empty());
        CHECK_FALSE(tr(key, Lang::es).empty());
    }
    CHECK_THROWS_AS(tr("no.such.key", Lang::en), std::logic_error);
}

TEST_CASE("gnuplot draws every chart kind to PNG and SVG, and the script redraws the same image") {
    test::TempDir temp("plots");
    const fs::path dir = temp.path();
    auto charts = model_charts(peru_model(), ChartStyle{});
    for (Chart& c : scenario_charts(small_run(), "small", ChartStyle{})) charts.push_back(c);
    write_and_render(charts, dir);
    for (const Chart& c : charts) {
        std::string png = slurp(dir / (c.name + ".png")), svg = slurp(dir / (c.name + ".svg"));
        CHECK_MESSAGE(png.rfind("\x89PNG", 0) == 0, c.name);
        CHECK_MESSAGE(svg.find("<svg") != std::string::npos, c.name);
    }
    CHECK(fs::file_size(dir / "7-tornado-small.png") > 10000);
    // An analyst reruns a script by hand: the same bytes come out.
    std::string before = slurp(dir / "3-national-series.svg");
    fs::remove(dir / "3-national-series.svg");
    std::string cmd = "cd '" + dir.string() + "' && " + find_gnuplot() + " 3-national-series.gp 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    CHECK(slurp(dir / "3-national-series.svg") == before);
}

TEST_CASE("hostile labels cannot make gnuplot run a command or write a file") {
    test::TempDir temp("hostile");
    const fs::path dir = temp.path();
    fs::path trap = fs::temp_directory_path() / ("veedor-pwned-" + std::to_string(::getpid()));
    fs::remove(trap);
    std::string t = trap.string();
    std::vector<std::string> hostile = {
        "`touch " + t + "`",
        "\" . system('touch " + t + "') . \"",
        "x'\nsystem 'touch " + t + "'\nset output '" + t + "'",
        "it's ''quoted'' \\n % %s %d _sub ^sup {braces} @ \x1b[31m",
    };
    for (const std::string& h : hostile) {
        Model m = peru_model();
        m.title = h;
        m.groups[0].name = h;
        ChartStyle style;
        style.source = h;
        // The theme reader refuses such a font (test_theme_reader.cpp); were one to get through,
        // it still reaches the script only as a string literal.
        style.theme.font = h;
        auto charts = model_charts(m, style);
        charts.push_back(entity_chart(m, *m.entity("MININTER"), style));
        for (const Chart& c : charts) {
            // User text appears only inside single quotes, never on a line of its own.
            for (std::string line; const auto& part : {c.script}) {
                std::istringstream lines(part);
                while (std::getline(lines, line)) CHECK_FALSE(line.rfind("system", 0) == 0);
            }
        }
        write_and_render(charts, dir);
        CHECK_FALSE(fs::exists(trap));
    }
}

TEST_CASE("script stamp: the first line is the FNV-1a 64 of the rest and an edit breaks it") {
    // The hashes are the published FNV-1a 64-bit test values ("" and "a"), and Python's for "plot x\n".
    CHECK(stamped_script("") == "# veedor: fnv1a64 cbf29ce484222325\n");
    CHECK(stamped_script("a") == "# veedor: fnv1a64 af63dc4c8601ec8c\na");
    std::string gp = stamped_script("plot x\n");
    CHECK(gp == "# veedor: fnv1a64 95c29ebedf5b1670\nplot x\n");
    CHECK(intact_script(gp));
    CHECK_FALSE(intact_script("# veedor: fnv1a64 95c29ebedf5b1670\nplot x**2\n"));  // an edited line
    CHECK_FALSE(intact_script("plot x\n"));                                           // no checksum line
    CHECK_FALSE(intact_script("# veedor: fnv1a64 95c29ebedf5b1670"));                 // nothing after it
}

TEST_CASE("a gnuplot that draws nothing is named with the images it did not make in both languages") {
    std::vector<Image> images;
    std::optional<Message> problem = GnuplotRenderer("/bin/false").render({Chart{"x", "X", "plot 1", ""}}, images);
    REQUIRE(problem);
    CHECK(message_text(*problem, Lang::en) == "gnuplot did not produce x.png, x.svg (its messages are above)");
    CHECK(message_text(*problem, Lang::es) == "gnuplot no produjo x.png, x.svg (sus mensajes están arriba)");
    CHECK(images.empty());
}
