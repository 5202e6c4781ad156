#include "readers/model_reader.hpp"

#include "yaml/yaml_fields.hpp"
#include "model/validate.hpp"

#include <fmt/format.h>

#include <cctype>

namespace veedor {
namespace {

/// Reads the parts of a model; each method reports its own problems and keeps going.
class ModelReader {
public:
    explicit ModelReader(Diagnostics& d) : d_(d) {}

    /// Reads the model; `entities` were already read from the items of the `entities` list as
    /// they were parsed (read_entity), which the tree then holds empty.
    Model read(const YamlNode& root, const std::string& file, std::vector<Entity> entities = {}) {
        Model m;
        m.file = file;
        m.entities = std::move(entities);
        if (root.is_null()) {
            report_null_root(root, file, "a veedor model", d_);
            return m;
        }
        Fields f(root, "the model", {"format", "title", "currency", "years", "entities"},
                 {"headline", "stages", "sources", "groups", "published", "notes"}, d_);
        if (!root.is_map()) return m;
        if (auto n = f.get("format")) {
            auto v = read_text(*n, "format", d_);
            if (v && *v != "veedor-model/1")
                d_.error(n->where, "format '" + *v + "' is not supported; this veedor reads 'veedor-model/1'");
        }
        if (auto n = f.get("title")) m.title = read_local_text(*n, "title", d_).value_or("");
        if (auto n = f.get("currency")) {
            auto v = read_text(*n, "currency", d_);
            if (v && *v != "PEN")
                d_.error(n->where, "currency '" + *v + "' is not supported; amounts are in soles (PEN)");
            m.currency = v.value_or("");
        }
        if (auto n = f.get("headline")) {
            m.headline = read_id(*n, "headline", d_).value_or("");
            m.headline_where = n->where;
        }
        if (auto n = f.get("notes")) m.notes = read_local_text(*n, "notes", d_).value_or("");
        if (auto n = f.get("stages")) {
            Fields s(*n, "stages", {"allocated", "executed"}, {}, d_);
            auto stage = [&](const char* key, std::string& into) {
                if (auto x = s.get(key))
                    if (auto v = read_choice(*x, key, {"pia", "pim", "certificado", "comprometido-anual", "comprometido",
                                                       "devengado", "girado"},
                                             d_))
                        into = *v;
            };
            stage("allocated", m.allocated_stage);
            stage("executed", m.executed_stage);
        }
        each(f.get("sources"), "sources", [&](const YamlNode& x) { read_source(x, m); });
        each(f.get("years"), "years", [&](const YamlNode& x) { read_year_info(x, m); });
        if (const YamlNode* y = f.get("years"); y && y->is_sequence() && y->items.empty())
            d_.error(y->where, "'years' is empty; a model lists at least one year");
        each(f.get("groups"), "groups", [&](const YamlNode& x) { read_group(x, m); });
        each(f.get("entities"), "entities", [&](const YamlNode& x) { read_entity(x, m.entities); });
        each(f.get("published"), "published", [&](const YamlNode& x) { read_published(x, m); });
        return m;
    }

    void read_entity(const YamlNode& n, std::vector<Entity>& into) {
        Fields f(n, "entity", {"id", "name", "level", "kind"}, {"region", "groups", "aggregates", "figures", "note"},
                 d_);
        if (!n.is_map()) return;
        Entity e;
        e.where = n.where;
        if (auto x = f.get("id")) e.id = read_id(*x, "id", d_).value_or("");
        e.name = text_or_empty(f, "name");
        if (auto x = f.get("level")) {
            if (auto v = read_name<Level>(*x, "level", d_)) e.level = *v;
        }
        if (auto x = f.get("kind")) {
            if (auto v = read_name<EntityKind>(*x, "kind", d_)) e.kind = *v;
        }
        e.region = text_or_empty(f, "region");
        if (auto x = f.get("groups")) e.groups = read_id_list(*x, "groups", d_).value_or(std::vector<std::string>{});
        if (auto x = f.get("aggregates")) e.aggregates = read_id(*x, "aggregates", d_).value_or("");
        e.note = text_or_empty(f, "note");
        const YamlNode* figures = f.get("figures");
        if (figures && figures->is_sequence()) e.figures.reserve(figures->items.size());
        each(figures, "figures", [&](const YamlNode& x) { read_figure(x, e); });
        into.push_back(std::move(e));
    }

private:
    template <class F>
    void each(const YamlNode* n, std::string_view key, F&& f) {
        for_each_item(n, key, d_, std::forward<F>(f));
    }

    std::vector<std::string> sources(const Fields& f) {
        if (auto n = f.get("source")) return read_id_list(*n, "source", d_).value_or(std::vector<std::string>{});
        return {};
    }
    std::string text_or_empty(const Fields& f, std::string_view key) {
        if (auto n = f.get(key)) return read_local_text(*n, key, d_).value_or("");
        return {};
    }

    void read_source(const YamlNode& n, Model& m) {
        if (auto s = read_source_entry(n, d_)) m.sources.push_back(std::move(*s));
    }

    void read_year_info(const YamlNode& n, Model& m) {
        Fields f(n, "year", {"year"}, {"general-budget", "population", "executed-through", "source", "note"}, d_);
        if (!n.is_map()) return;
        YearInfo y;
        y.where = n.where;
        if (auto x = f.get("year")) y.year = read_year(*x, "year", d_).value_or(0);
        if (auto x = f.get("general-budget")) y.general_budget = read_money(*x, "general-budget", d_);
        if (auto x = f.get("population")) {
            y.population = read_count(*x, "population", d_);
            if (y.population && *y.population == 0) {
                d_.error(x->where, "'population' is 0; leave it out when it is not known");
                y.population.reset();
            }
        }
        if (auto x = f.get("executed-through")) {
            y.executed_through = read_date(*x, "executed-through", d_);
            if (y.executed_through && y.year && y.executed_through->year != y.year)
                d_.error(x->where, "'executed-through' " + y.executed_through->iso() + " is not in the year " +
                                       std::to_string(y.year));
        }
        y.sources = sources(f);
        y.note = text_or_empty(f, "note");
        m.years.push_back(std::move(y));
    }

    void read_group(const YamlNode& n, Model& m) {
        Fields f(n, "group", {"id", "name"}, {"note"}, d_);
        if (!n.is_map()) return;
        Group g;
        g.where = n.where;
        if (auto x = f.get("id")) g.id = read_id(*x, "id", d_).value_or("");
        g.name = text_or_empty(f, "name");
        g.note = text_or_empty(f, "note");
        m.groups.push_back(std::move(g));
    }

    Value read_value(const YamlNode& n, std::string_view key) {
        Value v;
        v.where = n.where;
        // The words of ValueKind but "amount", which is written as a number.
        std::optional<ValueKind> word = n.is_scalar() ? parse_name<ValueKind>(n.text) : std::nullopt;
        if (word == ValueKind::amount) word.reset();
        if (word && !n.quoted) return v.kind = *word, v;
        if (word) {
            d_.error(n.where, fmt::format("'{}' '{}' is quoted; write the word without quotes", key, n.text));
            return v;
        }
        if (n.is_scalar() && !n.quoted && !n.text.empty() && !std::isdigit(static_cast<unsigned char>(n.text[0])) &&
            n.text[0] != '-' && n.text[0] != '+' && n.text[0] != '.') {
            // The table's names after its first, "amount": unknown, no-specific-budget, not-reported.
            static_assert(names_of(ValueKind{})[0].value == ValueKind::amount);
            static const std::string words = name_list<ValueKind>().substr(to_string(ValueKind::amount).size() + 2);
            d_.error(n.where, fmt::format("'{}' '{}' is neither an amount nor one of: {}", key, n.text.substr(0, 40),
                                          words));
            return v;
        }
        if (auto money = read_money(n, key, d_)) {
            v.kind = ValueKind::amount;
            v.amount = *money;
        }
        return v;
    }

    void read_figure(const YamlNode& n, Entity& e) {
        Fields f(n, "figure", {"year", "allocated", "executed"}, {"excluded", "stages", "source", "note"}, d_);
        if (!n.is_map()) return;
        Figure fig;
        fig.where = n.where;
        if (auto x = f.get("year")) fig.year = read_year(*x, "year", d_).value_or(0);
        if (auto x = f.get("allocated")) fig.allocated = read_value(*x, "allocated");
        if (auto x = f.get("executed")) fig.executed = read_value(*x, "executed");
        FigureDetails more;
        more.sources = sources(f);
        more.note = text_or_empty(f, "note");
        if (auto x = f.get("stages")) {
            Fields s(*x, "stages", {}, {"pia", "pim", "certificado", "comprometido-anual", "comprometido", "devengado", "girado"},
                     d_);
            for (std::string_view stage : budget_stages)
                if (auto v = s.get(stage))
                    if (auto m = read_money(*v, stage, d_)) more.stages.emplace_back(std::string(stage), *m);
        }
        each(f.get("excluded"), "excluded", [&](const YamlNode& x) {
            Fields g(x, "excluded amount", {"amount", "reason"}, {"source"}, d_);
            if (!x.is_map()) return;
            Excluded ex;
            ex.where = x.where;
            if (auto a = g.get("amount")) ex.amount = read_money(*a, "amount", d_).value_or(Money{});
            ex.reason = text_or_empty(g, "reason");
            ex.sources = sources(g);
            more.excluded.push_back(std::move(ex));
        });
        if (!more.sources.empty() || !more.note.empty() || !more.stages.empty() || !more.excluded.empty())
            fig.edit_details() = std::move(more);
        e.figures.push_back(std::move(fig));
    }

    void read_published(const YamlNode& n, Model& m) {
        Fields f(n, "published table", {"source", "figures"}, {}, d_);
        if (!n.is_map()) return;
        std::string source;
        if (auto x = f.get("source")) source = read_id(*x, "source", d_).value_or("");
        each(f.get("figures"), "figures", [&](const YamlNode& x) { read_printed(x, source, m); });
    }

    void read_printed(const YamlNode& n, const std::string& source, Model& m) {
        Fields f(n, "printed figure", {"year", "measure"}, {"entity", "total-of", "amount", "percent", "note"}, d_);
        if (!n.is_map()) return;
        PublishedFigure p;
        p.where = n.where;
        p.source = source;
        if (auto x = f.get("year")) p.year = read_year(*x, "year", d_).value_or(0);
        bool measure_ok = false;
        if (auto x = f.get("measure")) {
            if (auto v = read_name<Measure>(*x, "measure", d_)) p.measure = *v, measure_ok = true;
        }
        int errors_before = d_.error_count();
        if (auto x = f.get("entity")) p.entity = read_id(*x, "entity", d_).value_or("");
        if (auto x = f.get("total-of")) p.total_of = read_id(*x, "total-of", d_).value_or("");
        p.unreadable = d_.error_count() > errors_before;
        const YamlNode* amount = f.get("amount");
        const YamlNode* percent = f.get("percent");
        if (amount && percent) {
            d_.error(percent->where, "a printed figure has either 'amount' or 'percent', not both");
        } else if (!amount && !percent) {
            d_.error(n.where, "a printed figure needs its value: 'amount' or 'percent'");
        } else if (measure_ok && (percent != nullptr) != is_percent_measure(p.measure)) {
            const YamlNode* given = amount ? amount : percent;
            d_.error(given->where, "measure '" + std::string(to_string(p.measure)) + "' is printed as " +
                                       (is_percent_measure(p.measure) ? "'percent'" : "'amount'"));
        } else {
            const YamlNode* given = amount ? amount : percent;
            if (auto v = read_decimal(*given, amount ? "amount" : "percent", /*allow_sign=*/true, d_)) {
                BigInt magnitude = v->is_negative() ? BigInt(-v->unscaled()) : v->unscaled();
                if (magnitude >= pow10(24 + v->places()))
                    d_.error(given->where, "the printed value is beyond 10^24; veedor does not accept it");
                else
                    p.printed = *v;
            }
        }
        p.note = text_or_empty(f, "note");
        m.published.push_back(std::move(p));
    }

    Diagnostics& d_;
};

}  // namespace

std::optional<Source> read_source_entry(const YamlNode& n, Diagnostics& d) {
    Fields f(n, "source", {"id", "title"}, {"within", "note"}, d);
    if (!n.is_map()) return std::nullopt;
    Source s;
    s.where = n.where;
    if (auto x = f.get("id")) s.id = read_id(*x, "id", d).value_or("");
    if (auto x = f.get("title")) s.title = read_local_text(*x, "title", d).value_or("");
    if (auto x = f.get("within")) s.within = read_id(*x, "within", d).value_or("");
    if (auto x = f.get("note")) s.note = read_local_text(*x, "note", d).value_or("");
    return s;
}

namespace {

/// Parses a model's YAML with `parse` and reads it. The entities, nearly all of a national model,
/// are read one at a time as the parser completes each, so the tree of the whole file never
/// exists. Their messages wait in their own list until the parse has succeeded: a file that does
/// not parse reports only why, as when the whole tree was read afterwards. Messages are shown
/// sorted by place, so the order in which they were found does not show.
template <class Parse>
Model parse_and_read(Parse parse, const std::string& name, Diagnostics& diags) {
    Diagnostics entity_diags;
    ModelReader entity_reader(entity_diags);
    std::vector<Entity> entities;
    YamlHooks hooks{"entities", [&](YamlNode&& item) { entity_reader.read_entity(item, entities); }, {}};
    YamlNode root = parse(&hooks);
    if (diags.has_errors() && root.is_null()) return Model{};
    diags.append(std::move(entity_diags));
    Model m = ModelReader(diags).read(root, name, std::move(entities));
    validate(m, diags);
    return m;
}

}  // namespace

Model load_model(const std::string& path, Diagnostics& diags, const YamlLimits& limits) {
    return parse_and_read([&](const YamlHooks* s) { return parse_yaml_file(path, diags, limits, s); }, path,
                          diags);
}

Model load_model_text(std::string_view text, const std::string& name, Diagnostics& diags) {
    return parse_and_read([&](const YamlHooks* s) { return parse_yaml_text(text, name, diags, {}, s); }, name,
                          diags);
}

}  // namespace veedor
