// The model made of the import's sums, and the model written back as YAML.
#include "import/mef_sums.hpp"
#include "core/ratio.hpp"
#include "core/rounding.hpp"
#include "yaml/text_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace veedor {

void ImportSums::add(const ImportSums& later, size_t file) {
    for (const auto& [key, g] : later.groups) {
        auto [it, fresh] = groups.try_emplace(key);
        if (fresh) {
            it->second.name = g.name;
            it->second.nivel = g.nivel;
            it->second.departamento = g.departamento;
        }
        for (const auto& [year, amounts] : g.by_year) {
            add_stages(it->second.by_year[year], amounts);
            it->second.files_by_year[year].insert(file);
        }
        for (const auto& [year, by_rule] : g.shared)
            for (const auto& [rule, amounts] : by_rule) add_stages(it->second.shared[year][rule], amounts);
    }
    for (const auto& [year, amounts] : later.all_rows) add_stages(all_rows[year], amounts);
    for (const auto& [year, month] : later.last_month) last_month[year] = std::max(last_month[year], month);
    for (const auto& [year, mask] : later.months) months[year] |= mask;
    for (const auto& [key, line] : later.explain) {
        auto [it, fresh] = explain.try_emplace(key, line);
        if (fresh) continue;
        add_stages(it->second.sums, line.sums);
        it->second.rows += line.rows;
    }
}

namespace {

/// An entity id from a group's code: letters, digits, '-' and '.' as they are, any other byte as
/// _XX (hex), so that two codes never give the same id ("A B" is EA_20B, "A-B" is EA-B).
std::string entity_id(const std::string& code) {
    std::string id = "E";
    for (char ch : code) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '-' || c == '.') id += ch;
        else id += fmt::format("_{:02X}", c);
    }
    return id;
}

/// A model holds amounts from 0 to below 10^max_amount_digits soles (a stage's net, of either
/// sign, below that size).
bool model_can_hold(i128 cents) {
    static const i128 limit = [] {
        i128 l = 100;  // céntimos in a sol
        for (int i = 0; i < max_amount_digits; ++i) l *= 10;
        return l;
    }();
    return cents >= 0 && cents < limit;
}

/// `cents` counted at `percent` % (a mixed goal's share), rounded half-even to the céntimo
/// (docs/numerics.md, "Shares of mixed goals"). |result| <= |cents|: it fits.
i128 counted_share(i128 cents, const Decimal& percent) {
    auto ratio = Ratio::of(Money::from_raw(cents).cents().convert_to<BigInt>() * percent.unscaled(), pow10(percent.places()) * 100);
    return Int128(round_ratio(*ratio, 0, RoundingMode::half_even).unscaled()).convert_to<i128>();
}

}  // namespace

Model build_imported_model(const ImportSums& sums, const SelectRules& rules, const std::vector<std::string>& files,
                           Diagnostics& d) {
    Model m;
    m.title = rules.title.empty() ? "Imported from MEF budget-execution data" : rules.title;
    m.currency = "PEN";
    m.headline = "selected";
    m.allocated_stage = rules.allocated_stage;
    m.executed_stage = rules.executed_stage;
    auto stage_index = [](const std::string& s) {
        return static_cast<size_t>(std::find(budget_stages.begin(), budget_stages.end(), s) - budget_stages.begin());
    };
    size_t a_i = stage_index(rules.allocated_stage), x_i = stage_index(rules.executed_stage);
    const Location files_where{files.empty() ? std::string() : files.front(), 0, 0};
    for (size_t f = 0; f < files.size(); ++f) m.sources.push_back(Source{fmt::format("file-{}", f + 1), controls_as_spaces(files[f]), "", "", {}});
    for (const auto& [year, total] : sums.all_rows) {
        YearInfo y;
        y.year = year;
        if (!model_can_hold(total[0]))
            d.error(files_where, msg("import.pia-too-large", year, Money::from_raw(total[0]).plain()));
        y.general_budget = Money::from_raw(total[0]);  // the PIA of every row: the budget law
        y.note = "General budget: the sum of MONTO_PIA over every row of the files (the whole budget law).";
        // MES_EJE 0 rows carry the budget; months 1-12 the flows. The last month with rows is the
        // last one the files show, which in a daily file may still be in progress: the note says so.
        const int last = sums.last_month.at(year);
        if (last == 0) {  // budget rows only: nothing executed, which no date of the year can say
            y.executed_through = Date{year, 1, 1};
            y.note += " No execution yet: the files hold only the budget (MES_EJE 0), so every executed figure is 0.";
        } else if (last < 12) {
            static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int day = days[last - 1] + (last == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 1 : 0);
            y.executed_through = Date{year, last, day};
            y.note += fmt::format(" Executed through month {} (MES_EJE), the last in the files; a daily file's last "
                                  "month may still have been in progress when it was published.", last);
        }
        m.years.push_back(y);
    }
    if (sums.all_rows.empty()) d.error(files_where, msg("import.no-rows"));
    else if (sums.groups.empty())
        d.error(rules.where, msg("import.no-match"));
    m.groups.push_back(Group{"selected", "Selected lines (" + rules.group_by + ")", "", {}});
    std::vector<std::string> keys;
    for (const auto& [k, v] : sums.groups) keys.push_back(k);
    std::sort(keys.begin(), keys.end());  // a stable order: same input, same model
    for (const std::string& k : keys) {
        const GroupSums& acc = sums.groups.at(k);
        Entity e;
        e.id = entity_id(k);
        e.name = acc.name.empty() ? rules.group_by + " " + controls_as_spaces(k) : acc.name;  // a model's names are never empty
        if (acc.name.empty())
            d.warning(files_where, msg("import.blank-name", rules.group_by, controls_as_spaces(k), e.name));
        const bool by_region = rules.group_by == "departamento";  // a region holds every level
        e.level = by_region ? Level::mixed
                : acc.nivel == "E" ? Level::national : acc.nivel == "R" ? Level::regional
                : acc.nivel == "M" ? Level::local : Level::mixed;
        e.kind = acc.nivel == "R" ? EntityKind::regional_government
               : acc.nivel == "M" ? EntityKind::district_municipality : EntityKind::public_agency;
        e.region = acc.departamento;
        e.groups = {"selected"};
        for (const auto& [year, in_full] : acc.by_year) {
            StageSums stage = in_full;
            std::string shared_note;  // the rules with a share that counted rows of this year, and why
            if (auto sh = acc.shared.find(year); sh != acc.shared.end())
                for (const auto& [r, amounts] : sh->second) {
                    const SelectRules::Match& rule = rules.match.at(r);
                    for (size_t s = 0; s < 7; ++s) stage[s] = checked_add(stage[s], counted_share(amounts[s], *rule.share));
                    shared_note += fmt::format("{}Lines of match rule {} (line {}) counted at {}%{}", shared_note.empty() ? "" : " ",
                                               r + 1, rule.where.line, rule.share->plain(), rule.note.empty() ? "." : ": " + rule.note);
                }
            for (size_t s = 0; s < 7; ++s) {
                // Reversals (negative monthly amounts) are real: a stage may net below zero in a
                // file cut short. Only the two stages the rules chose must be a model's amounts.
                const bool chosen = s == a_i || s == x_i;
                if (stage[s] < 0 && !chosen && model_can_hold(-stage[s]))
                    d.warning(files_where, msg("import.negative-stage", rules.group_by, k, e.name, year, budget_stages[s],
                                               Money::from_raw(stage[s]).plain()));
                else if (!model_can_hold(stage[s]))
                    d.error(files_where, msg("import.stage-out-of-range", rules.group_by, k, e.name, year, budget_stages[s],
                                             Money::from_raw(stage[s]).plain(),
                                             chosen ? msg("import.chosen-stage-range") : msg("import.stage-range")));
            }
            Figure fig;
            fig.year = year;
            fig.allocated = Value{Money::from_raw(stage[a_i]), {}, ValueKind::amount};
            fig.executed = Value{Money::from_raw(stage[x_i]), {}, ValueKind::amount};
            FigureDetails& details = fig.edit_details();
            for (size_t s = 0; s < 7; ++s) details.stages.emplace_back(std::string(budget_stages[s]), Money::from_raw(stage[s]));
            for (size_t f : acc.files_by_year.at(year)) details.sources.push_back(m.sources[f].id);
            details.note = controls_as_spaces(shared_note);
            e.figures.push_back(std::move(fig));
        }
        // A year the files cover in which no row of this group was selected: the group had no
        // specific budget for it that year. Written as zeros with a note, not left out, so a
        // multi-year import does not show that year as missing (partial coverage).
        for (const auto& [year, total] : sums.all_rows) {
            if (acc.by_year.count(year)) continue;
            Figure fig;
            fig.year = year;
            fig.allocated = Value{Money{}, {}, ValueKind::amount};
            fig.executed = Value{Money{}, {}, ValueKind::amount};
            FigureDetails& details = fig.edit_details();
            for (std::string_view stage : budget_stages) details.stages.emplace_back(std::string(stage), Money{});
            for (const Source& src : m.sources) details.sources.push_back(src.id);
            details.note = "No specific budget: no row of the files for this year matched the selection rules.";
            e.figures.push_back(std::move(fig));
        }
        std::sort(e.figures.begin(), e.figures.end(), [](const Figure& a, const Figure& b) { return a.year < b.year; });
        m.entities.push_back(std::move(e));
    }
    return m;
}

namespace {

/// The code point of the UTF-8 sequence at s[i], and its length (which yaml_quoted() checks).
char32_t code_point(const std::string& s, size_t i, size_t& length) {
    auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t c = b(0);
    length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + length > s.size()) return length = 1, c;
    if (length == 2) return (c & 0x1F) << 6 | (b(1) & 0x3F);
    if (length == 3) return (c & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
    if (length == 4) return (c & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
    return c;
}

/// A YAML double-quoted string that reads back as exactly `s`: control characters, and the
/// characters YAML takes for line breaks or a byte-order mark (U+0085, U+2028, U+2029, U+FEFF),
/// are written as \u escapes, so a stray one in a MEF name survives the round trip; a byte that is
/// not UTF-8 (in a file's path) becomes U+FFFD.
std::string yaml_quoted(const std::string& s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        size_t length = 1;
        char32_t c = code_point(s, i, length);
        if (!is_utf8(std::string_view(s).substr(i, length))) {  // a file path need not be UTF-8
            out += "\\uFFFD";
            ++i;
            continue;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
        } else {
            out.append(s, i, length);
        }
        i += length;
    }
    return out + "\"";
}

}  // namespace

std::string model_to_yaml(const Model& m) {
    std::string y = "# Written by veedor import mef. Edit freely: it is an ordinary veedor model.\n";
    y += "format: veedor-model/1\ntitle: " + yaml_quoted(m.title) + "\ncurrency: PEN\n";
    if (!m.headline.empty()) y += "headline: " + m.headline + "\n";
    if (!m.allocated_stage.empty()) y += "stages: {allocated: " + m.allocated_stage + ", executed: " + m.executed_stage + "}\n";
    y += "sources:\n";
    for (const Source& s : m.sources) y += "  - {id: " + s.id + ", title: " + yaml_quoted(s.title) + "}\n";
    y += "years:\n";
    for (const YearInfo& yr : m.years) {
        y += fmt::format("  - year: {}\n    general-budget: {}\n", yr.year, yr.general_budget->plain());
        if (yr.executed_through) y += "    executed-through: " + yr.executed_through->iso() + "\n";
        if (!yr.note.empty()) y += "    note: " + yaml_quoted(yr.note) + "\n";
    }
    y += "groups:\n";
    for (const Group& g : m.groups) y += "  - {id: " + g.id + ", name: " + yaml_quoted(g.name) + "}\n";
    y += "entities:\n";
    for (const Entity& e : m.entities) {
        y += "  - id: " + e.id + "\n    name: " + yaml_quoted(e.name) + "\n    level: " + std::string(to_string(e.level)) +
             "\n    kind: " + std::string(to_string(e.kind)) + "\n";
        if (!e.region.empty()) y += "    region: " + yaml_quoted(e.region) + "\n";
        y += "    groups: [" + e.groups.front() + "]\n    figures:\n";
        for (const Figure& f : e.figures) {
            y += fmt::format("      - year: {}\n        allocated: {}\n        executed: {}\n", f.year,
                             f.allocated.amount.plain(), f.executed.amount.plain());
            y += "        stages: {";
            for (size_t s = 0; s < f.stages().size(); ++s)
                y += (s ? ", " : "") + f.stages()[s].first + ": " + f.stages()[s].second.plain();
            y += "}\n        source: [";
            for (size_t i = 0; i < f.sources().size(); ++i) y += (i ? ", " : "") + f.sources()[i];
            y += "]\n";
            if (!f.note().empty()) y += "        note: " + yaml_quoted(f.note()) + "\n";
        }
    }
    return y;
}

}  // namespace veedor
