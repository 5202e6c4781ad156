#include "writers/scope_table.hpp"

#include "text/lang.hpp"

namespace veedor {

namespace {

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

Table scope_table(const SimulationRun& run, const Presentation& p, const Style& s) {
    const Scenario& sc = *run.scenario;
    const ScopeReconciliation& r = *run.scopes;
    Table t;
    const std::string period = std::to_string(sc.from) + "-" + std::to_string(sc.to);
    t.title = trf("scope.title", s.lang, period);
    const std::array<Money, 10> amounts = {r.need_total,    -r.need_outside,   r.need_in_scope,   -r.need_existing,
                                           r.need_increment, r.funded_total,   -r.funded_unmatched, r.funded_matching,
                                           r.gap_total(),    r.gap_in_scope()};
    if (!s.is_human()) {
        t.headers = {"scenario", "line", "amount"};
        for (size_t i = 0; i < amounts.size(); ++i)
            t.rows.push_back({sc.file, std::string(scope_line_keys[i]), format_money(amounts[i], s)});
        return t;
    }
    t.headers = {std::string(tr("scope.h.line", s.lang)), std::string(tr("scope.h.amount", s.lang))};
    t.right_aligned = {false, true};
    const std::array<std::string, 10> labels = {
        std::string(tr("scope.need_total", s.lang)),
        trf("scope.need_outside", s.lang, r.outside_lines.empty() ? "-" : joined(r.outside_lines)),
        std::string(tr("scope.need_in_scope", s.lang)),
        trf("scope.need_existing", s.lang, sc.from - 1, r.existing_lines.empty() ? "-" : joined(r.existing_lines)),
        std::string(tr("scope.need_increment", s.lang)),
        std::string(tr("scope.funded_total", s.lang)),
        std::string(tr("scope.funded_unmatched", s.lang)),
        std::string(tr("scope.funded_matching", s.lang)),
        std::string(tr("scope.gap_total", s.lang)),
        std::string(tr("scope.gap_in_scope", s.lang))};
    for (size_t i = 0; i < amounts.size(); ++i) t.rows.push_back({labels[i], format_money(amounts[i], s)});
    if (r.share_year != 0)
        t.notes.push_back(trf("scope.note_split", s.lang, r.share_year, joined(r.matched_entities),
                              format_percent(percent_of(r.allocated_matching, r.allocated_all), p.percent_places, p.mode, s)));
    else
        t.notes.push_back(std::string(tr("scope.note_no_split", s.lang)));
    std::string overlaps;
    for (const auto& [a, b] : r.overlaps) overlaps += (overlaps.empty() ? "" : "; ") + a + " ~ " + b;
    t.notes.push_back(overlaps.empty() ? std::string(tr("scope.note_no_overlaps", s.lang))
                                       : trf("scope.note_overlaps", s.lang, overlaps));
    return t;
}

}  // namespace veedor
