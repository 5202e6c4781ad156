// veedor track: the plan against actual figures and the PEFA outturn indicators, every figure
// computed by hand from tests/track/model.yaml and tests/track/plan.yaml (see their comments).
#include "analysis/pefa.hpp"
#include "readers/model_reader.hpp"
#include "readers/scenario_reader.hpp"
#include "scenario/track.hpp"
#include "writers/track_writer.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace veedor;

namespace {

std::string track_dir() { return std::string(VEEDOR_SOURCE_DIR) + "/tests/track/"; }

std::string model_text() {
    std::ifstream in(track_dir() + "model.yaml");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The test model with every line containing one of `drop` left out and `from` replaced by `to`.
Model edited_model(const std::vector<std::string>& drop, const std::string& from = "", const std::string& to = "") {
    std::istringstream in(model_text());
    std::string text, line;
    while (std::getline(in, line)) {
        bool keep = true;
        for (const std::string& d : drop) keep = keep && line.find(d) == std::string::npos;
        if (!from.empty() && line.find(from) != std::string::npos) line.replace(line.find(from), from.size(), to);
        if (keep) text += line + "\n";
    }
    Diagnostics d;
    Model m = load_model_text(text, "model.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    return m;
}

std::string pct4(const std::optional<Ratio>& r) {
    REQUIRE(r);
    return round_ratio(*r, 4, RoundingMode::half_up).plain();
}

Money sol(long long s) { return Money::from_soles(s); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Tracked {
    std::vector<Scenario> scenarios;
    std::vector<SimulationRun> runs;
    Tracking t;
};

Tracked tracked(const Model& actual) {
    Tracked out;
    Diagnostics d;
    out.scenarios.push_back(load_scenario(track_dir() + "plan.yaml", d));
    REQUIRE_FALSE(d.has_errors());
    out.runs = simulate_all(out.scenarios, {}).runs;
    out.t = track(out.runs, actual);
    return out;
}

}  // namespace

TEST_CASE("track: variance in soles and percent and its running total against the plan") {
    Tracked tr = tracked(edited_model({}));
    const ScenarioTrack& st = tr.t.scenarios.at(0);
    REQUIRE(st.years.size() == 3);  // 2020 has no actual figure
    const TrackYear &y17 = st.years[0], &y18 = st.years[1], &y19 = st.years[2];
    CHECK(y17.year == 2017);
    CHECK(y19.year == 2019);
    CHECK(y17.origin == SeriesOrigin::breakdown);
    // Funding 2,100 / 2,200 / 2,000 against allocations of 2,000 each year.
    CHECK(y17.funded.variance->amount == sol(-100));
    CHECK(pct4(y17.funded.variance->pct) == "-4.7619");     // -100 / 2,100
    CHECK(y18.funded.variance->amount == sol(-200));
    CHECK(pct4(y18.funded.variance->pct) == "-9.0909");     // -200 / 2,200
    CHECK(y18.funded.cumulative->amount == sol(-300));
    CHECK(pct4(y18.funded.cumulative->pct) == "-6.9767");   // -300 / 4,300
    CHECK(y19.funded.variance->amount == sol(0));
    CHECK(pct4(y19.funded.variance->pct) == "0.0000");
    CHECK(y19.funded.cumulative->amount == sol(-300));
    CHECK(pct4(y19.funded.cumulative->pct) == "-4.7619");   // -300 / 6,300
    // Expected execution (90 %) 1,890 / 1,980 / 1,800 against 1,900 / 1,900 / 1,700.
    CHECK(y17.executed.planned == sol(1890));
    CHECK(y17.executed.variance->amount == sol(10));
    CHECK(pct4(y17.executed.variance->pct) == "0.5291");    // 10 / 1,890
    CHECK(pct4(y18.executed.variance->pct) == "-4.0404");   // -80 / 1,980
    CHECK(y18.executed.cumulative->amount == sol(-70));
    CHECK(pct4(y18.executed.cumulative->pct) == "-1.8088");  // -70 / 3,870
    CHECK(y19.executed.cumulative->amount == sol(-170));
    CHECK(pct4(y19.executed.cumulative->pct) == "-2.9982");  // -170 / 5,670
    // Need met: actual execution over the central need of 4,000 a year.
    CHECK(pct4(y17.need_met) == "47.5000");
    CHECK(pct4(y19.need_met) == "42.5000");
    CHECK(pct4(y19.need_met_cumulative) == "45.8333");  // 5,500 / 12,000
    CHECK_FALSE(y17.need_p10);                          // no Monte Carlo asked for
}

TEST_CASE("track: PEFA PI-1 and PI-2.1 over the last three completed years") {
    PefaOutturn p = pefa_outturn(edited_model({}));
    REQUIRE(p.pi1.years.size() == 3);
    CHECK(p.pi1.years[0].year == 2017);
    CHECK(p.pi1.years[0].approved == sol(2000));
    CHECK(p.pi1.years[0].executed == sol(1900));
    CHECK(pct4(p.pi1.years[0].value) == "95.0000");  // 95 % is inside A's band (inclusive)
    CHECK(pct4(p.pi1.years[2].value) == "85.0000");
    REQUIRE(p.pi1.score);
    CHECK(*p.pi1.score == PefaScore::A);
    CHECK(pct4(p.pi2.years[0].value) == "5.2632");   // (50 + 50) / 1,900
    CHECK(pct4(p.pi2.years[1].value) == "6.3158");   // (60 + 60) / 1,900
    CHECK(pct4(p.pi2.years[2].value) == "17.6471");  // (150 + 150) / 1,700
    REQUIRE(p.pi2.score);
    CHECK(*p.pi2.score == PefaScore::B);  // below 10 % in 2017 and 2018, never below 5 %
}

TEST_CASE("track: PEFA with a partial year takes the three completed years before it") {
    PefaOutturn p = pefa_outturn(edited_model({}, "{year: 2019, general-budget: 1000000.00}",
                                              "{year: 2019, general-budget: 1000000.00, executed-through: 2019-06-30}"));
    REQUIRE(p.pi1.years.size() == 3);
    CHECK(p.pi1.years[0].year == 2016);
    CHECK(pct4(p.pi1.years[0].value) == "90.0000");  // 1,800 / 2,000
    CHECK(*p.pi1.score == PefaScore::A);             // 95 % in 2017 and 2018
}

TEST_CASE("track: PEFA is n/a with fewer than three completed years") {
    PefaOutturn p = pefa_outturn(edited_model({"{year: 2018", "{year: 2019"}));
    CHECK(p.pi1.years.size() == 2);
    CHECK_FALSE(p.pi1.score);
    CHECK(p.pi1.gap == PefaGap::fewer_than_three_years);
    CHECK(p.pi2.gap == PefaGap::fewer_than_three_years);
}

TEST_CASE("track: PEFA is n/a when the allocation is not the originally approved budget") {
    Model m = edited_model({}, "allocated: pia", "allocated: pim");
    PefaOutturn p = pefa_outturn(m);
    CHECK_FALSE(p.pi1.score);
    CHECK(p.pi1.gap == PefaGap::no_original_budget);
    CHECK(p.pi1.gap_year == 2017);
    CHECK(p.pi1.years[0].missing == std::vector<std::string>{"A", "B"});
    Tracked tr = tracked(m);
    CHECK(has(track_text(tr.t, {"model.yaml", "m"}, {}, Lang::en),
              "PI-1 aggregate outturn (executed / approved): n/a: no originally approved (PIA) figure in 2017 for A, B "
              "(years 2017, 2018, 2019)"));
    CHECK(has(track_text(tr.t, {"model.yaml", "m"}, {}, Lang::es),
              "no aplica: sin cifra aprobada inicialmente (PIA) en 2017 para A, B (años 2017, 2018, 2019)"));
}

TEST_CASE("track: PEFA is n/a when a member has no figure and the actual is then a partial sum") {
    Model m = edited_model({"{year: 2018, allocated: 800.00"});
    PefaOutturn p = pefa_outturn(m);
    CHECK(p.pi1.gap == PefaGap::members_missing);
    CHECK(p.pi1.gap_year == 2018);
    CHECK(p.pi1.years[1].missing == std::vector<std::string>{"B"});
    Tracked tr = tracked(m);
    const TrackYear& y18 = tr.t.scenarios[0].years[1];
    CHECK(y18.origin == SeriesOrigin::partial_sum);
    CHECK(y18.with_figure == 1);
    CHECK(y18.members == 2);
    CHECK(has(track_text(tr.t, {"model.yaml", "m"}, {}, Lang::en), "partial sum (1 of 2)"));
}

TEST_CASE("track: the outputs state the thresholds and the need figure in both languages") {
    Tracked tr = tracked(edited_model({}));
    std::string en = track_text(tr.t, {"model.yaml", "m"}, {}, Lang::en);
    CHECK(has(en, "PI-1 aggregate outturn (executed / approved): A (years 2017, 2018, 2019)"));
    CHECK(has(en, "PI-2.1 composition variance across entities: B (years 2017, 2018, 2019)"));
    CHECK(has(en, "PI-1 thresholds: A 95–105 %, B 90–110 %, C 85–115 %"));
    CHECK(has(en, "the central case's costed need"));
    std::string es = track_text(tr.t, {"model.yaml", "m"}, {}, Lang::es);
    CHECK(has(es, "PI-2.1 variación de la composición entre entidades: B (años 2017, 2018, 2019)"));
    CHECK(has(es, "-S/\u00A0100.00"));
    std::string csv = render_csv(track_csv_tables(tr.t, {}).at(1).table);
    CHECK(has(csv, "PI-2.1,2019,2000.00,1700.00,2,17.65,,B,\r\n"));
}
