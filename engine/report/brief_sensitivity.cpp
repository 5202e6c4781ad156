#include "report/brief_sensitivity.hpp"

#include "text/format.hpp"
#include "text/lang.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace veedor {

Table brief_sensitivity_table(const SimulationRun& run, Lang l) {
    Table t;
    t.title = fmt::format(fmt::runtime(tr("brief.sens.title", l)), run.scenario->title);
    t.headers = {std::string(tr("sim.h.input", l)), std::string(tr("brief.sens.funding", l)),
                 std::string(tr("brief.sens.spending", l))};
    t.right_aligned = {false, true, true};
    // The inputs among the first few of either ranking, in the funding ranking's order first.
    std::vector<const SensitivityRow*> shown;
    auto take = [&](const std::vector<SensitivityRow>& ranked) {
        for (size_t i = 0; i < ranked.size() && i < brief_sensitivity_rows; ++i) {
            const SensitivityRow* r = nullptr;
            for (const SensitivityRow& x : run.sensitivity)
                if (x.label == ranked[i].label) r = &x;
            if (r && std::find(shown.begin(), shown.end(), r) == shown.end()) shown.push_back(r);
        }
    };
    take(run.sensitivity);
    take(run.spending_sensitivity);
    auto larger = [](const SensitivityRow* r) { return std::max(r->swing(), r->spend_swing()); };
    std::stable_sort(shown.begin(), shown.end(),
                     [&](const SensitivityRow* a, const SensitivityRow* b) { return larger(a) > larger(b); });
    for (const SensitivityRow* r : shown)
        t.rows.push_back({input_label_text(r->label, l), money_text(r->swing(), l), money_text(r->spend_swing(), l)});
    t.notes.push_back(std::string(tr("brief.sens.note", l)));
    return t;
}

}  // namespace veedor
