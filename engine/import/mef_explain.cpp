// `veedor import mef --explain FILE`: the selected lines as CSV, for a person to review which goals
// were counted (and move a mixed one to `exclude:`).
#include "import/mef_import.hpp"

#include <fmt/format.h>

namespace veedor {

namespace {

/// A CSV field in double quotes, a quote inside doubled (RFC 4180).
std::string csv_field(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string explain_csv(const std::map<std::tuple<std::string, int, std::string, std::string, std::string>, ExplainLine>& lines,
                        const SelectRules& rules) {
    // Column names as the MEF's, so the file reads beside theirs in any language.
    std::string out = "group_by,code,name,year,META_NOMBRE,ACTIVIDAD_ACCION_OBRA_NOMBRE,PRODUCTO_PROYECTO_NOMBRE,rule,rows";
    for (std::string_view stage : budget_stages) out += fmt::format(",{}", stage);
    out += ",share\r\n";  // last, so the columns before keep their places
    for (const auto& [key, line] : lines) {
        const auto& [code, year, goal, activity, product] = key;
        const auto& rule = rules.match.at(line.rule);
        out += fmt::format("{},{},{},{},{},{},{},{},{}", rules.group_by, csv_field(code), csv_field(line.group_name), year,
                           csv_field(goal), csv_field(activity), csv_field(product),
                           csv_field(fmt::format("match {} (line {})", line.rule + 1, rule.where.line)), line.rows);
        for (i128 cents : line.sums) out += "," + Money::from_raw(cents).plain();  // as read: the share applies to the group's sum
        out += "," + (rule.share ? rule.share->plain() : std::string("100")) + "%\r\n";
    }
    return out;
}

}  // namespace veedor
