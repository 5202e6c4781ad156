#include "readers/model_reader.hpp"

#include "readers/model_layer.hpp"
#include "yaml/yaml_fields.hpp"
#include "model/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace veedor {
namespace {

/// Reads the parts of a model; each method reports its own problems and keeps going.
class ModelReader {
public:
    ModelReader(ModelLayer& layer, Diagnostics& d) : l_(layer), d_(d) {}

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
        // A layer (one that extends another model) may leave out what the layers below give.
        const bool layer = root.is_map() && std::any_of(root.entries.begin(), root.entries.end(), [](const auto& e) {
                               return e.first.is_scalar() && e.first.text == "extends";
                           });
        Fields f = layer ? Fields(root, "the model", {"format", "extends"},
                                  {"title", "currency", "years", "entities", "headline", "stages", "sources", "groups",
                                   "published", "notes"},
                                  d_)
                         : Fields(root, "the model", {"format", "title", "currency", "years", "entities"},
                                  {"headline", "stages", "sources", "groups", "published", "notes", "extends"}, d_);
        if (!root.is_map()) return m;
        if (auto n = f.get("extends")) {
            l_.extends = read_text(*n, "extends", d_).value_or("");
            l_.extends_where = n->where;
        }
        if (auto n = f.get("format")) {
            auto v = read_text(*n, "format", d_);
            if (v && *v != "veedor-model/1")
                d_.error(n->where, msg("model.format", *v));
        }
        if (auto n = f.get("title")) m.title = read_local_text(*n, "title", d_).value_or("");
        if (auto n = f.get("currency")) {
            auto v = read_text(*n, "currency", d_);
            if (v && *v != "PEN")
                d_.error(n->where, msg("model.currency", *v));
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
            d_.error(y->where, msg("model.years-empty"));
        each(f.get("groups"), "groups", [&](const YamlNode& x) { read_group(x, m); });
        each(f.get("entities"), "entities", [&](const YamlNode& x) { read_entity(x, m.entities); });
        each(f.get("published"), "published", [&](const YamlNode& x) { read_published(x, m); });
        return m;
    }

    void read_entity(const YamlNode& n, std::vector<Entity>& into) {
        // name, level and kind are required of an entity that no earlier layer has: the merge
        // knows which (require_entity_keys).
        Fields f(n, "entity", {"id"},
                 {"name", "level", "kind", "region", "groups", "aggregates", "figures", "note", "replaces"}, d_);
        if (!n.is_map()) return;
        Entity e;
        e.where = n.where;
        std::uint8_t keys = 0;
        for (auto [key, bit] : {std::pair{"name", key_name}, {"level", key_level}, {"kind", key_kind},
                                {"region", key_region}, {"groups", key_groups}, {"aggregates", key_aggregates},
                                {"note", key_note}})
            if (f.get(key)) keys |= bit;
        read_replaces(f, n.where);
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
        l_.entity_keys.push_back(keys);
    }

private:
    /// Keeps the item's `replaces: "why"` for the merge.
    void read_replaces(const Fields& f, const Location& item) {
        if (auto x = f.get("replaces"))
            if (auto v = read_text(*x, "replaces", d_)) l_.replaces[{item.line, item.column}] = Replaces{*v, x->where};
    }

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
        if (auto s = read_source_entry(n, d_, /*replaceable=*/true)) {
            read_replaces(Fields(n, "source", {}, {"id", "title", "within", "note", "replaces"}, ignored_), n.where);
            m.sources.push_back(std::move(*s));
        }
    }

    void read_year_info(const YamlNode& n, Model& m) {
        Fields f(n, "year", {"year"}, {"general-budget", "population", "executed-through", "source", "note", "replaces"},
                 d_);
        if (!n.is_map()) return;
        read_replaces(f, n.where);
        YearInfo y;
        y.where = n.where;
        if (auto x = f.get("year")) y.year = read_year(*x, "year", d_).value_or(0);
        if (auto x = f.get("general-budget")) y.general_budget = read_money(*x, "general-budget", d_);
        if (auto x = f.get("population")) {
            y.population = read_count(*x, "population", d_);
            if (y.population && *y.population == 0) {
                d_.error(x->where, msg("model.population-zero"));
                y.population.reset();
            }
        }
        if (auto x = f.get("executed-through")) {
            y.executed_through = read_date(*x, "executed-through", d_);
            if (y.executed_through && y.year && y.executed_through->year != y.year)
                d_.error(x->where, msg("model.executed-through-year", y.executed_through->iso(), y.year));
        }
        y.sources = sources(f);
        y.note = text_or_empty(f, "note");
        m.years.push_back(std::move(y));
    }

    void read_group(const YamlNode& n, Model& m) {
        Fields f(n, "group", {"id", "name"}, {"note", "replaces"}, d_);
        if (!n.is_map()) return;
        read_replaces(f, n.where);
        Group g;
        g.where = n.where;
        if (auto x = f.get("id")) g.id = read_id(*x, "id", d_).value_or("");
        g.name = text_or_empty(f, "name");
        g.note = text_or_empty(f, "note");
        m.groups.push_back(std::move(g));
    }

    /// A budget stage's net amount: as read_money, with a leading '-' allowed (an imported stage
    /// whose reversals exceed its amounts in the files, docs/import-mef.md).
    std::optional<Money> read_stage(const YamlNode& n, std::string_view stage) {
        if (n.is_scalar() && n.text.size() > 1 && n.text.front() == '-') {
            YamlNode magnitude = n;
            magnitude.text.erase(0, 1);
            if (auto m = read_money(magnitude, stage, d_)) return -*m;
            return std::nullopt;
        }
        return read_money(n, stage, d_);
    }

    Value read_value(const YamlNode& n, std::string_view key) {
        Value v;
        v.where = n.where;
        // The words of ValueKind but "amount", which is written as a number.
        std::optional<ValueKind> word = n.is_scalar() ? parse_name<ValueKind>(n.text) : std::nullopt;
        if (word == ValueKind::amount) word.reset();
        if (word && !n.quoted) return v.kind = *word, v;
        if (word) {
            d_.error(n.where, msg("model.quoted-word", key, n.text));
            return v;
        }
        if (n.is_scalar() && !n.quoted && !n.text.empty() && !std::isdigit(static_cast<unsigned char>(n.text[0])) &&
            n.text[0] != '-' && n.text[0] != '+' && n.text[0] != '.') {
            // The table's names after its first, "amount": unknown, no-specific-budget, not-reported.
            static_assert(names_of(ValueKind{})[0].value == ValueKind::amount);
            static const std::string words = name_list<ValueKind>().substr(to_string(ValueKind::amount).size() + 2);
            d_.error(n.where, msg("model.not-amount", key, n.text.substr(0, 40), words));
            return v;
        }
        if (auto money = read_money(n, key, d_)) {
            v.kind = ValueKind::amount;
            v.amount = *money;
        }
        return v;
    }

    void read_figure(const YamlNode& n, Entity& e) {
        Fields f(n, "figure", {"year", "allocated", "executed"}, {"excluded", "stages", "source", "note", "replaces"},
                 d_);
        if (!n.is_map()) return;
        read_replaces(f, n.where);
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
                    if (auto m = read_stage(*v, stage)) more.stages.emplace_back(std::string(stage), *m);
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
        Fields f(n, "printed figure", {"year", "measure"},
                 {"entity", "total-of", "amount", "percent", "rounded-to", "stage", "quote", "use", "note", "replaces"},
                 d_);
        if (!n.is_map()) return;
        read_replaces(f, n.where);
        PublishedFigure p;
        p.where = n.where;
        p.source = source;
        if (auto x = f.get("year")) p.year = read_year(*x, "year", d_).value_or(0);
        bool measure_ok = false;
        if (auto x = f.get("measure")) {
            if (auto v = read_name<Measure>(*x, "measure", d_)) p.measure = *v, measure_ok = true;
        }
        int errors_before = d_.error_count();
        read_about(f, n, measure_ok, p);
        p.unreadable = d_.error_count() > errors_before;
        const YamlNode* amount = f.get("amount");
        const YamlNode* percent = f.get("percent");
        if (amount && percent) {
            d_.error(percent->where, msg("model.printed-both"));
        } else if (!amount && !percent) {
            d_.error(n.where, msg("model.printed-none"));
        } else if (measure_ok && (percent != nullptr) != is_percent_measure(p.measure)) {
            const YamlNode* given = amount ? amount : percent;
            d_.error(given->where, msg("model.measure-printed-as", to_string(p.measure), is_percent_measure(p.measure) ? "'percent'" : "'amount'"));
        } else {
            const YamlNode* given = amount ? amount : percent;
            if (auto v = read_decimal(*given, amount ? "amount" : "percent", /*allow_sign=*/true, d_)) {
                BigInt magnitude = v->is_negative() ? BigInt(-v->unscaled()) : v->unscaled();
                if (magnitude >= pow10(24 + v->places()))
                    d_.error(given->where, msg("model.printed-too-large"));
                else
                    p.printed = *v;
            }
        }
        if (auto x = f.get("rounded-to")) read_rounding(*x, p);
        if (auto x = f.get("stage")) {
            if (auto v = read_name<Stage>(*x, "stage", d_)) p.stage = *v;
        }
        p.quote = text_or_empty(f, "quote");
        if (auto x = f.get("use")) {
            p.use = read_text(*x, "use", d_).value_or("");
            if (p.use->empty()) d_.error(x->where, msg("model.use-empty"));
        }
        p.note = text_or_empty(f, "note");
        m.published.push_back(std::move(p));
    }

    /// What the figure is about: the General Budget is about the whole State; any other measure
    /// names one entity or one group's total.
    void read_about(const Fields& f, const YamlNode& n, bool measure_ok, PublishedFigure& p) {
        const YamlNode* entity = f.get("entity");
        const YamlNode* group = f.get("total-of");
        if (measure_ok && p.measure == Measure::general_budget) {
            if (entity || group)
                d_.error(n.where, msg("model.general-budget-whole-state"));
            p.about = WholeState{};
            return;
        }
        if ((entity != nullptr) == (group != nullptr)) {
            if (measure_ok) d_.error(n.where, msg("model.printed-about"));
            return;
        }
        if (entity) p.about = OfEntity{read_id(*entity, "entity", d_).value_or("")};
        else p.about = TotalOf{read_id(*group, "total-of", d_).value_or("")};
    }

    /// `rounded-to: 100000`: the printed value is rounded to that unit, and is a multiple of it.
    void read_rounding(const YamlNode& x, PublishedFigure& p) {
        auto unit = read_decimal(x, "rounded-to", /*allow_sign=*/false, d_);
        if (!unit) return;
        if (unit->unscaled() == 0) {
            d_.error(x.where, msg("model.rounded-to-zero"));
            return;
        }
        int places = std::max(unit->places(), p.printed.places());
        if (unit->places() > 24 || p.printed.rescaled(places).unscaled() % unit->rescaled(places).unscaled() != 0) {
            d_.error(x.where, msg("model.not-multiple", p.printed.plain(), unit->plain()));
            return;
        }
        p.precision = RoundedTo{*unit};
    }

    ModelLayer& l_;
    Diagnostics& d_;
    Diagnostics ignored_;  // a second look at a mapping whose problems were reported already
};

}  // namespace

std::optional<Source> read_source_entry(const YamlNode& n, Diagnostics& d, bool replaceable) {
    Fields f = replaceable ? Fields(n, "source", {"id", "title"}, {"within", "note", "replaces"}, d)
                           : Fields(n, "source", {"id", "title"}, {"within", "note"}, d);
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

/// Parses one model file's YAML with `parse` and reads it, without resolving `extends` or
/// validating. The entities, nearly all of a national model, are read one at a time as the parser
/// completes each, so the tree of the whole file never exists. Their messages wait in their own
/// list until the parse has succeeded: a file that does not parse reports only why, as when the
/// whole tree was read afterwards. Messages are shown sorted by place, so the order in which they
/// were found does not show.
template <class Parse>
ModelLayer parse_and_read(Parse parse, const std::string& name, Diagnostics& diags) {
    ModelLayer layer;
    Diagnostics entity_diags;
    ModelReader entity_reader(layer, entity_diags);
    std::vector<Entity> entities;
    YamlHooks hooks{"entities", [&](YamlNode&& item) { entity_reader.read_entity(item, entities); }, {}};
    int errors_before = diags.error_count();
    YamlNode root = parse(&hooks);
    if (diags.error_count() > errors_before && root.is_null()) return ModelLayer{};
    layer.parsed = true;
    diags.append(std::move(entity_diags));
    layer.model = ModelReader(layer, diags).read(root, name, std::move(entities));
    return layer;
}

namespace fs = std::filesystem;

std::string canonical_path(const std::string& path) {
    std::error_code ec;
    auto c = fs::weakly_canonical(path, ec);
    return ec ? path : c.string();
}

/// Reads the file `name` and the chain of models it extends, merges them base first and
/// validates the result. `read(path)` reads one file.
template <class Read>
Model read_layers(Read read, const std::string& name, Diagnostics& d) {
    std::vector<ModelLayer> chain;  // the file named first, its base last
    std::vector<std::string> seen;  // canonical paths, to find a cycle
    std::string shown;              // the chain as written, for the message of a cycle
    std::string current = name;
    while (true) {
        seen.push_back(canonical_path(current));
        shown += current + " -> ";
        ModelLayer layer = read(current);
        if (!layer.parsed) return Model{};
        std::string extends = layer.extends;
        Location at = layer.extends_where;
        chain.push_back(std::move(layer));
        if (extends.empty()) break;
        fs::path folder = fs::path(current).parent_path();
        std::string parent = fs::path(extends).is_absolute() ? fs::path(extends).lexically_normal().string()
                                                             : (folder / extends).lexically_normal().string();
        if (std::find(seen.begin(), seen.end(), canonical_path(parent)) != seen.end()) {
            d.error(at, msg("model.extends-cycle", shown + parent));
            return Model{};
        }
        std::error_code ec;
        if (!fs::is_regular_file(parent, ec)) {
            Message relative_to = folder.empty() ? msg("model.current-folder") : msg("model.the-folder", folder.string() + "/");
            d.error(at, msg(fs::exists(parent, ec) ? "model.extends-not-file" : "model.extends-missing", extends,
                            relative_to, current, parent));
            return Model{};
        }
        current = parent;
    }
    // The base states what it does not replace: 'replaces' there has nothing under it.
    for (const auto& [at, r] : chain.back().replaces)
        d.error(r.where, msg("model.replaces-without-extends", chain.back().model.file));
    Model m = std::move(chain.back().model);
    for (size_t i = 0; i < m.entities.size(); ++i) require_entity_keys(m.entities[i], chain.back().entity_keys[i], d);
    m.layers.files.push_back(m.file);
    for (size_t i = chain.size() - 1; i-- > 0;) merge_model_layer(m, chain[i], d);
    m.file = name;
    validate(m, d);
    return m;
}

}  // namespace

Model load_model(const std::string& path, Diagnostics& diags, const YamlLimits& limits) {
    return read_layers(
        [&](const std::string& file) {
            return parse_and_read([&](const YamlHooks* s) { return parse_yaml_file(file, diags, limits, s); }, file,
                                  diags);
        },
        path, diags);
}

Model load_model_text(std::string_view text, const std::string& name, Diagnostics& diags) {
    // The text is the first layer; the models it extends are files.
    return read_layers(
        [&](const std::string& file) {
            if (file == name)
                return parse_and_read([&](const YamlHooks* s) { return parse_yaml_text(text, name, diags, {}, s); },
                                      name, diags);
            return parse_and_read([&](const YamlHooks* s) { return parse_yaml_file(file, diags, {}, s); }, file, diags);
        },
        name, diags);
}

}  // namespace veedor
