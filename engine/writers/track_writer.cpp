#include "writers/track_writer.hpp"

#include "text/format.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace veedor {

namespace {

using Row = std::vector<std::string>;

/// The words of `track`, in both languages, kept beside their only user.
struct Words {
    std::string_view en, es;
};
std::string w(const Words& words, Lang l) { return std::string(l == Lang::en ? words.en : words.es); }

constexpr Words funding_title{"Plan against actual: planned funding and actual allocation, current soles",
                              "Plan frente a lo real: financiamiento previsto y asignación real, soles corrientes"};
constexpr Words execution_title{
    "Plan against actual: expected and actual execution, and the need met, current soles",
    "Plan frente a lo real: ejecución esperada y real, y la necesidad cubierta, soles corrientes"};
constexpr Words h_year{"Year", "Año"}, h_planned{"Planned funding", "Financiamiento previsto"},
    h_allocated{"Actual allocation", "Asignación real"}, h_variance{"Variance", "Variación"},
    h_variance_pct{"Variance %", "Variación %"}, h_cumulative{"Cumulative variance", "Variación acumulada"},
    h_cumulative_pct{"Cumulative %", "Acumulada %"}, h_expected{"Expected execution", "Ejecución esperada"},
    h_executed{"Actual execution", "Ejecución real"}, h_need{"Need (central case)", "Necesidad (caso central)"},
    h_need_met{"Need met", "Necesidad cubierta"}, h_need_met_cum{"Need met, cumulative", "Necesidad cubierta, acumulada"},
    h_figure{"Actual figure", "Cifra real"};
constexpr Words o_breakdown{"entity sum", "suma de entidades"}, o_printed{"printed total", "total publicado"},
    o_partial{"partial sum ({} of {})", "suma parcial ({} de {})"};
constexpr Words funding_note{
    "Variance = actual − planned; % of planned. Cumulative: the running totals over the years shown.",
    "Variación = real − previsto; % de lo previsto. Acumulada: los totales corridos de los años mostrados."};
constexpr Words need_note{
    "Need met = actual execution / the central case's costed need (not the Monte Carlo P50 or mean).",
    "Necesidad cubierta = ejecución real / la necesidad costeada del caso central (no la P50 ni la media del Monte Carlo)."};
constexpr Words partial_note{"{}: execution counted only through {}.", "{}: ejecución contada solo hasta {}."};
constexpr Words no_years{"No horizon year of this scenario has an actual figure in {}.",
                         "Ningún año del horizonte de este escenario tiene una cifra real en {}."};
constexpr Words head{"Plan against actual. Actuals: {} ({}), the national specific budget (the headline rule).",
                     "Plan frente a lo real. Cifras reales: {} ({}), el presupuesto específico nacional (la regla del titular)."};
constexpr Words pefa_title{"PEFA outturn indicators (2016 framework), over the last three completed years",
                           "Indicadores PEFA de ejecución (marco 2016), en los tres últimos años completos"};
constexpr Words h_indicator{"Indicator", "Indicador"}, h_approved{"Approved (PIA)", "Aprobado (PIA)"},
    h_pefa_executed{"Executed", "Ejecutado"}, h_value{"Value", "Valor"}, h_score{"Score", "Calificación"},
    h_entities{"Entities", "Entidades"};
constexpr Words pi1_name{"PI-1 aggregate outturn (executed / approved)", "PI-1 ejecución agregada (ejecutado / aprobado)"};
constexpr Words pi2_name{"PI-2.1 composition variance across entities", "PI-2.1 variación de la composición entre entidades"};
constexpr Words pi1_bands_note{
    "PI-1 thresholds: A 95–105 %, B 90–110 %, C 85–115 % of the originally approved budget in at least two of the three years; D otherwise.",
    "Umbrales de PI-1: A 95–105 %, B 90–110 %, C 85–115 % del presupuesto aprobado inicialmente en al menos dos de los tres años; D si no."};
constexpr Words pi2_bands_note{
    "PI-2.1 thresholds: variance below 5 % (A), 10 % (B), 15 % (C) in at least two of the three years; D otherwise. Variance = Σ|executed − approved × total executed / total approved| / total executed, entity by entity.",
    "Umbrales de PI-2.1: variación menor que 5 % (A), 10 % (B), 15 % (C) en al menos dos de los tres años; D si no. Variación = Σ|ejecutado − aprobado × total ejecutado / total aprobado| / total ejecutado, entidad por entidad."};
constexpr Words scope_note{
    "Applied to the specific budget of the headline group, not to the central government as a whole.",
    "Aplicados al presupuesto específico del grupo titular, no al gobierno central en su conjunto."};
constexpr Words score_line{"{}: {} (years {})", "{}: {} (años {})"};
constexpr Words na_fewer{"n/a: fewer than three completed years with a national figure ({})",
                         "no aplica: menos de tres años completos con cifra nacional ({})"};
constexpr Words na_pia{"n/a: no originally approved (PIA) figure in {} for {}",
                       "no aplica: sin cifra aprobada inicialmente (PIA) en {} para {}"};
constexpr Words na_exec{"n/a: no executed amount in {} for {}", "no aplica: sin monto ejecutado en {} para {}"};
constexpr Words na_members{"n/a: no figure in {} for {}", "no aplica: sin cifra en {} para {}"};
constexpr Words na_zero{"n/a: the approved or executed total of {} is zero", "no aplica: el total aprobado o ejecutado de {} es cero"};
constexpr Words none_word{"none", "ninguno"};

struct Writer {
    const Presentation& p;
    Lang lang;
    Style style;

    std::string money(const Money& m) const { return style.is_human() ? money_text(m, lang) : m.plain(); }
    std::string money(const std::optional<Money>& m) const {
        return m ? money(*m) : na();
    }
    std::string pct(const std::optional<Ratio>& r) const {
        if (!r) return na();
        Decimal d = round_ratio(*r, p.percent_places, p.mode);
        return style.is_human() ? percent_text(d, lang) : d.plain();
    }
    std::string amount(const std::optional<Variance>& v) const { return v ? money(v->amount) : money(std::nullopt); }
    std::string share(const std::optional<Variance>& v) const { return v ? pct(v->pct) : pct(std::nullopt); }

    /// An undefined figure: "n/a" or "no aplica" for people, an empty cell for machines.
    std::string na() const { return style.is_human() ? std::string(tr("value.not_applicable", lang)) : ""; }

    std::string origin(const TrackYear& y) const {
        if (!style.is_human()) return std::string(to_string(y.origin));
        switch (y.origin) {
            case SeriesOrigin::breakdown: return w(o_breakdown, lang);
            case SeriesOrigin::published_total: return w(o_printed, lang);
            case SeriesOrigin::partial_sum: return fmt::format(fmt::runtime(w(o_partial, lang)), y.with_figure, y.members);
            case SeriesOrigin::none: break;
        }
        return na();
    }
};

Row figure_cells(const Writer& wr, const TrackedFigure& f) {
    return {wr.money(f.planned), wr.money(f.actual), wr.amount(f.variance), wr.share(f.variance),
            wr.amount(f.cumulative), wr.share(f.cumulative)};
}

Table funding_table(const ScenarioTrack& st, const Writer& wr) {
    Table t;
    t.title = w(funding_title, wr.lang);
    for (const Words* h : {&h_year, &h_planned, &h_allocated, &h_variance, &h_variance_pct, &h_cumulative,
                           &h_cumulative_pct, &h_figure})
        t.headers.push_back(w(*h, wr.lang));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned.front() = t.right_aligned.back() = false;
    for (const TrackYear& y : st.years) {
        Row row{std::to_string(y.year)};
        for (std::string& c : figure_cells(wr, y.funded)) row.push_back(std::move(c));
        row.push_back(wr.origin(y));
        t.rows.push_back(std::move(row));
    }
    t.notes.push_back(w(funding_note, wr.lang));
    return t;
}

Table execution_table(const ScenarioTrack& st, const Writer& wr) {
    Table t;
    t.title = w(execution_title, wr.lang);
    for (const Words* h : {&h_year, &h_expected, &h_executed, &h_variance, &h_variance_pct, &h_cumulative,
                           &h_cumulative_pct, &h_need, &h_need_met, &h_need_met_cum})
        t.headers.push_back(w(*h, wr.lang));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned.front() = false;
    for (const TrackYear& y : st.years) {
        Row row{std::to_string(y.year)};
        for (std::string& c : figure_cells(wr, y.executed)) row.push_back(std::move(c));
        row.push_back(wr.money(y.need));
        row.push_back(wr.pct(y.need_met));
        row.push_back(wr.pct(y.need_met_cumulative));
        t.rows.push_back(std::move(row));
        if (y.partial_through)
            t.notes.push_back(fmt::format(fmt::runtime(w(partial_note, wr.lang)), y.year, y.partial_through->iso()));
    }
    t.notes.push_back(w(funding_note, wr.lang));
    t.notes.push_back(w(need_note, wr.lang));
    return t;
}

std::string years_of(const PefaIndicator& ind) {
    std::string out;
    for (const PefaYear& y : ind.years) out += (out.empty() ? "" : ", ") + std::to_string(y.year);
    return out;
}

/// "A (years 2013, 2014, 2015)" or "n/a: MIMP has no … for 2014".
std::string score_text(const PefaIndicator& ind, Lang l) {
    const PefaYear* gap_year = nullptr;
    for (const PefaYear& y : ind.years)
        if (y.year == ind.gap_year) gap_year = &y;
    auto who = [&] {
        std::string out;
        if (gap_year)
            for (const std::string& e : gap_year->missing) out += (out.empty() ? "" : ", ") + e;
        return out;
    };
    auto f = [&](const Words& words, const std::string& a, const std::string& b = "") {
        return fmt::format(fmt::runtime(w(words, l)), a, b);
    };
    switch (ind.gap) {
        case PefaGap::none: return ind.score ? std::string(to_string(*ind.score)) : std::string(tr("value.not_applicable", l));
        case PefaGap::fewer_than_three_years: {
            std::string years = years_of(ind);
            return f(na_fewer, years.empty() ? w(none_word, l) : years);
        }
        case PefaGap::no_original_budget: return f(na_pia, std::to_string(ind.gap_year), who());
        case PefaGap::no_execution: return f(na_exec, std::to_string(ind.gap_year), who());
        case PefaGap::members_missing: return f(na_members, std::to_string(ind.gap_year), who());
        case PefaGap::zero_budget: return f(na_zero, std::to_string(ind.gap_year));
    }
    return std::string(tr("value.not_applicable", l));
}

Table pefa_table(const PefaOutturn& pefa, const Writer& wr) {
    Table t;
    t.title = w(pefa_title, wr.lang);
    for (const Words* h : {&h_indicator, &h_year, &h_approved, &h_pefa_executed, &h_entities, &h_value})
        t.headers.push_back(w(*h, wr.lang));
    t.right_aligned = {false, false, true, true, true, true};
    for (const auto& [ind, name] : {std::pair{&pefa.pi1, &pi1_name}, std::pair{&pefa.pi2, &pi2_name}}) {
        for (const PefaYear& y : ind->years)
            t.rows.push_back({w(*name, wr.lang), std::to_string(y.year), wr.money(y.approved), wr.money(y.executed),
                              std::to_string(y.entities), wr.pct(y.value)});
    }
    for (const auto& [ind, name] : {std::pair{&pefa.pi1, &pi1_name}, std::pair{&pefa.pi2, &pi2_name}})
        t.notes.push_back(fmt::format(fmt::runtime(w(score_line, wr.lang)), w(*name, wr.lang), score_text(*ind, wr.lang),
                                      ind->years.empty() ? w(none_word, wr.lang) : years_of(*ind)));
    t.notes.push_back(w(pi1_bands_note, wr.lang));
    t.notes.push_back(w(pi2_bands_note, wr.lang));
    t.notes.push_back(w(scope_note, wr.lang));
    return t;
}

std::string head_text(const TrackSource& src, Lang l) {
    return fmt::format(fmt::runtime(w(head, l)), src.model_title, src.model_file);
}

Table machine_years(const Tracking& t, const Presentation& p) {
    Writer wr{p, Lang::en, Style::machine};
    Table out;
    out.headers = {"scenario", "year", "actual_origin", "members", "members_with_figure", "executed_through",
                   "planned_funded", "actual_allocated", "funded_variance", "funded_variance_pct",
                   "funded_cumulative_variance", "funded_cumulative_variance_pct", "planned_executed",
                   "actual_executed", "executed_variance", "executed_variance_pct", "executed_cumulative_variance",
                   "executed_cumulative_variance_pct", "need_central", "need_p10", "need_p90", "need_met_pct",
                   "need_met_cumulative_pct"};
    for (const ScenarioTrack& st : t.scenarios) {
        for (const TrackYear& y : st.years) {
            Row row{st.run->scenario->file, std::to_string(y.year), wr.origin(y), std::to_string(y.members),
                    std::to_string(y.with_figure), y.partial_through ? y.partial_through->iso() : ""};
            for (std::string& c : figure_cells(wr, y.funded)) row.push_back(std::move(c));
            for (std::string& c : figure_cells(wr, y.executed)) row.push_back(std::move(c));
            for (std::string c : {wr.money(y.need), wr.money(y.need_p10), wr.money(y.need_p90), wr.pct(y.need_met),
                                  wr.pct(y.need_met_cumulative)})
                row.push_back(std::move(c));
            out.rows.push_back(std::move(row));
        }
    }
    return out;
}

Table machine_pefa(const Tracking& t, const Presentation& p) {
    Writer wr{p, Lang::en, Style::machine};
    Table out;
    out.headers = {"indicator", "year", "approved", "executed", "entities", "value_pct", "year_gap", "score", "gap"};
    for (const auto& [ind, id] : {std::pair{&t.pefa.pi1, "PI-1"}, std::pair{&t.pefa.pi2, "PI-2.1"}}) {
        std::string score = ind->score ? std::string(to_string(*ind->score)) : "n/a";
        for (const PefaYear& y : ind->years)
            out.rows.push_back({id, std::to_string(y.year), wr.money(y.approved), wr.money(y.executed),
                                std::to_string(y.entities), wr.pct(y.value), std::string(to_string(y.gap)), score,
                                std::string(to_string(ind->gap))});
        if (ind->years.empty()) out.rows.push_back({id, "", "", "", "", "", "", score, std::string(to_string(ind->gap))});
    }
    return out;
}

template <class Render>
std::string render_all(const Tracking& t, const TrackSource& src, const Presentation& p, Lang lang, Render render,
                       const std::string& heading_prefix) {
    Writer wr{p, lang, Style::human};
    std::string out;
    for (const ScenarioTrack& st : t.scenarios) {
        out += heading_prefix + st.run->scenario->title + " (" + st.run->scenario->file + ")\n\n";
        if (st.years.empty()) {
            out += fmt::format(fmt::runtime(w(no_years, lang)), src.model_file) + "\n\n";
            continue;
        }
        out += render(funding_table(st, wr)) + "\n";
        out += render(execution_table(st, wr)) + "\n";
    }
    out += render(pefa_table(t.pefa, wr));
    return out;
}

}  // namespace

std::vector<Table> track_tables(const Tracking& t, const Presentation& p, Lang lang, const SimulationRun* only) {
    Writer wr{p, lang, Style::human};
    std::vector<Table> out;
    for (const ScenarioTrack& st : t.scenarios) {
        if (st.years.empty() || (only && st.run != only)) continue;
        Table f = funding_table(st, wr), e = execution_table(st, wr);
        f.title = st.run->scenario->title + ": " + f.title;
        e.title = st.run->scenario->title + ": " + e.title;
        out.push_back(std::move(f));
        out.push_back(std::move(e));
    }
    out.push_back(pefa_table(t.pefa, wr));
    return out;
}

std::string track_text(const Tracking& t, const TrackSource& src, const Presentation& p, Lang lang) {
    return head_text(src, lang) + "\n\n" +
           render_all(t, src, p, lang, [](const Table& tb) { return render_text(tb); }, "");
}

std::string track_markdown(const Tracking& t, const TrackSource& src, const Presentation& p, Lang lang, int level) {
    std::string hashes(static_cast<size_t>(level), '#');
    return hashes + " " + markdown_safe(head_text(src, lang)) + "\n\n" +
           render_all(t, src, p, lang, [level](const Table& tb) { return render_markdown(tb, level + 2); },
                      hashes + "# ");
}

std::vector<NamedTable> track_csv_tables(const Tracking& t, const Presentation& p) {
    return {{"track-years", machine_years(t, p)}, {"track-pefa", machine_pefa(t, p)}};
}

std::string track_json(const Tracking& t, const TrackSource& src, const Presentation& p) {
    using nlohmann::json;
    auto rows_of = [](const Table& tb) {
        json rows = json::array();
        for (const auto& r : tb.rows) {
            json row;
            for (size_t i = 0; i < tb.headers.size() && i < r.size(); ++i) row[tb.headers[i]] = r[i];
            rows.push_back(row);
        }
        return rows;
    };
    json out;
    out["actual"] = {{"model", src.model_file}, {"title", src.model_title}};
    out["rounding"] = {{"mode", to_string(p.mode)}, {"percent_places", p.percent_places}};
    out["need"] = "central case";
    out["scenarios"] = json::array();
    for (const ScenarioTrack& st : t.scenarios)
        out["scenarios"].push_back({{"file", st.run->scenario->file}, {"title", st.run->scenario->title}});
    out["years"] = rows_of(machine_years(t, p));
    out["pefa"] = rows_of(machine_pefa(t, p));
    json bands = json::object();
    for (const auto& [id, list] : {std::pair{"PI-1", &pi1_bands}, std::pair{"PI-2.1", &pi2_bands}}) {
        json b = json::array();
        for (const PefaBand& band : *list)
            b.push_back({{"score", to_string(band.score)}, {"low_pct", band.low}, {"high_pct", band.high}});
        bands[id] = b;
    }
    out["pefa_thresholds"] = {{"bands", bands}, {"years_needed", pefa_years_needed}, {"of_years", 3}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace veedor
