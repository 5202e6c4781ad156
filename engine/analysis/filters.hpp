#pragma once
/// The part of a model, or of an audit, that a CompareFilter selects: what `audit`, `plot` and
/// `report` show under --year/--from/--to, --group, --entity and --level (docs/cli.md).

#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "model/model.hpp"

namespace veedor {

/// True when `f` keeps year `y` (no years named keeps every year).
bool selects_year(const CompareFilter& f, int y);

/// True when `f` keeps entity `e`: its id among the entities named, in one of the groups named and
/// of the level named (each when named).
bool selects_entity(const CompareFilter& f, const Entity& e);

/// `m` with only the years and entities `f` keeps, their figures, and the printed figures about
/// them; a printed group total stays when only years and groups are filtered (it is the total of
/// the same members). Groups are all kept: totals are those of the entities shown.
Model restricted_model(const Model& m, const CompareFilter& f);

/// The checks and findings of `r` (an audit of `m`) about what `f` keeps: their year, and their
/// subject (an entity kept; a group named, or any group when no entity or level is; the General
/// Budget when neither groups nor entities nor a level are named).
AuditResult restricted_audit(const AuditResult& r, const Model& m, const CompareFilter& f);

}  // namespace veedor
