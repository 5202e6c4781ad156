#include "io/mef_import.hpp"

#include "io/csv_stream.hpp"
#include "io/yaml_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <unordered_map>

namespace veedor {

SelectRules load_select_rules(const std::string& path, Diagnostics& d) {
    SelectRules r;
    YamlNode root = parse_yaml_file(path, d);
    if (root.is_null()) {
        if (!d.has_errors()) d.error({path, 1, 1}, "the file is empty; expected selection rules");
        return r;
    }
    r.where = root.where;
    Fields f(root, "the selection rules", {"format", "match"}, {"title", "allocated", "executed", "group-by"}, d);
    if (!root.is_map()) return r;
    if (auto n = f.get("format"))
        if (auto v = read_text(*n, "format", d); v && *v != "veedor-select/1")
            d.error(n->where, "format '" + *v + "' is not supported; this veedor reads 'veedor-select/1'");
    if (auto n = f.get("title")) r.title = read_text(*n, "title", d).value_or("");
    if (auto n = f.get("allocated")) r.allocated_stage = read_choice(*n, "allocated", {"pia", "pim"}, d).value_or("pim");
    if (auto n = f.get("executed"))
        r.executed_stage = read_choice(*n, "executed", {"certificado", "comprometido-anual", "comprometido", "devengado", "girado"}, d)
                               .value_or("devengado");
    if (auto n = f.get("group-by"))
        r.group_by = read_choice(*n, "group-by", {"pliego", "ejecutora", "nivel-gobierno", "departamento"}, d).value_or("pliego");
    for_each_item(f.get("match"), "match", d, [&](const YamlNode& x) {
        Fields g(x, "match rule", {"column"}, {"contains", "equals"}, d);
        if (!x.is_map()) return;
        SelectRules::Match m;
        if (auto c = g.get("column")) m.column = read_text(*c, "column", d).value_or("");
        auto words = [&](const char* key, std::vector<std::string>& into) {
            if (auto w = g.get(key)) {
                if (w->is_sequence()) {
                    for (const YamlNode& item : w->items)
                        if (auto t = read_text(item, key, d)) into.push_back(*t);
                } else if (auto t = read_text(*w, key, d)) {
                    into.push_back(*t);
                }
            }
        };
        words("contains", m.contains);
        words("equals", m.equals);
        if (m.contains.empty() && m.equals.empty()) d.error(x.where, "a match rule needs 'contains' or 'equals'");
        r.match.push_back(std::move(m));
    });
    if (r.match.empty() && !d.has_errors()) d.error(r.where, "'match' has no rule: no row would be selected");
    return r;
}

namespace {

const std::array<const char*, 7> stage_columns = {"MONTO_PIA",          "MONTO_PIM",   "MONTO_CERTIFICADO",
                                                  "MONTO_COMPROMETIDO_ANUAL", "MONTO_COMPROMETIDO",
                                                  "MONTO_DEVENGADO",    "MONTO_GIRADO"};

/// Céntimos of a plain decimal amount ("12345.67", "12345.6", "12345"); false when it is not one.
bool parse_cents(std::string_view s, i128& out) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_prefix(0), s.remove_suffix(1);
    bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    if (s.empty() || s.size() > 30) return false;
    i128 v = 0;
    size_t i = 0, digits = 0;
    for (; i < s.size() && s[i] != '.'; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
        ++digits;
    }
    int decimals = 0;
    if (i < s.size()) {
        ++i;
        for (; i < s.size(); ++i, ++decimals) {
            if (s[i] < '0' || s[i] > '9' || decimals == 2) return false;
            v = v * 10 + (s[i] - '0');
        }
    }
    if (digits == 0) return false;
    for (; decimals < 2; ++decimals) v *= 10;
    out = negative ? -v : v;
    return true;
}

bool valid_utf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (n == 0) return false;
        if (i + n > s.size()) return i + n > s.size() && s.size() >= (1 << 20);  // cut by the sample: fine
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

std::string latin1_to_utf8(std::string_view s) {
    std::string out;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) out += ch;
        else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

bool contains_word(std::string_view text, const std::string& upper_word) {
    if (upper_word.empty() || text.size() < upper_word.size()) return false;
    for (size_t i = 0; i + upper_word.size() <= text.size(); ++i) {
        size_t k = 0;
        while (k < upper_word.size() &&
               std::toupper(static_cast<unsigned char>(text[i + k])) == static_cast<unsigned char>(upper_word[k]))
            ++k;
        if (k == upper_word.size()) return true;
    }
    return false;
}

struct Accumulator {
    std::string name, nivel, departamento;
    std::map<int, std::array<i128, 7>> by_year;
};

}  // namespace

Model import_mef(const std::vector<std::string>& files, const SelectRules& rules, const ImportOptions& options,
                 Diagnostics& d, ImportReport& report) {
    std::unordered_map<std::string, Accumulator> groups;  // memory grows with the groups, not the rows
    std::map<int, std::array<i128, 7>> all_rows;          // every good row: the year's whole budget
    std::map<int, int> last_month;
    std::vector<SelectRules::Match> match = rules.match;
    for (auto& m : match)
        for (auto& w : m.contains) std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::toupper(c); });
    std::vector<std::string_view> fields;

    for (const std::string& file : files) {
        CsvStream in(file);
        if (!in.ok()) {
            d.error({file, 0, 0}, "cannot be read");
            continue;
        }
        if (!in.next(fields)) {
            d.error({file, 1, 1}, "the file is empty; expected the MEF header row");
            continue;
        }
        bool latin1 = options.encoding == Encoding::latin1 ||
                      (options.encoding == Encoding::automatic && !valid_utf8(in.first_bytes()));
        report.encodings.push_back(latin1 ? "latin-1" : "utf-8");
        std::unordered_map<std::string, size_t> column;
        for (size_t i = 0; i < fields.size(); ++i) {
            std::string name(fields[i]);
            if (i == 0 && name.rfind("\xEF\xBB\xBF", 0) == 0) name.erase(0, 3);
            column[name] = i;
        }
        const size_t width = fields.size();
        auto need = [&](const std::string& c) -> size_t {
            auto it = column.find(c);
            if (it == column.end()) {
                d.error({file, 1, 1}, "the header has no column " + c);
                return SIZE_MAX;
            }
            return it->second;
        };
        size_t year_col = need("ANO_EJE"), month_col = need("MES_EJE"), nivel_col = need("NIVEL_GOBIERNO");
        std::array<size_t, 7> stage_col{};
        for (size_t k = 0; k < 7; ++k) stage_col[k] = need(stage_columns[k]);
        std::string key_code = rules.group_by == "pliego" ? "PLIEGO" : rules.group_by == "ejecutora" ? "EJECUTORA"
                             : rules.group_by == "nivel-gobierno" ? "NIVEL_GOBIERNO" : "DEPARTAMENTO_EJECUTORA";
        size_t key_col = need(key_code), name_col = need(key_code + "_NOMBRE");
        size_t dep_col = column.count("DEPARTAMENTO_EJECUTORA_NOMBRE") ? column["DEPARTAMENTO_EJECUTORA_NOMBRE"] : SIZE_MAX;
        size_t sec_col = column.count("SEC_EJEC") ? column["SEC_EJEC"] : SIZE_MAX;
        std::vector<size_t> match_col;
        for (const auto& m : match) match_col.push_back(need(m.column));
        if (d.has_errors()) continue;

        auto bad = [&](const std::string& why) {
            ++report.bad;
            Location where{file, static_cast<int>(in.line()), 1};
            if (options.skip_bad_rows) {
                if (report.bad <= 20) d.warning(where, why + "; the row is skipped");
            } else if (report.bad <= 20) {
                d.error(where, why);
            }
        };
        while (in.next(fields)) {
            ++report.rows;
            if (fields.size() != width) {
                bad(fmt::format("{} fields, the header has {}", fields.size(), width));
                continue;
            }
            std::array<i128, 7> amounts{};
            bool ok = true;
            for (size_t k = 0; k < 7 && ok; ++k)
                if (!parse_cents(fields[stage_col[k]], amounts[k])) {
                    bad(fmt::format("{} '{}' is not an amount", stage_columns[k], std::string(fields[stage_col[k]].substr(0, 30))));
                    ok = false;
                }
            i128 year128 = 0, month128 = 0;
            if (ok && (!parse_cents(fields[year_col], year128) || !parse_cents(fields[month_col], month128))) {
                bad("ANO_EJE or MES_EJE is not a number");
                ok = false;
            }
            if (!ok) continue;
            int year = static_cast<int>(year128 / 100), month = static_cast<int>(month128 / 100);
            if (year < 1900 || year > 2200 || month < 0 || month > 12) {
                bad(fmt::format("ANO_EJE {} or MES_EJE {} is out of range", year, month));
                continue;
            }
            auto& total = all_rows[year];
            for (size_t k = 0; k < 7; ++k) total[k] = checked_add(total[k], amounts[k]);
            last_month[year] = std::max(last_month[year], month);

            bool selected = false;
            for (size_t r = 0; r < match.size() && !selected; ++r) {
                std::string_view v = fields[match_col[r]];
                for (const auto& e : match[r].equals) selected |= v == e;
                for (const auto& w : match[r].contains) selected |= contains_word(v, w);
            }
            if (!selected) continue;
            ++report.selected;
            std::string key(fields[key_col]);
            if (rules.group_by == "ejecutora" && sec_col != SIZE_MAX) key = std::string(fields[sec_col]);
            auto [it, fresh] = groups.try_emplace(key);
            Accumulator& acc = it->second;
            if (fresh) {
                auto text = [&](std::string_view s) { return latin1 ? latin1_to_utf8(s) : std::string(s); };
                acc.name = text(fields[name_col]);
                acc.nivel = std::string(fields[nivel_col]);
                acc.departamento = dep_col == SIZE_MAX ? "" : text(fields[dep_col]);
            }
            auto& sums = acc.by_year[year];
            for (size_t k = 0; k < 7; ++k) sums[k] = checked_add(sums[k], amounts[k]);
        }
    }

    // The model.
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
    for (size_t f = 0; f < files.size(); ++f) m.sources.push_back(Source{fmt::format("file-{}", f + 1), files[f], "", "", {}});
    for (const auto& [year, total] : all_rows) {
        YearInfo y;
        y.year = year;
        y.general_budget = Money::from_raw(total[0]);  // the PIA of every row: the budget law
        if (last_month[year] < 12) {
            static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int mo = std::max(1, last_month[year]);
            int day = days[mo - 1] + (mo == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 1 : 0);
            y.executed_through = Date{year, mo, day};
        }
        y.note = "General budget: the sum of MONTO_PIA over every row of the files (the whole budget law).";
        m.years.push_back(y);
    }
    m.groups.push_back(Group{"selected", "Selected lines (" + rules.group_by + ")", "", {}});
    std::vector<std::string> keys;
    for (const auto& [k, v] : groups) keys.push_back(k);
    std::sort(keys.begin(), keys.end());  // a stable order: same input, same model
    for (const std::string& k : keys) {
        const Accumulator& acc = groups[k];
        Entity e;
        e.id = "E" + k;
        for (char& c : e.id)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '-';
        e.name = acc.name;
        e.level = acc.nivel == "E" ? Level::national : acc.nivel == "R" ? Level::regional : acc.nivel == "M" ? Level::local : Level::mixed;
        e.kind = acc.nivel == "E" ? EntityKind::public_agency : acc.nivel == "R" ? EntityKind::regional_government
                                                                                 : EntityKind::district_municipality;
        e.region = acc.departamento;
        e.groups = {"selected"};
        for (const auto& [year, sums] : acc.by_year) {
            Figure fig;
            fig.year = year;
            fig.allocated = Value{Money::from_raw(sums[a_i]), {}, ValueKind::amount};
            fig.executed = Value{Money::from_raw(sums[x_i]), {}, ValueKind::amount};
            auto& stages = fig.edit_details().stages;
            for (size_t s = 0; s < 7; ++s) stages.emplace_back(std::string(budget_stages[s]), Money::from_raw(sums[s]));
            e.figures.push_back(std::move(fig));
        }
        m.entities.push_back(std::move(e));
    }
    return m;
}

namespace {
std::string q(const std::string& s) {  // a YAML double-quoted string
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out + "\"";
}
}  // namespace

std::string model_to_yaml(const Model& m) {
    std::string y = "# Written by veedor import mef. Edit freely: it is an ordinary veedor model.\n";
    y += "format: veedor-model/1\ntitle: " + q(m.title) + "\ncurrency: PEN\n";
    if (!m.headline.empty()) y += "headline: " + m.headline + "\n";
    if (!m.allocated_stage.empty()) y += "stages: {allocated: " + m.allocated_stage + ", executed: " + m.executed_stage + "}\n";
    y += "sources:\n";
    for (const Source& s : m.sources) y += "  - {id: " + s.id + ", title: " + q(s.title) + "}\n";
    y += "years:\n";
    for (const YearInfo& yr : m.years) {
        y += fmt::format("  - year: {}\n    general-budget: {}\n", yr.year, yr.general_budget.plain());
        if (yr.executed_through) y += "    executed-through: " + yr.executed_through->iso() + "\n";
        if (!yr.note.empty()) y += "    note: " + q(yr.note) + "\n";
    }
    y += "groups:\n";
    for (const Group& g : m.groups) y += "  - {id: " + g.id + ", name: " + q(g.name) + "}\n";
    y += "entities:\n";
    for (const Entity& e : m.entities) {
        y += "  - id: " + e.id + "\n    name: " + q(e.name) + "\n    level: " + std::string(to_string(e.level)) +
             "\n    kind: " + std::string(to_string(e.kind)) + "\n";
        if (!e.region.empty()) y += "    region: " + q(e.region) + "\n";
        y += "    groups: [" + e.groups.front() + "]\n    figures:\n";
        for (const Figure& f : e.figures) {
            y += fmt::format("      - year: {}\n        allocated: {}\n        executed: {}\n", f.year,
                             f.allocated.amount.plain(), f.executed.amount.plain());
            y += "        stages: {";
            for (size_t s = 0; s < f.stages().size(); ++s)
                y += (s ? ", " : "") + f.stages()[s].first + ": " + f.stages()[s].second.plain();
            y += "}\n        source: file-1\n";
        }
    }
    return y;
}

}  // namespace veedor
