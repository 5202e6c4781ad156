// The selection rules of `veedor import mef` (docs/import-mef.md): which rows count, how they group.
#include "import/mef_import.hpp"
#include "yaml/yaml_fields.hpp"

namespace veedor {

SelectRules load_select_rules(const std::string& path, Diagnostics& d) {
    SelectRules r;
    YamlNode root = parse_yaml_file(path, d);
    if (root.is_null()) {
        report_null_root(root, path, "selection rules", d);
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
        for (const auto* list : {&m.contains, &m.equals})
            for (const auto& w : *list)
                if (w.empty()) d.error(x.where, "an empty word or code would match every row or none; remove it");
        if (m.contains.empty() && m.equals.empty()) d.error(x.where, "a match rule needs 'contains' or 'equals'");
        r.match.push_back(std::move(m));
    });
    if (r.match.empty() && !d.has_errors()) d.error(r.where, "'match' has no rule: no row would be selected");
    return r;
}

}  // namespace veedor
