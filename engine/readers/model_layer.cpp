#include "readers/model_layer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace veedor {

const Replaces* ModelLayer::replaces_at(const Location& where) const {
    auto it = replaces.find({where.line, where.column});
    return it == replaces.end() ? nullptr : &it->second;
}

void require_entity_keys(const Entity& e, std::uint8_t keys, Diagnostics& d) {
    for (auto [key, bit] : {std::pair{"name", key_name}, {"level", key_level}, {"kind", key_kind}})
        if (!(keys & bit)) d.error(e.where, msg("layer.entity-lacks-key", key));
}

namespace {

/// The identity of a printed figure: two printed figures with the same key are one value given
/// twice. Whatever else a printed figure carries (its value, note, and what a later version adds
/// to it) is the value. Several sources may print the same measure: the source is in the key; so
/// is the stage (an initial and a modified budget of one year are two values).
auto printed_key(const PublishedFigure& p) {
    return std::tie(p.source, p.year, p.measure, p.entity(), p.total_of(), p.stage);
}

LayerValue layer_value(LayerValueKind kind, std::string subject, std::string field = {}, int year = 0) {
    LayerValue v;
    v.kind = kind, v.subject = std::move(subject), v.field = std::move(field), v.year = year;
    return v;
}

/// Merges one layer onto the model the layers below it make.
class LayerMerge {
public:
    LayerMerge(Model& m, const ModelLayer& l, Diagnostics& d) : m_(m), l_(l), d_(d), file_(l.model.file) {}

    void run() {
        m_.layers.files.push_back(file_);
        top_level();
        for (const Source& s : l_.model.sources)
            by_id(m_.sources, s, LayerValueKind::source, msg("layer.source", s.id));
        for (const Group& g : l_.model.groups) by_id(m_.groups, g, LayerValueKind::group, msg("layer.group", g.id));
        for (const YearInfo& y : l_.model.years) year(y);
        // A layer may add a year before the others: the analyses read the years in order.
        std::stable_sort(m_.years.begin(), m_.years.end(), [](const YearInfo& a, const YearInfo& b) { return a.year < b.year; });
        for (size_t i = 0; i < m_.entities.size(); ++i) entity_at_[m_.entities[i].id] = i;
        for (size_t i = 0; i < l_.model.entities.size(); ++i) entity(l_.model.entities[i], l_.entity_keys[i]);
        for (const PublishedFigure& p : l_.model.published) printed(p);
    }

private:
    /// True when the item at `where` may take the place of the one at `was` (the layer says it
    /// replaces it), recording it; otherwise reports the value given twice.
    bool take(const Location& where, const Location& was, const Message& what, LayerValue v) {
        const Replaces* r = l_.replaces_at(where);
        if (!r) {
            d_.error(where, msg("layer.given-twice", what, was.str()));
            return false;
        }
        v.where = where, v.replaced = was, v.note = r->note;
        m_.layers.values.push_back(std::move(v));
        return true;
    }

    /// Records a value new in this layer; a `replaces` on it has nothing to replace.
    void add(const Location& where, const Message& what, LayerValue v) {
        if (const Replaces* r = l_.replaces_at(where))
            d_.error(r->where, msg("layer.nothing-to-replace", what));
        v.where = where;
        m_.layers.values.push_back(std::move(v));
    }

    /// The item of `items` an earlier layer gave that matches, or nullptr. One given twice in this
    /// layer's own file is left to the validator, which says so as for a model of one file.
    template <class T, class Same>
    T* below(std::vector<T>& items, Same same) {
        auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return same(x) && !from_here(x.where); });
        return it == items.end() ? nullptr : &*it;
    }
    bool from_here(const Location& where) const { return where.file == file_; }

    void top_level() {
        const Model& l = l_.model;
        // The title and notes describe the layered model: a layer gives its own.
        if (!l.title.empty()) m_.title = l.title;
        if (!l.notes.empty()) m_.notes = l.notes;
        if (!l.currency.empty() && !m_.currency.empty() && l.currency != m_.currency)
            d_.error({file_, 1, 1}, msg("layer.currency-differs", l.currency, m_.currency));
        if (!l.headline.empty()) {
            if (!m_.headline.empty() && m_.headline != l.headline)
                d_.error(l.headline_where, msg("layer.headline-differs", l.headline, m_.headline));
            else
                m_.headline = l.headline, m_.headline_where = l.headline_where;
        }
        if (!l.allocated_stage.empty() && m_.allocated_stage.empty()) m_.allocated_stage = l.allocated_stage;
        if (!l.executed_stage.empty() && m_.executed_stage.empty()) m_.executed_stage = l.executed_stage;
    }

    template <class T>
    void by_id(std::vector<T>& items, const T& x, LayerValueKind kind, const Message& what) {
        T* was = x.id.empty() ? nullptr : below(items, [&](const T& b) { return b.id == x.id; });
        if (!was) {
            add(x.where, what, layer_value(kind, x.id));
            items.push_back(x);
        } else if (take(x.where, was->where, what, layer_value(kind, x.id))) {
            *was = x;
        }
    }

    void year(const YearInfo& y) {
        YearInfo* was = y.year ? below(m_.years, [&](const YearInfo& b) { return b.year == y.year; }) : nullptr;
        Message what = msg("layer.year", y.year);
        if (!was) {
            add(y.where, what, layer_value(LayerValueKind::year, {}, {}, y.year));
            m_.years.push_back(y);
            return;
        }
        // Field by field: a layer may add the population an earlier layer did not know.
        bool any_replaced = false;
        auto field = [&](auto& into, const auto& value, bool given, bool given_below, const char* key) {
            if (!given) return;
            LayerValue v = layer_value(LayerValueKind::year_field, {}, key, y.year);
            if (!given_below) {
                v.where = y.where;
                m_.layers.values.push_back(std::move(v));
                into = value;
            } else if (take(y.where, was->where, msg("layer.year-key", what, key), std::move(v))) {
                into = value, any_replaced = true;
            }
        };
        field(was->general_budget, y.general_budget, y.general_budget.has_value(), was->general_budget.has_value(),
              "general-budget");
        field(was->population, y.population, y.population.has_value(), was->population.has_value(), "population");
        field(was->executed_through, y.executed_through, y.executed_through.has_value(),
              was->executed_through.has_value(), "executed-through");
        field(was->sources, y.sources, !y.sources.empty(), !was->sources.empty(), "source");
        field(was->note, y.note, !y.note.empty(), !was->note.empty(), "note");
        if (const Replaces* r = l_.replaces_at(y.where); r && !any_replaced)
            d_.error(r->where, msg("layer.nothing-to-replace-here", what));
    }

    void entity(const Entity& e, std::uint8_t keys) {
        auto at = e.id.empty() ? entity_at_.end() : entity_at_.find(e.id);
        if (at == entity_at_.end() || from_here(m_.entities[at->second].where)) {
            require_entity_keys(e, keys, d_);
            add(e.where, msg("layer.entity", e.id), layer_value(LayerValueKind::entity, e.id));
            for (const Figure& f : e.figures)
                if (const Replaces* r = l_.replaces_at(f.where))
                    d_.error(r->where, msg("layer.new-entity-replaces", e.id, f.year));
            if (at == entity_at_.end() && !e.id.empty()) entity_at_[e.id] = m_.entities.size();
            m_.entities.push_back(e);
            return;
        }
        Entity& was = m_.entities[at->second];
        bool any_replaced = false;
        auto field = [&](auto& into, const auto& value, std::uint8_t bit, const char* key) {
            if (!(keys & bit)) return;
            if (take(e.where, was.where, msg("layer.entity-key", e.id, key),
                     layer_value(LayerValueKind::entity_field, e.id, key)))
                into = value, any_replaced = true;
        };
        field(was.name, e.name, key_name, "name");
        field(was.level, e.level, key_level, "level");
        field(was.kind, e.kind, key_kind, "kind");
        field(was.region, e.region, key_region, "region");
        field(was.groups, e.groups, key_groups, "groups");
        field(was.aggregates, e.aggregates, key_aggregates, "aggregates");
        field(was.note, e.note, key_note, "note");
        if (const Replaces* r = l_.replaces_at(e.where); r && !any_replaced)
            d_.error(r->where, msg("layer.replaces-no-key", e.id));
        for (const Figure& f : e.figures) {
            Message what = msg("layer.figure-of", e.id, f.year);
            Figure* old = f.year ? below(was.figures, [&](const Figure& b) { return b.year == f.year; }) : nullptr;
            LayerValue v = layer_value(LayerValueKind::figure, e.id, {}, f.year);
            if (!old) {
                add(f.where, what, std::move(v));
                was.figures.push_back(f);
            } else if (take(f.where, old->where, what, std::move(v))) {
                *old = f;
            }
        }
        // A layer may add a year before the entity's others: the analyses read them in order.
        std::stable_sort(was.figures.begin(), was.figures.end(), [](const Figure& a, const Figure& b) { return a.year < b.year; });
    }

    void printed(const PublishedFigure& p) {
        std::string about = p.entity().empty() ? p.total_of() : p.entity();
        Message what = msg("layer.printed-of", to_string(p.measure),
                           about.empty() ? msg("layer.the-state") : as_is("'" + about + "'"), p.year, p.source);
        LayerValue v = layer_value(LayerValueKind::printed, about, std::string(to_string(p.measure)), p.year);
        PublishedFigure* was =
            p.unreadable ? nullptr
                         : below(m_.published, [&](const PublishedFigure& b) { return printed_key(b) == printed_key(p); });
        if (!was) {
            add(p.where, what, std::move(v));
            m_.published.push_back(p);
        } else if (take(p.where, was->where, what, std::move(v))) {
            *was = p;
        }
    }

    Model& m_;
    const ModelLayer& l_;
    Diagnostics& d_;
    FileName file_;
    std::unordered_map<std::string, size_t> entity_at_;
};

}  // namespace

void merge_model_layer(Model& merged, const ModelLayer& layer, Diagnostics& d) { LayerMerge(merged, layer, d).run(); }

}  // namespace veedor
