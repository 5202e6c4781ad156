#include "readers/scenario_layer.hpp"

#include "readers/model_reader.hpp"
#include "yaml/yaml_fields.hpp"
#include "yaml/yaml_tree.hpp"

#include <fmt/format.h>

#include <array>
#include <filesystem>

namespace veedor {
namespace {

/// Reads the parts of one scenario file; each method reports its own problems and carries on.
class LayerReader {
public:
    LayerReader(ScenarioLayer& layer, Diagnostics& d) : l_(layer), d_(d) {}

    void read(const YamlNode& root) {
        if (root.is_null()) {
            report_null_root(root, l_.file, "a veedor scenario", d_);
            return;
        }
        Fields f(root, "the scenario", {"format", "title"},
                 {"model", "extends", "horizon", "prices-of", "sources", "macro", "funding", "execution", "needs",
                  "monte-carlo", "notes", "demand", "correlations"},
                 d_);
        if (!root.is_map()) return;
        if (auto n = f.get("format")) {
            auto v = read_text(*n, "format", d_);
            if (v && *v != "veedor-scenario/1")
                d_.error(n->where, msg("scenario.format", *v));
        }
        // A title written but invalid is reported here; "?" stands in so that it is not also called missing.
        if (auto n = f.get("title")) l_.title = read_local_text(*n, "title", d_).value_or("?");
        if (auto n = f.get("notes")) l_.notes = read_local_text(*n, "notes", d_);
        if (auto n = f.get("model")) {
            if (auto v = read_text(*n, "model", d_)) {
                std::filesystem::path p(*v);
                l_.model_path = (p.is_absolute() ? p : std::filesystem::path(l_.file).parent_path() / p)
                                    .lexically_normal()
                                    .string();
                l_.model_where = n->where;
            }
        }
        if (auto n = f.get("extends")) {
            l_.extends = read_text(*n, "extends", d_).value_or("");
            l_.extends_where = n->where;
        }
        if (auto n = f.get("horizon")) {
            Fields h(*n, "horizon", {"from", "to"}, {}, d_);
            if (auto x = h.get("from")) l_.from = read_year(*x, "from", d_);
            if (auto x = h.get("to")) l_.to = read_year(*x, "to", d_);
        }
        if (auto n = f.get("prices-of")) l_.prices_of = read_year(*n, "prices-of", d_);
        each(f.get("sources"), "sources", [&](const YamlNode& x) { read_source(x); });
        if (auto n = f.get("macro")) read_macro(*n);
        if (auto n = f.get("funding")) {
            l_.funding.emplace();
            each(n, "funding", [&](const YamlNode& x) { read_funding(x); });
        }
        each(f.get("execution"), "execution", [&](const YamlNode& x) { read_execution(x); });
        each(f.get("needs"), "needs", [&](const YamlNode& x) { read_need(x); });
        each(f.get("demand"), "demand", [&](const YamlNode& x) { read_demand(x); });
        each(f.get("correlations"), "correlations", [&](const YamlNode& x) { read_correlation(x); });
        if (auto n = f.get("monte-carlo")) read_monte_carlo(*n);
    }

private:
    template <class F>
    void each(const YamlNode* n, std::string_view key, F&& f) {
        for_each_item(n, key, d_, std::forward<F>(f));
    }

    std::vector<std::string> ids(const Fields& f, std::string_view key = "source") {
        if (auto n = f.get(key)) return read_id_list(*n, key, d_).value_or(std::vector<std::string>{});
        return {};
    }
    std::string text(const Fields& f, std::string_view key) {
        if (auto n = f.get(key)) return read_local_text(*n, key, d_).value_or("");
        return {};
    }

    /// A decimal with at most 6 places, in micro units.
    std::optional<std::int64_t> micro(const YamlNode& n, std::string_view key) {
        auto v = read_decimal(n, key, /*allow_sign=*/true, d_);
        if (!v) return std::nullopt;
        if (v->places() > 6 || v->rescaled(6).unscaled() > BigInt(9'000'000'000'000'000'000ULL) ||
            v->rescaled(6).unscaled() < -BigInt(9'000'000'000'000'000'000ULL)) {
            d_.error(n.where, msg("scenario.too-precise", key, v->plain()));
            return std::nullopt;
        }
        return v->rescaled(6).unscaled().convert_to<std::int64_t>();
    }

    /// The value of a Number: a plain decimal, or {triangular|uniform|normal: ...}.
    std::optional<Distribution> distribution(const YamlNode& n, std::string_view key) {
        Distribution dist;
        if (n.is_null() && !n.reported) {
            d_.error(n.where, msg("scenario.null-number", key));
            return std::nullopt;
        }
        if (n.is_scalar()) {
            auto v = micro(n, key);
            if (!v) return std::nullopt;
            dist.shape = Distribution::Fixed{*v};
            return dist;
        }
        Fields f(n, "distribution", {}, {"triangular", "uniform", "normal"}, d_);
        if (!n.is_map()) return std::nullopt;
        if (n.entries.size() != 1) {
            d_.error(n.where, msg("scenario.one-distribution", key));
            return std::nullopt;
        }
        const YamlNode& name = n.entries.front().first;  // not a structured binding: lambdas below use them
        const YamlNode& args = n.entries.front().second;
        auto bounds = [&](size_t count) -> std::optional<std::vector<std::int64_t>> {
            if (!args.is_sequence() || args.items.size() != count) {
                d_.error(args.where, msg("scenario.list-of-numbers", name.text, count));
                return std::nullopt;
            }
            std::vector<std::int64_t> out;
            for (const YamlNode& x : args.items) {
                auto v = micro(x, name.text);
                if (!v) return std::nullopt;
                out.push_back(*v);
            }
            return out;
        };
        if (name.text == "triangular") {
            auto b = bounds(3);
            if (!b) return std::nullopt;
            if (!((*b)[0] <= (*b)[1] && (*b)[1] <= (*b)[2] && (*b)[0] < (*b)[2])) {
                d_.error(args.where, msg("scenario.triangular"));
                return std::nullopt;
            }
            dist.shape = Distribution::Triangular{(*b)[0], (*b)[1], (*b)[2]};
        } else if (name.text == "uniform") {
            auto b = bounds(2);
            if (!b) return std::nullopt;
            if (!((*b)[0] < (*b)[1])) {
                d_.error(args.where, msg("scenario.uniform"));
                return std::nullopt;
            }
            dist.shape = Distribution::Uniform{(*b)[0], (*b)[1]};
        } else if (name.text == "normal") {
            Fields g(args, "normal", {"mean", "sd", "min", "max"}, {}, d_);
            if (!g.ok()) return std::nullopt;
            auto mean = micro(*g.get("mean"), "mean"), sd = micro(*g.get("sd"), "sd"),
                 lo = micro(*g.get("min"), "min"), hi = micro(*g.get("max"), "max");
            if (!mean || !sd || !lo || !hi) return std::nullopt;
            if (*sd <= 0 || *lo >= *hi || *mean < *lo || *mean > *hi) {
                d_.error(args.where, msg("scenario.normal"));
                return std::nullopt;
            }
            dist.shape = Distribution::Normal{*mean, *sd, *lo, *hi};
        } else {
            return std::nullopt;  // Fields reported the unknown name
        }
        return dist;
    }

    /// A Number: {value: ..., source: ..., assumption: ...}; one of source/assumption is required.
    std::optional<Number> number(const YamlNode& n, std::string_view key, std::string label) {
        if (!n.is_map() && !n.reported) {  // the commonest slip: the bare number, without where it comes from
            const std::string shown = n.is_scalar() && !n.text.empty() && n.text.size() <= 20 ? n.text : "15";
            d_.error(n.where, msg("scenario.attributed-number", key, shown, noun(n.describe())));
            return std::nullopt;
        }
        Fields f(n, std::string(key), {"value"}, {"source", "assumption"}, d_);
        if (!n.is_map()) return std::nullopt;
        Number num;
        num.where = n.where;
        num.label = std::move(label);
        num.sources = ids(f);
        num.assumption = text(f, "assumption");
        if (num.sources.empty() && num.assumption.empty())
            d_.error(n.where, msg("scenario.needs-attribution", key));
        const YamlNode* v = f.get("value");
        if (!v) return std::nullopt;
        auto dist = distribution(*v, key);
        if (!dist) return std::nullopt;
        num.dist = *dist;
        return num;
    }

    void read_source(const YamlNode& n) {
        if (auto s = read_source_entry(n, d_)) l_.sources.push_back(std::move(*s));
    }

    /// A bare value (no {value: ...} around it) whose attribution comes from the enclosing entry.
    std::optional<Number> bare_number(const YamlNode& v, std::string_view key, const std::vector<std::string>& sources,
                                      const std::string& assumption, std::string label) {
        auto dist = distribution(v, key);
        if (!dist) return std::nullopt;
        Number num;
        num.dist = *dist;
        num.where = v.where;
        num.sources = sources;
        num.assumption = assumption;
        num.label = std::move(label);
        return num;
    }

    void read_macro(const YamlNode& n) {
        Fields f(n, "macro", {}, {"general-budget", "inflation-pct", "population"}, d_);
        if (!n.is_map()) return;
        if (auto x = f.get("general-budget")) l_.general_budget = macro_series(*x, "general-budget", "amount");
        if (auto x = f.get("inflation-pct")) l_.inflation_pct = macro_series(*x, "inflation-pct", "value");
        if (auto x = f.get("population")) l_.population = macro_series(*x, "population", "count");
    }

    std::vector<MacroEntry> macro_series(const YamlNode& n, std::string_view series, std::string_view level_key) {
        std::vector<MacroEntry> out;
        each(&n, series, [&](const YamlNode& x) {
            bool inflation = series == "inflation-pct";
            Fields f(x, std::string(series) + " entry", {},
                     {"year", "from", "to", std::string(level_key), "growth-pct", "source", "assumption"}, d_);
            if (!x.is_map()) return;
            MacroEntry e;
            e.where = x.where;
            if (auto y = f.get("year")) e.from = e.to = read_year(*y, "year", d_).value_or(0);
            if (auto y = f.get("from")) e.from = read_year(*y, "from", d_).value_or(0);
            if (auto y = f.get("to")) e.to = read_year(*y, "to", d_).value_or(0);
            if (f.get("year") && (f.get("from") || f.get("to")))
                d_.error(x.where, msg("scenario.year-or-range"));
            else if (!f.get("year") && !(f.get("from") && f.get("to")))
                d_.error(x.where, msg("scenario.give-years"));
            else if (e.from > e.to)
                d_.error(x.where, msg("scenario.from-after-to", e.from, e.to));
            e.sources = ids(f);
            e.assumption = text(f, "assumption");
            const YamlNode* level = f.get(level_key);
            const YamlNode* growth = f.get("growth-pct");
            std::string label = fmt::format("{} {}-{}", series, e.from, e.to);
            if (e.from == e.to) label = fmt::format("{} {}", series, e.from);
            if ((level != nullptr) == (growth != nullptr) || (inflation && growth)) {
                d_.error(x.where, inflation ? msg("scenario.inflation-value") : msg("scenario.level-or-growth", level_key));
                return;
            }
            if (e.sources.empty() && e.assumption.empty())
                d_.error(x.where, msg("scenario.entry-attribution", series));
            // In macro entries the attribution sits on the entry: the number is the bare value.
            auto wrap = [&](const YamlNode& v, std::string_view key) {
                return bare_number(v, key, e.sources, e.assumption, label + (growth ? " growth (%)" : " (%)"));
            };
            if (growth) {
                e.kind = MacroEntry::Kind::growth;
                if (auto num = wrap(*growth, "growth-pct")) e.number = *num;
            } else if (inflation) {
                if (auto num = wrap(*level, "value")) e.number = *num;
            } else if (level_key == "amount") {
                e.amount = read_money(*level, "amount", d_);
            } else {
                e.count = read_count(*level, "count", d_);
            }
            out.push_back(std::move(e));
        });
        return out;
    }

    std::optional<Target> target(const Fields& f) {
        const YamlNode* n = f.get("target");
        if (!n) return std::nullopt;
        if (n->is_scalar() && n->text == "total") return Target{};
        if (n->is_map()) {
            Fields t(*n, "target", {"entity"}, {}, d_);
            if (auto e = t.get("entity"))
                if (auto id = read_id(*e, "entity", d_)) return Target{*id};
            return std::nullopt;
        }
        d_.error(n->where, msg("scenario.target"));
        return std::nullopt;
    }

    void read_funding(const YamlNode& n) {
        static constexpr std::array<std::string_view, 1> target_key{"target"};
        static constexpr auto kinds_keys = [] {  // one key per kind: flat, grow, ...; then the risk of a cut
            std::array<std::string_view, names<FundingKind>().size() + 1> keys{};
            for (size_t i = 0; i < names<FundingKind>().size(); ++i) keys[i] = names<FundingKind>()[i];
            keys.back() = "cut-risk";
            return keys;
        }();
        Fields f(n, "funding rule", target_key, kinds_keys, d_);
        if (!n.is_map()) return;
        FundingRule r;
        r.where = n.where;
        if (auto t = target(f)) r.target = *t;
        const YamlNode* x = nullptr;
        FundingKind kind{};
        int kinds = 0;
        for (const auto& [k, key] : names_of(FundingKind{}))
            if (const YamlNode* y = f.get(key)) x = y, kind = k, ++kinds;
        if (kinds != 1) {
            d_.error(n.where, msg("scenario.funding-one-of", name_list<FundingKind>()));
            return;
        }
        const std::string who = r.target.key(), what(to_string(kind));
        auto year = [&](const Fields& g, std::string_view key) {
            const YamlNode* y = g.get(key);
            return y ? read_year(*y, key, d_).value_or(0) : 0;
        };
        switch (kind) {
            case FundingKind::flat:
            case FundingKind::index_to_inflation: {
                Fields g(*x, what, {"base-year"}, {}, d_);
                Growth growth = kind == FundingKind::flat ? Growth{Steady{}} : Growth{Indexed{}};
                r.how = funding::Carry{year(g, "base-year"), growth};
                break;
            }
            case FundingKind::grow: {
                Fields g(*x, what, {"base-year"}, {"rate-pct"}, d_);
                funding::Carry carry{year(g, "base-year"), Growing{}};
                if (const YamlNode* v = g.get("rate-pct"))
                    carry.growth = growing(*v, "rate-pct", "funding growth " + who + " (%)");
                else if (x->is_map())
                    d_.error(x->where, msg("scenario.grow-rate"));
                r.how = std::move(carry);
                break;
            }
            case FundingKind::share_of_general_budget: {
                Fields g(*x, what, {}, {"share-pct", "as-in-year"}, d_);
                const YamlNode* pct = g.get("share-pct");
                if ((pct != nullptr) == (g.get("as-in-year") != nullptr)) {
                    if (x->is_map()) d_.error(x->where, msg("scenario.share-or-year"));
                } else if (pct) {
                    funding::ShareGiven share;
                    if (auto num = number(*pct, "share-pct", "share of the general budget " + who + " (%)"))
                        share.share_pct = *num;
                    r.how = std::move(share);
                } else {
                    r.how = funding::ShareAsIn{year(g, "as-in-year")};
                }
                break;
            }
            case FundingKind::restore: {
                Fields g(*x, what, {"from-year", "level-of-year", "by", "then"}, {}, d_);
                funding::Restore restore{year(g, "from-year"), year(g, "level-of-year"), year(g, "by"), Steady{}};
                if (auto th = g.get("then")) restore.then = read_then(*th, who);
                r.how = std::move(restore);
                break;
            }
            case FundingKind::cover_need: {
                Fields g(*x, what, {"from-year", "by"}, {"aim"}, d_);
                funding::CoverNeed cover{year(g, "from-year"), year(g, "by")};
                if (auto a = g.get("aim"))
                    if (auto v = read_name<CoverAim>(*a, "aim", d_)) cover.aim = *v;
                r.how = cover;
                break;
            }
            case FundingKind::amounts: r.how = read_amounts(*x); break;
        }
        if (auto c = f.get("cut-risk")) r.cut_risk = read_cut_risk(*c, who);
        l_.funding->push_back(std::move(r));
    }

    /// cut-risk: {probability-pct: NUMBER, share-pct: NUMBER, from: YEAR, lasting: YEARS}.
    std::optional<CutRisk> read_cut_risk(const YamlNode& x, const std::string& who) {
        Fields g(x, "cut-risk", {"probability-pct", "share-pct"}, {"from", "lasting"}, d_);
        if (!x.is_map() || !g.ok()) return std::nullopt;
        CutRisk risk;
        risk.where = x.where;
        auto p = number(*g.get("probability-pct"), "probability-pct", "funding cut probability " + who + " (%)");
        auto share = number(*g.get("share-pct"), "share-pct", "funding cut share " + who + " (%)");
        if (auto y = g.get("from")) risk.from = read_year(*y, "from", d_).value_or(0);
        if (auto n = g.get("lasting")) {
            risk.lasting = read_count(*n, "lasting", d_).value_or(1);
            if (risk.lasting == 0) d_.error(n->where, msg("scenario.cut-lasting"));
        }
        if (!p || !share) return std::nullopt;
        risk.probability_pct = *p;
        risk.share_pct = *share;
        return risk;
    }

    /// rate-pct-by-year: [{year: YEAR, value: ..., source: ...}, ...]
    std::vector<std::pair<int, Number>> read_rate_by_year(const YamlNode& x, const std::string& who) {
        std::vector<std::pair<int, Number>> out;
        each(&x, "rate-pct-by-year", [&](const YamlNode& e) {
            Fields g(e, "rate-pct-by-year entry", {"year", "value"}, {"source", "assumption"}, d_);
            if (!e.is_map() || !g.ok()) return;
            auto y = read_year(*g.get("year"), "year", d_);
            auto sources = ids(g);
            std::string assumption = text(g, "assumption");
            if (sources.empty() && assumption.empty())
                d_.error(e.where, msg("scenario.rate-entry-needs-note"));
            if (!y) return;
            auto num = bare_number(*g.get("value"), "value", sources, assumption,
                                   fmt::format("execution rate {} {} (%)", who, *y));
            if (num) out.emplace_back(*y, std::move(*num));
        });
        return out;
    }

    /// capacity: {max-executed: AMOUNT, source: ..., assumption: ...}
    std::optional<ExecutionCap> read_capacity(const YamlNode& x) {
        Fields g(x, "capacity", {"max-executed"}, {"source", "assumption"}, d_);
        if (!x.is_map() || !g.ok()) return std::nullopt;
        ExecutionCap cap;
        cap.where = x.where;
        cap.sources = ids(g);
        cap.assumption = text(g, "assumption");
        if (cap.sources.empty() && cap.assumption.empty())
            d_.error(x.where, msg("scenario.capacity-needs-note"));
        auto m = read_money(*g.get("max-executed"), "max-executed", d_);
        if (!m) return std::nullopt;
        cap.max_executed = *m;
        return cap;
    }

    /// A growth rate, as a Growing whose rate is 0 when the number is invalid (reported).
    Growing growing(const YamlNode& v, std::string_view key, std::string label) {
        Growing g;
        if (auto num = number(v, key, std::move(label))) g.rate_pct = *num;
        return g;
    }

    funding::Amounts read_amounts(const YamlNode& x) {
        funding::Amounts out;
        each(&x, "amounts", [&](const YamlNode& a) {
            Fields g(a, "amount", {"year", "amount"}, {"source", "assumption"}, d_);
            if (!a.is_map() || !g.ok()) return;
            int year = read_year(*g.get("year"), "year", d_).value_or(0);
            std::optional<Money> m = read_money(*g.get("amount"), "amount", d_);
            auto sources = ids(g);
            if (sources.empty() && text(g, "assumption").empty())
                d_.error(a.where, msg("scenario.amount-attribution"));
            if (year && m) out.amounts.push_back({year, *m, std::move(sources)});
        });
        return out;
    }

    Growth read_then(const YamlNode& n, const std::string& who) {
        if (n.is_scalar() && n.text == "flat") return Steady{};
        if (n.is_scalar() && n.text == "index-to-inflation") return Indexed{};
        if (n.is_map()) {
            Fields g(n, "then", {"grow-pct"}, {}, d_);
            if (auto v = g.get("grow-pct")) return growing(*v, "grow-pct", "funding growth after restore " + who + " (%)");
            return Steady{};
        }
        d_.error(n.where, msg("scenario.then"));
        return Steady{};
    }

    void read_execution(const YamlNode& n) {
        Fields f(n, "execution rule", {"target"}, {"rate-pct", "own-history", "rate-pct-by-year", "capacity"}, d_);
        if (!n.is_map()) return;
        ExecutionRule r;
        r.where = n.where;
        if (auto t = target(f)) r.target = *t;
        const YamlNode* rate = f.get("rate-pct");
        const YamlNode* history = f.get("own-history");
        if ((rate != nullptr) == (history != nullptr)) {
            d_.error(n.where, msg("scenario.execution-one"));
            return;
        }
        if (rate) {
            if (auto num = number(*rate, "rate-pct", "execution rate " + r.target.key() + " (%)")) r.rate = *num;
        } else {
            OwnHistory own;
            Fields g(*history, "own-history", {"rate", "years"}, {}, d_);
            if (auto x = g.get("rate"))
                if (auto v = read_name<HistoryScope>(*x, "rate", d_)) own.scope = *v;
            if (auto x = g.get("years"))
                if (auto items = read_list(*x, "years", d_))
                    for (const YamlNode& y : *items)
                        if (auto v = read_year(y, "years", d_)) own.years.push_back(*v);
            r.rate = std::move(own);
        }
        if (auto x = f.get("rate-pct-by-year")) r.rate_by_year = read_rate_by_year(*x, r.target.key());
        if (auto x = f.get("capacity")) r.capacity = read_capacity(*x);
        l_.execution.push_back(std::move(r));
    }

    void read_need(const YamlNode& n) {
        // In a scenario that extends another, only the id is required here: the need may change
        // some fields of an inherited one, and merge_layers asks a new need for the others.
        const bool child = !l_.extends.empty();
        Fields f = child ? Fields(n, "need", {"id"}, {"activity", "axis", "entity", "unit", "quantity", "unit-cost", "note", "scope"}, d_)
                         : Fields(n, "need", {"id", "activity", "axis", "entity", "unit", "quantity", "unit-cost"}, {"note", "scope"}, d_);
        if (!n.is_map()) return;
        std::vector<std::string> keys;
        for (const auto& [k, v] : n.entries) keys.push_back(k.text);
        l_.need_keys.push_back(std::move(keys));
        Need need;
        need.where = n.where;
        if (auto x = f.get("id")) need.id = read_id(*x, "id", d_).value_or("");
        need.activity = text(f, "activity");
        need.unit = text(f, "unit");
        need.note = text(f, "note");
        if (auto x = f.get("entity")) need.entity = read_id(*x, "entity", d_).value_or("");
        if (auto x = f.get("axis")) {
            if (auto v = read_name<Axis>(*x, "axis", d_)) need.axis = *v;
        }
        if (auto x = f.get("quantity")) read_quantity(*x, need);
        if (auto x = f.get("unit-cost"))
            if (auto num = number(*x, "unit-cost", "unit cost of " + need.id + " (S/)")) need.unit_cost = *num;
        if (auto x = f.get("scope")) need.scope = read_scope(*x);
        l_.needs.push_back(std::move(need));
    }

    /// scope: {budget: specific|outside, service: new|existing, existing-quantity, overlaps-with,
    /// source, assumption}; where it comes from is required, as for every number.
    std::optional<NeedScope> read_scope(const YamlNode& n) {
        Fields f(n, "scope", {"budget", "service"}, {"existing-quantity", "overlaps-with", "source", "assumption"}, d_);
        if (!n.is_map()) return std::nullopt;
        NeedScope scope;
        scope.where = n.where;
        if (auto x = f.get("budget"))
            if (auto v = read_name<ScopeBudget>(*x, "budget", d_)) scope.budget = *v;
        if (auto x = f.get("service"))
            if (auto v = read_name<ScopeService>(*x, "service", d_)) scope.service = *v;
        if (auto x = f.get("existing-quantity")) {
            scope.existing_quantity = micro(*x, "existing-quantity");
            if (scope.existing_quantity && *scope.existing_quantity < 0) {
                d_.error(x->where, msg("scenario.existing-quantity-range"));
                scope.existing_quantity.reset();
            }
            if (scope.service != ScopeService::existing)
                d_.error(x->where, msg("scenario.existing-quantity-service"));
        }
        if (auto x = f.get("overlaps-with")) scope.overlaps_with = read_id_list(*x, "overlaps-with", d_).value_or(std::vector<std::string>{});
        scope.sources = ids(f);
        scope.assumption = text(f, "assumption");
        if (scope.sources.empty() && scope.assumption.empty())
            d_.error(n.where, msg("scenario.scope-needs-note"));
        return scope;
    }

    void read_quantity(const YamlNode& n, Need& need) {
        Fields f(n, "quantity", {}, {"per-year", "path", "demand", "per-unit", "source", "assumption"}, d_);
        if (!n.is_map()) return;
        need.quantity_sources = ids(f);
        need.quantity_assumption = text(f, "assumption");
        bool attributed = !need.quantity_sources.empty() || !need.quantity_assumption.empty();
        if (!attributed) d_.error(n.where, msg("scenario.needs-attribution", "quantity"));
        const YamlNode* per_year = f.get("per-year");
        const YamlNode* path = f.get("path");
        if (f.get("demand") || f.get("per-unit")) return read_driven_quantity(n, f, per_year || path, need);
        if ((per_year != nullptr) == (path != nullptr)) {
            d_.error(n.where, msg("scenario.quantity-one"));
            return;
        }
        // Quantities inherit the attribution of their block unless they carry their own.
        auto quantity = [&](const YamlNode& v, std::string_view key, const std::string& label) -> std::optional<Number> {
            if (v.is_map() && v.entries.size() && v.entries.front().first.text == "value") return number(v, key, label);
            return bare_number(v, key, need.quantity_sources, need.quantity_assumption, label);
        };
        if (per_year) {
            PerYear quantities;
            each(per_year, "per-year", [&](const YamlNode& x) {
                Fields g(x, "quantity of a year", {"year", "value"}, {}, d_);
                if (!x.is_map() || !g.ok()) return;
                auto y = read_year(*g.get("year"), "year", d_);
                auto q = quantity(*g.get("value"), "value", fmt::format("quantity of {} in {}", need.id, y.value_or(0)));
                if (y && q) quantities.quantities.emplace_back(*y, *q);
            });
            need.quantity = std::move(quantities);
        } else {
            QuantityPath p;
            Fields g(*path, "path", {"start-year", "start", "target", "by"}, {}, d_);
            if (path->is_map() && g.ok()) {
                p.start_year = read_year(*g.get("start-year"), "start-year", d_).value_or(0);
                p.by = read_year(*g.get("by"), "by", d_).value_or(0);
                if (auto q = quantity(*g.get("start"), "start", "starting quantity of " + need.id)) p.start = *q;
                if (auto q = quantity(*g.get("target"), "target", "target quantity of " + need.id)) p.target = *q;
            }
            need.quantity = std::move(p);
        }
    }

    /// quantity: {demand: ID, per-unit: NUMBER}: driven by a demand series (scenario/demand.hpp).
    void read_driven_quantity(const YamlNode& n, const Fields& f, bool other_form, Need& need) {
        const YamlNode* id = f.get("demand");
        const YamlNode* per_unit = f.get("per-unit");
        if (other_form || !id || !per_unit) {
            d_.error(n.where, msg("scenario.demand-quantity-fields"));
            return;
        }
        PerDemand driven;
        driven.demand = read_id(*id, "demand", d_).value_or("");
        if (auto q = number(*per_unit, "per-unit", "quantity of " + need.id + " per unit of " + driven.demand))
            driven.per_unit = *q;
        need.quantity = std::move(driven);
    }

    /// demand: [{id, unit, base-year, base: NUMBER, growth-pct: NUMBER}].
    void read_demand(const YamlNode& n) {
        Fields f(n, "demand series", {"id", "unit", "base-year", "base", "growth-pct"}, {}, d_);
        if (!n.is_map() || !f.ok()) return;
        Demand x;
        x.where = n.where;
        x.id = read_id(*f.get("id"), "id", d_).value_or("");
        x.unit = text(f, "unit");
        x.base_year = read_year(*f.get("base-year"), "base-year", d_).value_or(0);
        if (auto v = number(*f.get("base"), "base", fmt::format("{} in {}", x.id, x.base_year))) x.base = *v;
        if (auto v = number(*f.get("growth-pct"), "growth-pct", "growth of " + x.id + " (%)")) x.growth_pct = *v;
        l_.demand.push_back(std::move(x));
    }

    /// correlations: [{id, coefficient, members: [LABEL, ...], source | assumption}].
    void read_correlation(const YamlNode& n) {
        Fields f(n, "correlation group", {"id", "coefficient", "members"}, {"source", "assumption"}, d_);
        if (!n.is_map() || !f.ok()) return;
        CorrelationGroup g;
        g.where = n.where;
        g.id = read_id(*f.get("id"), "id", d_).value_or("");
        g.coefficient_micro = micro(*f.get("coefficient"), "coefficient").value_or(0);
        if (auto items = read_list(*f.get("members"), "members", d_))
            for (const YamlNode& m : *items)
                if (auto label = read_text(m, "members", d_)) g.members.push_back(*label);
        g.sources = ids(f);
        g.assumption = text(f, "assumption");
        if (g.sources.empty() && g.assumption.empty())
            d_.error(n.where, msg("scenario.correlation-needs-note"));
        l_.correlations.push_back(std::move(g));
    }

    void read_monte_carlo(const YamlNode& n) {
        Fields f(n, "monte-carlo", {"trials"}, {"seed"}, d_);
        l_.monte_carlo_where = n.where;
        if (!n.is_map()) return;
        if (auto x = f.get("trials")) l_.trials = read_count(*x, "trials", d_);
        if (auto x = f.get("seed")) {
            l_.seed_given = true;
            auto v = read_decimal(*x, "seed", false, d_);
            if (v && v->places() == 0 && v->unscaled() <= BigInt(std::numeric_limits<std::uint64_t>::max()))
                l_.seed = v->unscaled().convert_to<std::uint64_t>();
            else if (v)
                d_.error(x->where, msg("scenario.seed"));
        }
    }

    ScenarioLayer& l_;
    Diagnostics& d_;
};

/// The fields of `over` that its file gave, over `base` (an inherited need with the same id).
void override_fields(Need& base, const Need& over, const std::vector<std::string>& keys) {
    for (const std::string& k : keys) {
        if (k == "activity") base.activity = over.activity;
        else if (k == "axis") base.axis = over.axis;
        else if (k == "entity") base.entity = over.entity;
        else if (k == "unit") base.unit = over.unit;
        else if (k == "note") base.note = over.note;
        else if (k == "unit-cost") base.unit_cost = over.unit_cost;
        else if (k == "scope") base.scope = over.scope;
        else if (k == "quantity") {
            const Location where = base.where;
            const std::string id = base.id;
            Need q = over;  // every quantity field, then the rest back from base
            std::swap(q.activity, base.activity), std::swap(q.entity, base.entity), std::swap(q.unit, base.unit);
            std::swap(q.note, base.note), std::swap(q.unit_cost, base.unit_cost), std::swap(q.axis, base.axis);
            std::swap(q.scope, base.scope);
            base = std::move(q);
            base.where = where, base.id = id;
        }
    }
}

/// Merges a child's needs: a need with an inherited id changes only the fields its file gives; a
/// new need must give every required field.
void override_needs(std::vector<Need>& base, const ScenarioLayer& l, Diagnostics& d) {
    static const std::vector<std::string> required{"activity", "axis", "entity", "unit", "quantity", "unit-cost"};
    for (size_t i = 0; i < l.needs.size(); ++i) {
        const Need& x = l.needs[i];
        const std::vector<std::string>& keys = l.need_keys[i];
        auto it = std::find_if(base.begin(), base.end(), [&](const Need& b) { return b.id == x.id; });
        if (it != base.end()) {
            override_fields(*it, x, keys);
            continue;
        }
        for (const std::string& k : required)
            if (std::find(keys.begin(), keys.end(), k) == keys.end())
                d.error(x.where, msg("scenario.need-lacks-key", k, x.id));
        base.push_back(x);
    }
}

/// Replaces the entries of `base` whose key equals an entry of `over`'s; appends the others.
template <class T, class Key>
void override_by_key(std::vector<T>& base, const std::vector<T>& over, Key key) {
    for (const T& x : over) {
        auto it = std::find_if(base.begin(), base.end(), [&](const T& b) { return key(b) == key(x); });
        if (it != base.end()) *it = x;
        else base.push_back(x);
    }
}

}  // namespace

ScenarioLayer read_scenario_layer(const std::string& path, Diagnostics& d, const YamlLimits& limits) {
    ScenarioLayer layer;
    layer.file = path;
    YamlNode root = parse_yaml_file(path, d, limits);
    if (root.is_null() && d.has_errors()) return layer;
    layer.parsed = true;
    LayerReader(layer, d).read(root);
    return layer;
}

Scenario merge_layers(const std::vector<ScenarioLayer>& chain, Diagnostics& d) {
    Scenario s;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const ScenarioLayer& l = *it;
        if (l.title) s.title = *l.title;
        if (l.notes) s.notes = *l.notes;
        if (l.model_path) s.model_path = *l.model_path, s.model_where = l.model_where;
        if (l.from) s.from = *l.from;
        if (l.to) s.to = *l.to;
        if (l.prices_of) s.prices_of = *l.prices_of;
        override_by_key(s.sources, l.sources, [](const Source& x) { return x.id; });
        if (l.general_budget) s.macro.general_budget = *l.general_budget;
        if (l.inflation_pct) s.macro.inflation_pct = *l.inflation_pct;
        if (l.population) s.macro.population = *l.population;
        if (l.funding) override_by_key(s.funding, *l.funding, [](const FundingRule& r) { return r.target.key(); });
        override_by_key(s.execution, l.execution, [](const ExecutionRule& r) { return r.target.key(); });
        if (l.extends.empty()) override_by_key(s.needs, l.needs, [](const Need& n) { return n.id; });
        else override_needs(s.needs, l, d);
        override_by_key(s.demand, l.demand, [](const Demand& x) { return x.id; });
        override_by_key(s.correlations, l.correlations, [](const CorrelationGroup& g) { return g.id; });
        if (l.trials) s.trials = l.trials;
        if (l.seed) s.seed = l.seed;
        if (l.seed_given) s.seed_given = true;
        if (l.trials || l.seed) s.monte_carlo_where = l.monte_carlo_where;
    }
    return s;
}

}  // namespace veedor
