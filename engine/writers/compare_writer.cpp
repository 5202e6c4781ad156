#include "writers/compare_writer.hpp"
#include "writers/stages_table.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <ostream>
#include <sstream>

namespace veedor {
namespace {

using Row = std::vector<std::string>;

/// A total, or "unknown" when none of the values it adds up is known.
std::string total_text(const Money& m, bool known, const Style& s) {
    return known ? format_money(m, s) : s.is_human() ? std::string(tr("value.unknown", s.lang)) : "unknown";
}

std::string partial_mark(const std::optional<Date>& d, const Style& s) { return d && s.is_human() ? " *" : ""; }

std::string excluded_text(const Money& m, const Style& s) {
    if (m.is_zero()) return s.is_human() ? "" : "0.00";
    return s.is_human() ? trf("cmp.excluded", s.lang, format_money(m, s)) : format_money(m, s);
}

std::vector<std::string> entity_headers(bool with_group, Lang l = Lang::en) {
    if (with_group)
        return {"group", "entity_id", "entity_name", "level", "kind", "region", "year", "allocated",
                "allocated_status", "executed", "executed_status", "execution_rate_pct",
                "change", "change_pct", "executed_through", "excluded"};
    std::vector<std::string> h;
    for (const char* k : {"cmp.h.entity", "cmp.h.year", "cmp.h.allocated", "cmp.h.executed", "cmp.h.rate", "cmp.h.change",
                          "cmp.h.change_pct", "cmp.h.notes"})
        h.emplace_back(tr(k, l));
    return h;
}

/// Calls `emit` with each entity row of `g` in order; true when a shown rate is of a partial year.
/// Rows are made one at a time so that a CSV can be written without holding them all.
template <class Emit>
bool entity_rows(const GroupComparison& g, const Presentation& p, const Style& s, bool with_group, Emit&& emit) {
    bool any_partial = false;
    for (const EntityYear& r : g.rows) {
        const Figure& f = *r.figure;
        std::string rate = format_percent(r.rate, p.percent_places, p.mode, s);
        if (r.rate) rate += partial_mark(r.partial_through, s);
        any_partial |= r.partial_through && f.executed.is_amount();
        std::string change = format_optional_money(r.change, s);
        std::string change_pct = format_percent(r.change_rate, p.percent_places, p.mode, s);
        if (with_group) {
            emit(Row{g.id, r.entity->id, r.entity->name, std::string(to_string(r.entity->level)),
                     std::string(to_string(r.entity->kind)), r.entity->region, std::to_string(r.year),
                     format_value(f.allocated, s), std::string(to_string(f.allocated.kind)),
                     format_value(f.executed, s), std::string(to_string(f.executed.kind)), rate, change,
                     change_pct, r.partial_through ? r.partial_through->iso() : "", excluded_text(r.excluded, s)});
        } else {
            std::string notes = excluded_text(r.excluded, s);
            emit(Row{r.entity->id, std::to_string(r.year), format_value(f.allocated, s),
                     format_value(f.executed, s), rate, change, change_pct, notes});
        }
    }
    return any_partial;
}

Table entity_table(const GroupComparison& g, const Presentation& p, const Style& s, bool with_group) {
    Table t;
    t.title = g.name;
    t.headers = entity_headers(with_group, s.lang);
    t.right_aligned = with_group ? std::vector<bool>(t.headers.size(), false)
                                 : std::vector<bool>{false, false, true, true, true, true, true, false};
    t.rows.reserve(g.rows.size());
    bool any_partial = entity_rows(g, p, s, with_group, [&](Row&& row) { t.rows.push_back(std::move(row)); });
    if (any_partial && s.is_human())
        for (const EntityYear& r : g.rows)
            if (r.partial_through) {
                t.notes.push_back(trf("cmp.partial_through", s.lang, r.partial_through->iso()));
                break;
            }
    return t;
}

Table totals_table(const GroupComparison& g, const Presentation& p, const Style& s, bool with_group) {
    Table t;
    t.title = s.is_human() ? trf("cmp.totals_title", s.lang, g.name) : g.name;
    if (with_group)
        t.headers = {"group", "year", "allocated", "executed", "execution_rate_all_pct", "execution_rate_matched_pct",
                     "matched_allocated", "matched_executed", "change", "change_pct", "members", "with_figure",
                     "allocated_amounts", "allocated_unknown", "allocated_no_specific_budget", "allocated_not_reported",
                     "executed_amounts", "executed_unknown", "executed_no_specific_budget", "executed_not_reported",
                     "allocated_without_known_execution", "executed_without_known_allocation", "executed_through",
                     "excluded"};
    else
        for (const char* k : {"cmp.h.year", "cmp.h.allocated", "cmp.h.executed", "cmp.h.rate_all", "cmp.h.rate_matched",
                              "cmp.h.change", "cmp.h.change_pct", "cmp.h.known_alloc", "cmp.h.known_exec"})
            t.headers.emplace_back(tr(k, s.lang));
    t.right_aligned = with_group ? std::vector<bool>(t.headers.size(), false)
                                 : std::vector<bool>{false, true, true, true, true, true, true, true, true};
    for (const GroupYear& y : g.totals) {
        const Coverage& c = y.coverage;
        std::string all = format_percent(y.report_rate, p.percent_places, p.mode, s) + partial_mark(y.partial_through, s);
        std::string matched =
            format_percent(y.matched_rate, p.percent_places, p.mode, s) + partial_mark(y.partial_through, s);
        if (with_group) {
            t.rows.push_back({g.id, std::to_string(y.year), total_text(y.allocated, y.allocated_known, s), total_text(y.executed, y.executed_known, s),
                              all, matched, format_money(y.matched_allocated, s), format_money(y.matched_executed, s),
                              format_optional_money(y.change, s),
                              format_percent(y.change_rate, p.percent_places, p.mode, s), std::to_string(c.members),
                              std::to_string(c.with_figure), std::to_string(c.allocated.amount),
                              std::to_string(c.allocated.unknown), std::to_string(c.allocated.no_specific_budget),
                              std::to_string(c.allocated.not_reported), std::to_string(c.executed.amount),
                              std::to_string(c.executed.unknown), std::to_string(c.executed.no_specific_budget),
                              std::to_string(c.executed.not_reported), format_money(c.allocated_without_executed, s),
                              format_money(c.executed_without_allocated, s),
                              y.partial_through ? y.partial_through->iso() : "", format_money(y.excluded, s)});
        } else {
            auto known = [&](const KindCounts& k) {
                return trf("of", s.lang, k.amount, c.members);
            };
            t.rows.push_back({std::to_string(y.year), total_text(y.allocated, y.allocated_known, s), total_text(y.executed, y.executed_known, s), all,
                              matched, format_optional_money(y.change, s),
                              format_percent(y.change_rate, p.percent_places, p.mode, s), known(c.allocated),
                              known(c.executed)});
        }
    }
    if (s.is_human()) {
        t.notes.emplace_back(tr("cmp.rates_note", s.lang));
        for (const GroupYear& y : g.totals) {
            const Coverage& c = y.coverage;
            std::string line = trf("cmp.coverage_line", s.lang,
                                           y.year, c.allocated.amount, c.allocated.unknown, c.allocated.no_specific_budget,
                                           c.allocated.not_reported, c.executed.amount, c.executed.unknown,
                                           c.executed.no_specific_budget, c.executed.not_reported);
            if (!c.allocated_without_executed.is_zero())
                line += trf("cmp.alloc_unknown_exec", s.lang, format_money(c.allocated_without_executed, s));
            if (!c.executed_without_allocated.is_zero())
                line += trf("cmp.exec_unknown_alloc", s.lang, format_money(c.executed_without_allocated, s));
            if (y.partial_through) line += trf("cmp.exec_through", s.lang, y.partial_through->iso());
            if (!c.complete())
                line += trf("cmp.only_members", s.lang, c.with_figure, c.reporting);
            t.notes.push_back(line);
        }
    }
    return t;
}

std::string not_available_words(NotAvailable n, Lang l) {
    switch (n) {
        case NotAvailable::no_figure: return std::string(tr("cmp.na.no_figure", l));
        case NotAvailable::no_general_budget: return std::string(tr("cmp.na.no_general_budget", l));
        case NotAvailable::zero_general_budget: return std::string(tr("cmp.na.zero_general_budget", l));
        case NotAvailable::no_population: return std::string(tr("cmp.na.no_population", l));
        case NotAvailable::none: break;
    }
    return "";
}

std::string origin_words(const SeriesYear& y, const std::string& series_name, Lang l) {
    switch (y.origin) {
        case SeriesOrigin::breakdown: return std::string(tr("cmp.origin.breakdown", l));
        case SeriesOrigin::published_total:
            return y.incomplete() ? trf("cmp.origin.printed_entities", l, coverage_words(y, series_name, l))
                                  : std::string(tr("cmp.origin.printed_only", l));
        case SeriesOrigin::partial_sum: return trf("cmp.origin.partial", l, coverage_words(y, series_name, l));
        case SeriesOrigin::none: break;
    }
    return std::string(tr("cmp.origin.none", l));
}

Table series_table(const Comparison& c, const Presentation& p, const Style& s) {
    Table t;
    t.title = s.is_human() ? trf("cmp.series_title", s.lang, c.series_name) : "National series: " + c.series_name;
    if (!s.is_human())
        t.headers = {"year", "specific_budget", "origin", "executed", "general_budget", "share_of_general_budget_pct",
                     "change", "change_pct", "population", "per_capita", "executed_through", "entity_sum",
                     "members_with_figure", "members", "partial", "share_note", "per_capita_note"};
    else
        for (const char* k : {"cmp.h.year", "cmp.h.specific", "cmp.h.general", "cmp.h.share", "cmp.h.change",
                              "cmp.h.change_pct", "cmp.h.population", "cmp.h.per_capita", "cmp.h.origin"})
            t.headers.emplace_back(tr(k, s.lang));
    t.right_aligned = !s.is_human() ? std::vector<bool>(t.headers.size(), false)
                                          : std::vector<bool>{false, true, true, true, true, true, true, true, false};
    for (const SeriesYear& y : c.series) {
        std::string share = format_percent(y.share, p.share_places, p.mode, s);
        std::string per_capita = format_ratio(y.per_capita, p.per_capita_places, p.mode, s);
        if (s.is_human() && y.per_capita) per_capita = std::string(sol_sign(s.lang)) + per_capita;
        std::string given_not = s.is_human() ? std::string(tr("value.not_given", s.lang)) : "";
        std::string population = y.population ? (s.is_human() ? format_count(*y.population, s)
                                                                : std::to_string(*y.population))
                                              : given_not;
        bool partial = y.origin == SeriesOrigin::partial_sum;
        if (!s.is_human())
            t.rows.push_back({std::to_string(y.year), format_optional_money(y.specific, s),
                              std::string(to_string(y.origin)), y.executed ? format_money(*y.executed, s) : "",
                              y.general_budget ? format_money(*y.general_budget, s) : "", share,
                              format_optional_money(y.change, s),
                              format_percent(y.change_rate, p.percent_places, p.mode, s), population, per_capita,
                              y.partial_through ? y.partial_through->iso() : "",
                              y.entity_sum ? format_money(*y.entity_sum, s) : "", std::to_string(y.with_figure),
                              std::to_string(y.members), partial ? "true" : "false",
                              std::string(to_string(y.share_na)), std::string(to_string(y.per_capita_na))});
        else
            t.rows.push_back({std::to_string(y.year),
                              format_optional_money(y.specific, s) + (partial ? std::string(tr("cmp.partial_suffix", s.lang)) : ""),
                              y.general_budget ? format_money(*y.general_budget, s) : given_not, share,
                              format_optional_money(y.change, s),
                              format_percent(y.change_rate, p.percent_places, p.mode, s), population, per_capita,
                              origin_words(y, c.series_name, s.lang)});
    }
    if (s.is_human()) {
        t.notes.emplace_back(tr("cmp.series_note", s.lang));
        for (const SeriesYear& y : c.series)
            if (y.incomplete() && y.specific) t.notes.push_back(headline_warning(y, c.series_name, s) + ".");
        for (const SeriesYear& y : c.series) {
            // Why a share or per capita of a year with a figure is n/a (a year without one says so).
            if (y.share_na != NotAvailable::none && y.share_na != NotAvailable::no_figure)
                t.notes.push_back(trf("cmp.share_na", s.lang, y.year, not_available_words(y.share_na, s.lang)));
            if (y.per_capita_na != NotAvailable::none && y.per_capita_na != NotAvailable::no_figure)
                t.notes.push_back(trf("cmp.per_capita_na", s.lang, y.year, not_available_words(y.per_capita_na, s.lang)));
        }
    }
    return t;
}

std::string head_lines(const Model& m, const Presentation& p, Lang l) {
    std::string stages;
    if (!m.allocated_stage.empty())
        stages = trf("cmp.stages", l, m.allocated_stage, m.executed_stage, m.executed_stage, m.allocated_stage);
    return trf("cmp.head", l, m.file, presentation_line(p, l)) + stages;
}

}  // namespace

std::string series_noun(const std::string& series_name) {
    std::string noun = series_name;
    // "Sectors" reads "2 of 15 sectors"; an acronym ("GORE...") keeps its capitals.
    if (noun.size() > 1 && std::isupper(static_cast<unsigned char>(noun[0])) &&
        !std::isupper(static_cast<unsigned char>(noun[1])))
        noun[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(noun[0])));
    return noun;
}

std::string coverage_words(const SeriesYear& y, const std::string& series_name, Lang l) {
    return trf("of", l, y.with_figure, y.members) + " " + series_noun(series_name);
}

std::string headline_warning(const SeriesYear& y, const std::string& series_name, const Style& s) {
    if (!y.incomplete() || !y.specific) return "";
    std::string sum = y.entity_sum ? format_money(*y.entity_sum, s) : std::string(tr("value.unknown", s.lang));
    if (y.origin == SeriesOrigin::published_total)
        return trf("cmp.warn_printed", s.lang, y.year, coverage_words(y, series_name, s.lang),
                   format_money(*y.specific, s), y.printed_source, sum);
    return trf("cmp.warn_partial", s.lang, y.year, coverage_words(y, series_name, s.lang), sum);
}

std::string presentation_line(const Presentation& p, Lang l) {
    return trf("presentation", l, enum_words("rounding.", p.mode, l), p.percent_places, p.share_places,
               p.per_capita_places);
}

std::vector<NamedTable> comparison_csv_tables(const Comparison& c, const Presentation& p) {
    Table entities, totals;
    entities.headers = entity_headers(true);
    for (const GroupComparison& g : c.groups) {
        entity_rows(g, p, Style::machine, true, [&](Row&& row) { entities.rows.push_back(std::move(row)); });
        Table t = totals_table(g, p, Style::machine, true);
        totals.rows.insert(totals.rows.end(), std::make_move_iterator(t.rows.begin()),
                           std::make_move_iterator(t.rows.end()));
    }
    totals.headers = totals_table(GroupComparison{}, p, Style::machine, true).headers;
    std::vector<NamedTable> out;
    out.push_back({"compare-entities", std::move(entities)});
    out.push_back({"compare-totals", std::move(totals)});
    out.push_back({"compare-series", series_table(c, p, Style::machine)});
    return out;
}

void write_entities_csv(const Comparison& c, const Presentation& p, std::ostream& out) {
    out << csv_row(entity_headers(true));
    for (const GroupComparison& g : c.groups)
        entity_rows(g, p, Style::machine, true, [&](Row&& row) { out << csv_row(row); });
}

std::string comparison_entities_csv(const Comparison& c, const Presentation& p) {
    std::ostringstream out;
    write_entities_csv(c, p, out);
    return std::move(out).str();
}

std::string comparison_text(const Comparison& c, const Model& m, const Presentation& p, const Style& people,
                            size_t width) {
    std::string out = m.title + "\n" + head_lines(m, p, people.lang) + "\n";
    for (const GroupComparison& g : c.groups) {
        out += render_text(entity_table(g, p, people, false), width) + "\n";
        out += render_text(totals_table(g, p, people, false), width) + "\n";
    }
    if (!c.series.empty()) out += render_text(series_table(c, p, people), width);
    if (auto stages = stages_table(m, p, people.lang)) out += "\n" + render_text(*stages, width);  // imported models
    return out;
}

std::string comparison_markdown(const Comparison& c, const Model& m, const Presentation& p, const Style& people) {
    std::string out = "# " + markdown_safe(m.title) + "\n\n";
    out += trf("cmp.md_head", people.lang, "`" + markdown_safe(m.file) + "`",
               markdown_safe(presentation_line(p, people.lang))) + "\n\n";
    for (const GroupComparison& g : c.groups) {
        out += "## " + markdown_safe(g.name) + "\n\n";
        Table e = entity_table(g, p, people, false);
        e.title.clear();
        out += render_markdown(e);
        out += render_markdown(totals_table(g, p, people, false));
    }
    if (!c.series.empty()) out += render_markdown(series_table(c, p, people), 2);
    return out;
}

namespace {

nlohmann::json json_money(const std::optional<Money>& m) {
    return m ? nlohmann::json(m->plain()) : nlohmann::json(nullptr);
}
nlohmann::json json_rounded(const std::optional<Ratio>& r, int places, RoundingMode mode) {
    return r ? nlohmann::json(round_ratio(*r, places, mode).plain()) : nlohmann::json(nullptr);
}
nlohmann::json json_value(const Value& v) {
    return {{"status", to_string(v.kind)}, {"amount", v.is_amount() ? nlohmann::json(v.amount.plain()) : nullptr}};
}
nlohmann::json json_date(const std::optional<Date>& d) { return d ? nlohmann::json(d->iso()) : nlohmann::json(nullptr); }

}  // namespace

nlohmann::json headline_json(const SeriesYear& y) {
    using nlohmann::json;
    return {{"entity_sum", json_money(y.entity_sum)},
            {"coverage", {{"members", y.members}, {"with_figure", y.with_figure}}},
            {"partial", y.origin == SeriesOrigin::partial_sum},
            {"printed_source", y.printed_source.empty() ? json(nullptr) : json(y.printed_source)}};
}

std::string comparison_json(const Comparison& c, const Model& m, const Presentation& p) {
    using nlohmann::json;
    json out;
    out["model"] = {{"file", m.file}, {"title", m.title}, {"currency", m.currency}};
    out["rounding"] = {{"mode", to_string(p.mode)}, {"percent_places", p.percent_places},
                       {"share_places", p.share_places}, {"per_capita_places", p.per_capita_places}};
    out["groups"] = json::array();
    for (const GroupComparison& g : c.groups) {
        json jg = {{"id", g.id}, {"name", g.name}, {"entities", json::array()}, {"totals", json::array()}};
        for (const EntityYear& r : g.rows) {
            jg["entities"].push_back({{"id", r.entity->id}, {"name", r.entity->name},
                                      {"level", to_string(r.entity->level)}, {"kind", to_string(r.entity->kind)},
                                      {"region", r.entity->region}, {"year", r.year},
                                      {"allocated", json_value(r.figure->allocated)},
                                      {"executed", json_value(r.figure->executed)},
                                      {"execution_rate_pct", json_rounded(r.rate, p.percent_places, p.mode)},
                                      {"change", json_money(r.change)},
                                      {"change_pct", json_rounded(r.change_rate, p.percent_places, p.mode)},
                                      {"executed_through", json_date(r.partial_through)},
                                      {"excluded", r.excluded.plain()}});
        }
        for (const GroupYear& y : g.totals) {
            const Coverage& cv = y.coverage;
            auto kinds = [](const KindCounts& k) {
                return json{{"amount", k.amount},
                            {"unknown", k.unknown},
                            {"no-specific-budget", k.no_specific_budget},
                            {"not-reported", k.not_reported}};
            };
            json missing_exec = json::array(), missing_alloc = json::array();
            for (const Entity* e : cv.execution_missing) missing_exec.push_back(e->id);
            for (const Entity* e : cv.allocation_missing) missing_alloc.push_back(e->id);
            jg["totals"].push_back(
                {{"year", y.year},
                 {"allocated", y.allocated_known ? json(y.allocated.plain()) : json(nullptr)},
                 {"executed", y.executed_known ? json(y.executed.plain()) : json(nullptr)},
                 {"execution_rate_all_pct", json_rounded(y.report_rate, p.percent_places, p.mode)},
                 {"execution_rate_matched_pct", json_rounded(y.matched_rate, p.percent_places, p.mode)},
                 {"matched_allocated", y.matched_allocated.plain()}, {"matched_executed", y.matched_executed.plain()},
                 {"change", json_money(y.change)},
                 {"change_pct", json_rounded(y.change_rate, p.percent_places, p.mode)},
                 {"executed_through", json_date(y.partial_through)}, {"excluded", y.excluded.plain()},
                 {"coverage",
                  {{"members", cv.members}, {"with_figure", cv.with_figure}, {"allocated", kinds(cv.allocated)},
                   {"executed", kinds(cv.executed)},
                   {"allocated_without_known_execution", cv.allocated_without_executed.plain()},
                   {"executed_without_known_allocation", cv.executed_without_allocated.plain()},
                   {"execution_missing", missing_exec}, {"allocation_missing", missing_alloc}}}});
        }
        out["groups"].push_back(jg);
    }
    out["series"] = {{"name", c.series_name}, {"years", json::array()}};
    for (const SeriesYear& y : c.series) {
        out["series"]["years"].push_back(
            {{"year", y.year}, {"origin", to_string(y.origin)}, {"specific_budget", json_money(y.specific)},
             {"executed", json_money(y.executed)}, {"general_budget", json_money(y.general_budget)},
             {"share_note", y.share_na == NotAvailable::none ? json(nullptr) : json(to_string(y.share_na))},
             {"per_capita_note", y.per_capita_na == NotAvailable::none ? json(nullptr) : json(to_string(y.per_capita_na))},
             {"share_of_general_budget_pct", json_rounded(y.share, p.share_places, p.mode)},
             {"change", json_money(y.change)}, {"change_pct", json_rounded(y.change_rate, p.percent_places, p.mode)},
             {"population", y.population ? json(*y.population) : json(nullptr)},
             {"per_capita", json_rounded(y.per_capita, p.per_capita_places, p.mode)},
             {"executed_through", json_date(y.partial_through)}});
        out["series"]["years"].back().update(headline_json(y));
    }
    // Text from a model may hold bytes that are not UTF-8 (a file name): replace, never throw.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace veedor
