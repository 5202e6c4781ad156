#include "model/model.hpp"

#include <algorithm>

namespace veedor {

const FigureDetails& Figure::details() const {
    static const FigureDetails none;
    return details_ ? *details_ : none;
}

FigureDetails& Figure::edit_details() {
    if (!details_) details_ = std::make_shared<FigureDetails>();
    else if (details_.use_count() > 1) details_ = std::make_shared<FigureDetails>(*details_);
    return *details_;
}

bool is_percent_measure(Measure m) {
    return m == Measure::execution_rate || m == Measure::change_rate ||
           m == Measure::share_of_general_budget;
}

const std::string& PublishedFigure::entity() const {
    static const std::string none;
    const OfEntity* e = std::get_if<OfEntity>(&about);
    return e ? e->id : none;
}

const std::string& PublishedFigure::total_of() const {
    static const std::string none;
    const TotalOf* t = std::get_if<TotalOf>(&about);
    return t ? t->group : none;
}

Decimal PublishedFigure::unit() const {
    if (const RoundedTo* r = std::get_if<RoundedTo>(&precision)) return r->unit;
    return Decimal(1, printed.places());
}

bool same_printed_quantity(const PublishedFigure& a, const PublishedFigure& b) {
    if (a.year != b.year || a.measure != b.measure || a.about.index() != b.about.index()) return false;
    if (a.entity() != b.entity() || a.total_of() != b.total_of()) return false;
    return !a.stage || !b.stage || *a.stage == *b.stage;
}

bool more_precise(const PublishedFigure& a, const PublishedFigure& b) {
    Decimal ua = a.unit(), ub = b.unit();
    int places = std::max(ua.places(), ub.places());
    return ua.rescaled(places).unscaled() < ub.rescaled(places).unscaled();
}

const PublishedFigure* Model::used_printed(const PublishedFigure& like) const {
    const PublishedFigure* best = nullptr;
    for (const PublishedFigure& p : published) {
        if (p.unreadable || !same_printed_quantity(p, like)) continue;
        if (p.use) return &p;
        if (!best || more_precise(p, *best)) best = &p;
    }
    return best;
}

const Figure* Entity::figure(int year) const {
    for (const Figure& f : figures)
        if (f.year == year) return &f;
    return nullptr;
}

bool Entity::in_group(const std::string& g) const {
    return std::find(groups.begin(), groups.end(), g) != groups.end();
}

template <class T>
static const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    for (const T& x : items)
        if (x.id == id) return &x;
    return nullptr;
}

const YearInfo* Model::year(int y) const {
    for (const YearInfo& x : years)
        if (x.year == y) return &x;
    return nullptr;
}
const Entity* Model::entity(const std::string& id) const { return find_by_id(entities, id); }
const Group* Model::group(const std::string& id) const { return find_by_id(groups, id); }
const Source* Model::source(const std::string& id) const { return find_by_id(sources, id); }

std::vector<const Entity*> Model::members(const std::string& g) const {
    std::vector<const Entity*> out;
    for (const Entity& e : entities)
        if (e.in_group(g)) out.push_back(&e);
    return out;
}

}  // namespace veedor
