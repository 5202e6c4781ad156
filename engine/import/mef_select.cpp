// The selection rules of `veedor import mef` (docs/import-mef.md): which rows count, how they group.
#include "import/mef_import.hpp"
#include "yaml/yaml_fields.hpp"

namespace veedor {

namespace {

/// `share: 40%`: a percentage greater than 0 and at most 100, exact (no rounding: 33.335% stays so).
std::optional<Decimal> read_share(std::string_view text, const Location& where, Diagnostics& d) {
    DecimalParse p = text.ends_with('%') ? parse_decimal(text.substr(0, text.size() - 1), false) : DecimalParse{};
    if (!p.value || p.value->unscaled() <= 0 || p.value->unscaled() > pow10(p.value->places()) * 100) {
        d.error(where, msg("import.share-not-percent", text));
        return std::nullopt;
    }
    return p.value;
}

}  // namespace

SelectRules load_select_rules(const std::string& path, Diagnostics& d) {
    SelectRules r;
    YamlNode root = parse_yaml_file(path, d);
    if (root.is_null()) {
        report_null_root(root, path, "selection rules", d);
        return r;
    }
    r.where = root.where;
    Fields f(root, "the selection rules", {"format", "match"}, {"title", "allocated", "executed", "group-by", "exclude"}, d);
    if (!root.is_map()) return r;
    if (auto n = f.get("format"))
        if (auto v = read_text(*n, "format", d); v && *v != "veedor-select/1")
            d.error(n->where, msg("import.format", *v));
    if (auto n = f.get("title")) r.title = read_text(*n, "title", d).value_or("");
    if (auto n = f.get("allocated")) r.allocated_stage = read_choice(*n, "allocated", {"pia", "pim"}, d).value_or("pim");
    if (auto n = f.get("executed"))
        r.executed_stage = read_choice(*n, "executed", {"certificado", "comprometido-anual", "comprometido", "devengado", "girado"}, d)
                               .value_or("devengado");
    if (auto n = f.get("group-by"))
        r.group_by = read_choice(*n, "group-by", {"pliego", "ejecutora", "nivel-gobierno", "departamento"}, d).value_or("pliego");
    auto read_rules = [&](const char* list, std::vector<SelectRules::Match>& into) {
        for_each_item(f.get(list), list, d, [&](const YamlNode& x) {
            Fields g(x, "match rule", {}, {"column", "columns", "contains", "words", "equals", "share", "note"}, d);
            if (!x.is_map()) return;
            SelectRules::Match m;
            m.where = x.where;
            auto texts = [&](const char* key, std::vector<std::string>& to) {
                if (auto w = g.get(key)) {
                    if (w->is_sequence()) {
                        for (const YamlNode& item : w->items)
                            if (auto t = read_text(item, key, d)) to.push_back(*t);
                    } else if (auto t = read_text(*w, key, d)) {
                        to.push_back(*t);
                    }
                }
            };
            texts("column", m.columns);
            texts("columns", m.columns);
            if (g.get("column") && g.get("columns")) d.error(x.where, msg("import.column-or-columns"));
            else if (m.columns.empty()) d.error(x.where, msg("import.needs-column"));
            texts("contains", m.contains);
            texts("words", m.words);
            texts("equals", m.equals);
            for (const auto* words : {&m.contains, &m.words, &m.equals})
                for (const auto& w : *words)
                    if (w.empty()) d.error(x.where, msg("import.empty-word"));
            if (m.contains.empty() && m.words.empty() && m.equals.empty())
                d.error(x.where, msg("import.match-needs"));
            if (auto n = g.get("share")) {
                if (&into == &r.exclude) d.error(n->where, msg("import.share-in-exclude"));
                else if (auto t = read_text(*n, "share", d)) m.share = read_share(*t, n->where, d);
            }
            if (auto n = g.get("note")) m.note = read_text(*n, "note", d).value_or("");
            into.push_back(std::move(m));
        });
    };
    read_rules("match", r.match);
    read_rules("exclude", r.exclude);
    if (r.match.empty() && !d.has_errors()) d.error(r.where, msg("import.match-empty"));
    return r;
}

}  // namespace veedor
