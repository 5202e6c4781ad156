#include "report/brief.hpp"

#include "report/brief_risk.hpp"
#include "report/brief_sensitivity.hpp"
#include "writers/scope_table.hpp"

#include "writers/audit_text.hpp"
#include "writers/compare_writer.hpp"
#include "writers/scenario_compare_writer.hpp"

#include <fmt/format.h>

namespace veedor {

const SimulationRun* featured_run(const std::vector<SimulationRun>& runs) {
    for (const SimulationRun& r : runs)
        if (!r.scenario->needs.empty()) return &r;
    return nullptr;
}
namespace {

class BriefBuilder {
public:
    BriefBuilder(const Model& m, const AuditResult& a, const std::vector<SimulationRun>& runs, Lang l, const Presentation& p,
                 size_t baseline)
        : m_(m), audit_(a), runs_(runs), l_(l), p_(p), baseline_(baseline), series_(national_series(m)) {}

    Document build(const std::vector<BriefChart>& charts) {
        d_.lang = l_;
        d_.title = m_.title;
        d_.subtitle = say("brief.prepared", m_.file, enum_words("rounding.", p_.mode, l_));
        d_.contents = say("brief.contents");
        summary();
        headline();
        series();
        heading(say("brief.comparison"));
        comparison();
        heading(say("brief.audit"));
        findings();
        scenarios();
        // The charts follow the scenarios on the same page (two to a row, none split): with eight
        // scenarios a page break before them took the brief past 12 printed pages.
        heading(say("brief.charts"));
        bool any = false;
        // Every model chart and the charts of the scenario the summary speaks of; the other
        // scenarios' charts are files beside the brief (twenty-four charts would not print in 12 pages).
        const std::string shown = featured_run() ? featured_run()->scenario->file : std::string();
        std::vector<std::string> elsewhere;
        for (const BriefChart& c : charts) {
            if (c.svg.empty()) continue;
            // The spending tornado stays a file beside the brief: the brief's sensitivity table
            // gives both swings, and the 12 printed pages have no room for a second tornado.
            const bool spending_tornado = c.image.find("7-tornado-spending-") != std::string::npos;
            if ((!c.scenario_file.empty() && c.scenario_file != shown) || spending_tornado) {
                elsewhere.push_back(c.image);
                continue;
            }
            any = true;
            Block b;
            b.kind = Block::Kind::figure;
            b.text = c.caption;
            b.svg = c.svg;
            b.image = c.image;
            d_.blocks.push_back(b);
        }
        if (!any) paragraph(say("brief.no_charts"));
        if (!elsewhere.empty()) {
            std::string list;
            for (const std::string& f : elsewhere) list += (list.empty() ? "" : ", ") + f;
            paragraph(say("brief.other_charts", list));
        }
        heading(say("brief.methodology"));
        methodology();
        sources();
        return d_;
    }

private:
    template <class... Args>
    std::string say(std::string_view key, Args&&... args) const {
        return fmt::format(fmt::runtime(tr(key, l_)), std::forward<Args>(args)...);
    }
    std::string money(const Money& m) const { return money_text(m, l_); }
    std::string pct(const std::optional<Ratio>& r, int places) const {
        return r ? percent_text(round_ratio(*r, places, p_.mode), l_) : say("value.not_applicable");
    }
    void heading(std::string text, int level = 2, bool page_break = false) {
        Block b;
        b.kind = Block::Kind::heading;
        b.level = level;
        b.page_break = page_break;
        b.text = std::move(text);
        d_.blocks.push_back(b);
    }
    void paragraph(std::string text) {
        Block b;
        b.kind = Block::Kind::paragraph;
        b.text = std::move(text);
        d_.blocks.push_back(b);
    }
    void table(Table t) {
        Block b;
        b.kind = Block::Kind::table;
        b.table = std::move(t);
        d_.blocks.push_back(b);
    }

    /// The scenario the summary and the brief's charts speak of: the first with needs.
    const SimulationRun* featured_run() const { return veedor::featured_run(runs_); }

    /// One page in plain words: the latest budget and its change, how much was executed, what the
    /// audit found, what the plan would cost.
    void summary() {
        heading(say("brief.summary"));
        std::vector<const SeriesYear*> full;
        for (const SeriesYear& s : series_)
            if (s.origin == SeriesOrigin::breakdown) full.push_back(&s);
        Block b;
        b.kind = Block::Kind::list;
        if (!full.empty()) {
            const SeriesYear& last = *full.back();
            std::string text = say("brief.sum.budget", last.year, money(*last.specific));
            if (full.size() >= 2 && last.change)
                text += " " + say("brief.sum.change", money(*last.change), pct(last.change_rate, p_.percent_places),
                                  full[full.size() - 2]->year);
            b.items.push_back(text);
            GroupYear t = total_of(m_, headline_members(m_), last.year, nullptr);
            if (t.report_rate) {
                std::string rate = say("brief.sum.rate", last.year, pct(t.report_rate, p_.percent_places));
                if (last.partial_through) rate += " " + say("brief.sum.partial", last.partial_through->iso());
                b.items.push_back(rate);
            }
        }
        b.items.push_back(say("brief.sum.audit", audit_.checks.size(), audit_.count(CheckStatus::agrees),
                              audit_.count(CheckStatus::differs), audit_.count(CheckStatus::unverifiable)));
        if (const SimulationRun* r = featured_run()) {
            const PeriodResult& c = r->central.cumulative;
            b.items.push_back(say("brief.sum.plan", r->scenario->title, money(c.need), r->scenario->from, r->scenario->to,
                                  money(c.funded), money(c.need - c.funded)));
            // The central case takes every uncertain input at its mode, which sits low when costs
            // are skewed: the trials' median and mean are said beside it, each by its name.
            if (r->monte_carlo) {
                const PeriodSummary& h = r->monte_carlo->periods.back();
                const Summary& need = h.metrics[static_cast<size_t>(Metric::need)];
                const Summary& gap = h.metrics[static_cast<size_t>(Metric::gap_funded)];
                b.items.back() += " " + say("brief.sum.plan_mc", number_text(Decimal(BigInt(r->monte_carlo->trials), 0), l_), money(need.p50),
                                            money(need.mean), money(gap.p50), money(gap.mean));
            }
        }
        d_.blocks.push_back(b);
    }

    void headline() {
        heading(say("brief.headline"));
        Block b;
        b.kind = Block::Kind::key_figures;
        std::vector<const SeriesYear*> with_breakdown;
        for (const SeriesYear& s : series_)
            if (s.origin == SeriesOrigin::breakdown) with_breakdown.push_back(&s);
        // Every complete year, and every year whose entity figures are incomplete, with what it is.
        for (const SeriesYear& s : series_)
            if (s.origin == SeriesOrigin::breakdown || (s.incomplete() && s.specific))
                b.pairs.emplace_back(say("brief.hl.budget", s.year), budget_text(s));
        if (with_breakdown.size() >= 2) {
            const SeriesYear& last = *with_breakdown.back();
            const SeriesYear& before = *with_breakdown[with_breakdown.size() - 2];
            if (last.change)
                b.pairs.emplace_back(say("brief.hl.change", before.year, last.year),
                                     money(*last.change) + " (" + pct(last.change_rate, p_.percent_places) + ")");
        }
        if (!with_breakdown.empty()) {
            const SeriesYear& last = *with_breakdown.back();
            GroupYear t = total_of(m_, headline_members(m_), last.year, nullptr);
            b.pairs.emplace_back(say("brief.hl.rate", last.year) + (last.partial_through ? " *" : ""),
                                 pct(t.report_rate, p_.percent_places) + " / " + pct(t.matched_rate, p_.percent_places));
            b.pairs.emplace_back(say("brief.hl.share", last.year), pct(last.share, p_.share_places));
            if (last.per_capita)
                b.pairs.emplace_back(say("brief.hl.per_capita", last.year),
                                     "S/ " + number_text(round_ratio(*last.per_capita, 2, p_.mode), l_));
        }
        b.pairs.emplace_back(say("brief.hl.audit"), say("brief.hl.audit_value", audit_.count(CheckStatus::differs),
                                                        audit_.checks.size()));
        for (const SimulationRun& r : runs_) {
            if (r.scenario->needs.empty()) continue;
            const PeriodResult& c = r.central.cumulative;
            b.pairs.emplace_back(say("brief.hl.need", fmt::format("{}-{}", r.scenario->from, r.scenario->to)), money(c.need));
            b.pairs.emplace_back(say("brief.hl.gap", r.scenario->title), money(c.need - c.funded));
            break;
        }
        d_.blocks.push_back(b);
    }

    std::string coverage(const SeriesYear& s) const {
        return say("brief.coverage", s.with_figure, s.members, series_noun(headline_name(m_)));
    }
    /// The year's national figure, and beside it what an incomplete year's entity figures are.
    std::string budget_text(const SeriesYear& s) const {
        if (!s.incomplete()) return money(*s.specific);
        if (s.origin == SeriesOrigin::partial_sum) return say("brief.hl.partial", money(*s.specific), coverage(s));
        return say("brief.hl.printed_over_partial", money(*s.specific), coverage(s),
                   s.entity_sum ? money(*s.entity_sum) : say("value.not_applicable"));
    }

    void series() {
        heading(say("brief.series"));
        Table t;
        t.headers = {say("col.year"), say("col.specific"), say("col.general"), say("col.share"), say("col.change"),
                     say("col.per_capita")};
        t.right_aligned = {false, true, true, true, true, true};
        bool printed_only = false;
        std::vector<std::string> incomplete;
        for (const SeriesYear& s : series_) {
            bool only = s.origin == SeriesOrigin::published_total && !s.incomplete();
            bool partial = s.origin == SeriesOrigin::partial_sum;
            printed_only |= only;
            if (s.incomplete() && s.specific)
                incomplete.push_back(partial ? say("note.incomplete_partial", s.year, coverage(s))
                                             : say("note.incomplete_printed", s.year, coverage(s),
                                                   s.entity_sum ? money(*s.entity_sum) : say("value.not_applicable")));
            std::string mark = only ? " \u2020" : s.incomplete() && s.specific ? " \u2021" : "";
            t.rows.push_back({std::to_string(s.year) + mark,
                              s.specific ? money(*s.specific) + (partial ? " (" + say("brief.partial") + ")" : "") : say("value.not_applicable"),
                              s.general_budget ? money(*s.general_budget) : say("value.not_applicable"),
                              pct(s.share, p_.share_places),
                              s.change ? money(*s.change) + " (" + pct(s.change_rate, p_.percent_places) + ")" : say("value.not_applicable"),
                              s.per_capita ? "S/ " + number_text(round_ratio(*s.per_capita, 4, p_.mode), l_) : say("value.not_applicable")});
        }
        if (printed_only) t.notes.push_back(say("note.printed_only"));
        t.notes.insert(t.notes.end(), incomplete.begin(), incomplete.end());
        table(t);
    }

    void comparison() {
        Comparison c = compare(m_);
        for (const GroupComparison& g : c.groups) {
            heading(g.name, 3);
            Table totals;
            totals.title = say("brief.totals");
            totals.headers = {say("col.year"), say("col.allocated"), say("col.executed"), say("col.rate_all"),
                              say("col.rate_matched"), say("col.change")};
            totals.right_aligned = {false, true, true, true, true, true};
            std::optional<Date> partial;
            for (const GroupYear& y : g.totals) {
                std::string mark = y.partial_through ? " *" : "";
                if (y.partial_through) partial = y.partial_through;
                bool some = !y.coverage.complete();
                if (some)
                    totals.notes.push_back(say("note.incomplete_group", y.year, y.coverage.with_figure, y.coverage.reporting));
                totals.rows.push_back({std::to_string(y.year) + (some ? " \u2021" : ""), y.allocated_known ? money(y.allocated) : say("value.not_applicable"),
                                       y.executed_known ? money(y.executed) : say("value.not_applicable"),
                                       pct(y.report_rate, p_.percent_places) + mark,
                                       pct(y.matched_rate, p_.percent_places) + mark,
                                       y.change ? money(*y.change) + " (" + pct(y.change_rate, p_.percent_places) + ")"
                                                : say("value.not_applicable")});
            }
            if (partial) totals.notes.push_back(say("note.partial", partial->iso()));
            table(totals);
            Table rows;
            rows.headers = {say("col.entity"), say("col.year"), say("col.allocated"), say("col.executed"), say("col.rate")};
            rows.right_aligned = {false, false, true, true, true};
            for (const EntityYear& r : g.rows) {
                auto value = [&](const Value& v) {
                    switch (v.kind) {
                        case ValueKind::amount: return money(v.amount);
                        case ValueKind::unknown: return std::string(tr("value.unknown", l_)) + " (SD)";
                        case ValueKind::no_specific_budget: return std::string(tr("value.no_specific_budget", l_)) + " (SPE)";
                        case ValueKind::not_reported: return std::string(tr("value.not_reported", l_)) + " (-)";
                    }
                    return std::string();
                };
                rows.rows.push_back({r.entity->name, std::to_string(r.year), value(r.figure->allocated),
                                     value(r.figure->executed),
                                     pct(r.rate, p_.percent_places) + (r.rate && r.partial_through ? " *" : "")});
            }
            if (partial) rows.notes.push_back(say("note.partial", partial->iso()));
            table(rows);
        }
    }

    void findings() {
        paragraph(say("brief.audit_intro", audit_.count(CheckStatus::agrees), audit_.checks.size(),
                      audit_.count(CheckStatus::differs), audit_.count(CheckStatus::unverifiable)));
        Table t;
        t.headers = {say("col.kind"), say("col.year"), say("col.subject"), say("col.printed"), say("col.recomputed"),
                     say("col.explanation")};
        t.right_aligned = {false, false, false, true, true, false};
        for (const Finding& f : audit_.findings) {
            FindingText x = describe(f, m_, audit_.mode, l_);
            t.rows.push_back({say("kind." + std::string(to_string(f.kind()))), std::to_string(f.year), x.subject,
                              x.printed, x.recomputed, x.explanation});
        }
        table(t);
        d_.blocks.back().css_class = "audit";  // the explanation gets room: amounts and dates stay whole
    }

    void scenarios() {
        if (runs_.empty()) return;
        heading(say("brief.scenarios"));
        paragraph(say("brief.scenarios_intro"));
        Table t;
        t.headers = {say("col.scenario"), say("col.funded"), say("col.executed_expected"), say("col.need"), say("col.gap"),
                     say("col.coverage")};
        t.right_aligned = {false, true, true, true, true, true};
        for (const SimulationRun& r : runs_) {
            const PeriodResult& c = r.central.cumulative;
            t.rows.push_back({r.scenario->title, money(c.funded), money(c.executed), money(c.need), money(c.need - c.funded),
                              pct(percent_of(c.funded, c.need), p_.percent_places)});
        }
        table(t);
        // Every scenario's trials in one table: P50 and mean beside the central case above, and
        // P(funded covers need) per year, where a risk of a cut shows (over the horizon it is 0% for all).
        if (Table risk = brief_risk_table(runs_, p_, l_); !risk.rows.empty()) table(std::move(risk));
        if (const SimulationRun* r = featured_run(); r && r->scopes) table(scope_table(*r, p_, Style{Style::people, l_}));
        if (const SimulationRun* r = featured_run(); r && !r->sensitivity.empty()) table(brief_sensitivity_table(*r, l_));
        if (runs_.size() > 1) compared();
    }

    /// Several scenarios: how each one's gap differs from the baseline's (the first scenario, as
    /// `simulate` takes it, or the one `--baseline` names), year by year. Each one's funding per year
    /// is drawn in the overlay chart; a table of it too would take the brief past 12 printed pages.
    void compared() {
        const ScenarioComparison c = compare_scenarios(runs_, baseline_);
        const Style people{Style::people, l_, NumberStyle::mef};
        const std::string& base = runs_.at(baseline_).scenario->title;
        paragraph(say("brief.compare_intro", base));
        table(figure_by_year_table(c, &ComparedFigures::gap, true, say("brief.compare_gap", base), people));
    }

    void methodology() {
        Block b;
        b.kind = Block::Kind::list;
        b.items = {say("brief.method.rounding", enum_words("rounding.", p_.mode, l_), p_.percent_places, p_.share_places),
                   say("brief.method.missing"), say("brief.method.rates"), say("brief.method.partial"),
                   say("brief.method.scenarios")};
        d_.blocks.push_back(b);
    }

    void sources() {
        heading(say("brief.sources"));
        Block b;
        b.kind = Block::Kind::list;
        for (const Source& s : m_.sources) b.items.push_back(s.title + (s.note.empty() ? "" : ". " + s.note));
        for (const SimulationRun& r : runs_)
            for (const Source& s : r.scenario->sources) {
                std::string item = s.title + (s.note.empty() ? "" : ". " + s.note);
                if (std::find(b.items.begin(), b.items.end(), item) == b.items.end()) b.items.push_back(item);
            }
        b.css_class = "sources";  // two columns of small print on paper
        d_.blocks.push_back(b);
    }

    const Model& m_;
    const AuditResult& audit_;
    const std::vector<SimulationRun>& runs_;
    Lang l_;
    Presentation p_;
    size_t baseline_;
    std::vector<SeriesYear> series_;
    Document d_;
};

}  // namespace

Document build_brief(const Model& m, const AuditResult& audit, const std::vector<SimulationRun>& runs,
                     const std::vector<BriefChart>& charts, Lang lang, const Presentation& p, size_t baseline) {
    return BriefBuilder(m, audit, runs, lang, p, baseline).build(charts);
}

}  // namespace veedor
