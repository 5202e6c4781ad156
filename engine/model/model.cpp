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

std::string_view to_string(ValueKind k) {
    switch (k) {
        case ValueKind::amount: return "amount";
        case ValueKind::unknown: return "unknown";
        case ValueKind::no_specific_budget: return "no-specific-budget";
        case ValueKind::not_reported: return "not-reported";
    }
    return "?";
}

std::string_view to_string(Level l) {
    switch (l) {
        case Level::national: return "national";
        case Level::regional: return "regional";
        case Level::local: return "local";
        case Level::mixed: return "mixed";
    }
    return "?";
}

std::string_view to_string(EntityKind k) {
    switch (k) {
        case EntityKind::ministry: return "ministry";
        case EntityKind::autonomous_body: return "autonomous-body";
        case EntityKind::judiciary: return "judiciary";
        case EntityKind::public_agency: return "public-agency";
        case EntityKind::regional_government: return "regional-government";
        case EntityKind::provincial_municipality: return "provincial-municipality";
        case EntityKind::district_municipality: return "district-municipality";
        case EntityKind::aggregate: return "aggregate";
    }
    return "?";
}

std::string_view to_string(Measure m) {
    switch (m) {
        case Measure::allocated: return "allocated";
        case Measure::executed: return "executed";
        case Measure::execution_rate: return "execution-rate";
        case Measure::change: return "change";
        case Measure::change_rate: return "change-rate";
        case Measure::share_of_general_budget: return "share-of-general-budget";
        case Measure::per_capita: return "per-capita";
        case Measure::general_budget: return "general-budget";
    }
    return "?";
}

bool is_percent_measure(Measure m) {
    return m == Measure::execution_rate || m == Measure::change_rate ||
           m == Measure::share_of_general_budget;
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
