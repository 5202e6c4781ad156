#include "cli/filter_options.hpp"

#include "cli/common.hpp"
#include "cli/number_option.hpp"
#include "cli/usage_error.hpp"
#include "core/enum_names.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <ostream>

namespace veedor {

namespace {

constexpr NumberRange year_range{1900, 2200};

std::optional<int> read_year(const std::string& text, std::string& error) {
    NumberRead n = read_plain_number(text, year_range);
    if (!n.value) {
        error = n.error;
        return std::nullopt;
    }
    return static_cast<int>(*n.value);
}

std::string span_text(const YearSpan& s) {
    if (s.single()) return std::to_string(*s.first);
    return (s.first ? std::to_string(*s.first) : "") + ".." + (s.last ? std::to_string(*s.last) : "");
}

bool in(const YearSpan& s, int y) { return (!s.first || y >= *s.first) && (!s.last || y <= *s.last); }

std::vector<std::string> ids_of(const auto& items) {
    std::vector<std::string> ids;
    for (const auto& x : items) ids.push_back(x.id);
    return ids;
}

/// "; did you mean 'MININTER'?" when one id is close to `typed` (case aside), else "".
std::string suggestion(const std::string& typed, const std::vector<std::string>& ids) {
    std::string near = nearest_name(typed, ids);
    return near.empty() ? "" : say("cli.did-you-mean", terminal_safe(near));
}

}  // namespace

std::optional<YearSpan> read_year_span(const std::string& text, std::string& error) {
    auto dots = text.find("..");
    if (dots == std::string::npos) {
        auto y = read_year(text, error);
        if (!y) return std::nullopt;
        return YearSpan{y, y};
    }
    YearSpan s;
    const std::string a = text.substr(0, dots), b = text.substr(dots + 2);
    if (a.empty() && b.empty()) {
        error = say("cli.range-needs-year");
        return std::nullopt;
    }
    if (!a.empty() && !(s.first = read_year(a, error))) return std::nullopt;
    if (!b.empty() && !(s.last = read_year(b, error))) return std::nullopt;
    if (s.first && s.last && *s.first > *s.last) {
        error = say("cli.range-backwards", text);
        return std::nullopt;
    }
    return s;
}

void add_filter_options(CLI::App& cmd, FilterOptions& f) {
    cmd.add_option_function<std::vector<std::string>>(
           "-y,--year",
           [&f](const std::vector<std::string>& texts) {
               for (const std::string& t : texts) {
                   std::string error;
                   auto s = read_year_span(t, error);
                   if (!s) throw CLI::ValidationError("--year", error);
                   f.years.push_back(*s);
               }
           },
           "Only these years: 2016, or 2015..2017 (both included), 2015.. or ..2017 (repeatable)")
        ->type_name("Y|A..B");
    add_number_option(cmd, "--from", f.from, year_range, "Only years from this one on (included)");
    add_number_option(cmd, "--to", f.to, year_range, "Only years up to this one (included)");
    cmd.add_option("-g,--group", f.groups, "Only these groups, by id (repeatable)");
    cmd.add_option("-e,--entity", f.entities, "Only these entities, by id (repeatable)");
    cmd.add_option("-l,--level", f.level, "Only entities of this level")
        ->transform(CLI::IsMember(name_strings<Level>(), CLI::ignore_case));
}

std::optional<CompareFilter> resolve_filter(const FilterOptions& f, const Model& m, const std::string& command,
                                            std::ostream& err) {
    CompareFilter filter{{}, f.groups, f.entities, std::nullopt};
    if (!f.level.empty()) filter.level = parse_name<Level>(f.level);  // one of them: CLI11 checked it
    bool bad = false;
    for (const YearSpan& s : f.years)
        if (s.single() && !m.year(*s.first))
            err << say("cli.year-not-in-model", *s.first) << "\n", bad = true;
    if (!f.years.empty() || f.from || f.to) {
        YearSpan bounds{f.from ? std::optional<int>(static_cast<int>(*f.from)) : std::nullopt,
                        f.to ? std::optional<int>(static_cast<int>(*f.to)) : std::nullopt};
        for (const YearInfo& y : m.years)
            if (in(bounds, y.year) && (f.years.empty() || std::any_of(f.years.begin(), f.years.end(),
                                                                       [&](const YearSpan& s) { return in(s, y.year); })))
                filter.years.push_back(y.year);
        if (filter.years.empty() && !bad) {
            std::string asked;
            for (const YearSpan& s : f.years) asked += (asked.empty() ? "--year " : ", ") + span_text(s);
            if (f.from) asked += (asked.empty() ? "" : " ") + std::string("--from ") + std::to_string(*f.from);
            if (f.to) asked += (asked.empty() ? "" : " ") + std::string("--to ") + std::to_string(*f.to);
            err << say("cli.no-year-in-range", asked,
                       m.years.empty() ? say("cli.none")
                                       : std::to_string(m.years.front().year) + ".." + std::to_string(m.years.back().year))
                << "\n";
            bad = true;
        }
    }
    for (const auto& g : f.groups)
        if (!m.group(g))
            err << say("cli.group-not-in-model", terminal_safe(g)) << suggestion(g, ids_of(m.groups))
                << "\n",
                bad = true;
    for (const auto& e : f.entities)
        if (!m.entity(e))
            err << say("cli.entity-not-in-model", terminal_safe(e))
                << suggestion(e, ids_of(m.entities)) << "\n",
                bad = true;
    if (bad) {
        err << say("cli.run-help-options", "veedor " + command) << "\n";
        return std::nullopt;
    }
    return filter;
}

}  // namespace veedor
