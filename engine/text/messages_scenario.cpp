#include "text/messages.hpp"

#include <array>

namespace veedor {

namespace {
// The scenario's rules against the model, the projection, Monte Carlo (engine/scenario/).
// clang-format off
constexpr std::array texts{
    MessageText{"mc.in-trial", "{} (in Monte Carlo trial {} of {}, seed {})", "{} (en la prueba de Monte Carlo {} de {}, semilla {})"},
    MessageText{"mc.gap-overflows", "a gap of the horizon overflows: more than 1.7 × 10^36 soles (in Monte Carlo trial {} of {}, seed {})", "una brecha del horizonte desborda: más de 1.7 × 10^36 soles (en la prueba de Monte Carlo {} de {}, semilla {})"},
    MessageText{"mc.memory", "{} Monte Carlo trials would need {} MiB for their outcomes ({} bytes a trial), more than the budget of {} MiB: ask for at most {} trials", "{} pruebas de Monte Carlo necesitarían {} MiB para sus resultados ({} bytes por prueba), más que el límite de {} MiB: pida como máximo {} pruebas"},
    MessageText{"mc.memory-wide", "figures beyond 92 quadrillion soles need twice the memory: {} trials would need more than the budget of {} MiB", "las cifras de más de 92 mil billones de soles necesitan el doble de memoria: {} pruebas necesitarían más que el límite de {} MiB"},
    MessageText{"mc.in-sensitivity", "{} (in the sensitivity analysis, with '{}' at its {} value)", "{} (en el análisis de sensibilidad, con '{}' en su valor {})"},
    MessageText{"proj.overflows", "{} overflows: more than 1.7 × 10^36 soles", "{} desborda: más de 1.7 × 10^36 soles"},
    MessageText{"proj.price-index-overflows", "the price index of {} overflows: prices would be more than 9,223,372,036.854775807 times those of {}", "el índice de precios de {} desborda: los precios serían más de 9,223,372,036.854775807 veces los de {}"},
    MessageText{"proj.population-overflows", "the population of {} overflows: more than 9,223,372,036,854,775,807 people", "la población de {} desborda: más de 9,223,372,036,854,775,807 personas"},
    MessageText{"proj.negative-funding", "the funding of '{}' in {} would be negative ({}): a rule must not fund a negative amount", "el financiamiento de '{}' en {} sería negativo ({}): una regla no debe financiar un monto negativo"},
    MessageText{"proj.general-budget-of", "the general budget of {}", "el presupuesto general de {}"},
    MessageText{"proj.funding-of", "the funding of '{}' in {}", "el financiamiento de '{}' en {}"},
    MessageText{"proj.cost-of-need", "the cost of need '{}' in {}", "el costo de la necesidad '{}' en {}"},
    MessageText{"proj.horizon-total", "a total of the horizon (or its value in constant soles)", "un total del horizonte (o su valor en soles constantes)"},
    MessageText{"sim.needs-seed", "{}: Monte Carlo trials need a seed (--seed or monte-carlo: seed)", "{}: las pruebas de Monte Carlo necesitan una semilla (--seed o monte-carlo: seed)"},
    MessageText{"rules.history-overflows", "the 'own-history' rate of '{}' cannot be computed: its amounts over [{}] overflow", "la tasa 'own-history' de '{}' no se puede calcular: sus montos en [{}] desbordan"},
    MessageText{"rules.history-no-allocated", "the 'own-history' rate of '{}' cannot be computed: the model has no allocated amount with a known executed amount in [{}]", "la tasa 'own-history' de '{}' no se puede calcular: el modelo no tiene monto asignado con monto ejecutado conocido en [{}]"},
    MessageText{"rules.history-too-large", "the 'own-history' rate of '{}' over [{}] is too large: executed is more than 92 billion times allocated", "la tasa 'own-history' de '{}' en [{}] es demasiado grande: lo ejecutado es más de 92 mil millones de veces lo asignado"},
    MessageText{"rules.no-title", "the scenario has no 'title'", "el escenario no tiene 'title'"},
    MessageText{"rules.no-horizon", "the scenario has no 'horizon' {{from, to}}", "el escenario no tiene 'horizon' {{from, to}}"},
    MessageText{"rules.horizon", "horizon {}-{} must run forwards and cover at most 50 years", "el horizonte {}-{} debe avanzar en el tiempo y cubrir como máximo 50 años"},
    MessageText{"rules.prices-of", "'prices-of' {} must not be after the horizon's first year {}", "'prices-of' {} no debe ser posterior al primer año del horizonte, {}"},
    MessageText{"rules.trials", "'trials' must be between 1 and {} (the limit; see --max-trials)", "'trials' debe estar entre 1 y {} (el límite; vea --max-trials)"},
    MessageText{"rules.seed", "Monte Carlo trials need a 'seed', so that the run can be reproduced", "las pruebas de Monte Carlo necesitan una 'seed', para que la corrida se pueda reproducir"},
    MessageText{"rules.range", "{} must be {}", "{} debe ser {}"},
    MessageText{"rules.range-why", "{} must be {}: {}", "{} debe ser {}: {}"},
    MessageText{"rules.between", "between {} and {}", "entre {} y {}"},
    MessageText{"rules.at-least", "at least {}", "como mínimo {}"},
    MessageText{"noun.a growth or inflation rate in %", "a growth or inflation rate in %", "una tasa de crecimiento o de inflación en %"},
    MessageText{"noun.a share in %", "a share in %", "una participación en %"},
    MessageText{"noun.a growth rate in %", "a growth rate in %", "una tasa de crecimiento en %"},
    MessageText{"noun.an execution rate in %", "an execution rate in %", "una tasa de ejecución en %"},
    MessageText{"noun.a unit cost", "a unit cost", "un costo unitario"},
    MessageText{"noun.a quantity", "a quantity", "una cantidad"},
    MessageText{"rules.source-id-used", "source id '{}' is already used (in the scenario or its model)", "el id de fuente '{}' ya se usa (en el escenario o en su modelo)"},
    MessageText{"rules.no-general-budget", "no general budget for {}: the model lacks it and 'macro: general-budget' does not cover it", "no hay presupuesto general para {}: el modelo no lo tiene y 'macro: general-budget' no lo cubre"},
    MessageText{"rules.growth-needs-budget", "growth from {} needs the general budget of {}", "el crecimiento desde {} necesita el presupuesto general de {}"},
    MessageText{"rules.no-inflation", "no inflation for {}: constant soles of {} need 'macro: inflation-pct' for every year after it", "no hay inflación para {}: los soles constantes de {} necesitan 'macro: inflation-pct' para cada año posterior"},
    MessageText{"rules.no-funding", "the scenario has no 'funding' rule", "el escenario no tiene ninguna regla 'funding'"},
    MessageText{"rules.two-funding", "two funding rules for '{}'", "dos reglas de financiamiento para '{}'"},
    MessageText{"rules.targets-overlap", "funding targets overlap: a 'total' rule with entity rules", "los objetivos de financiamiento se superponen: una regla 'total' con reglas por entidad"},
    MessageText{"rules.as-in-year-no-level", "'as-in-year' {}: the model has no allocated level of '{}' that year", "'as-in-year' {}: el modelo no tiene nivel asignado de '{}' ese año"},
    MessageText{"rules.as-in-year-no-budget", "'as-in-year' {}: the model gives no general budget that year", "'as-in-year' {}: el modelo no da presupuesto general ese año"},
    MessageText{"rules.level-of-year", "'level-of-year' {}: the model has no allocated level of '{}' that year", "'level-of-year' {}: el modelo no tiene nivel asignado de '{}' ese año"},
    MessageText{"rules.by-after", "'by' {} must be in the horizon and after 'from-year' {}", "'by' {} debe estar en el horizonte y después de 'from-year' {}"},
    MessageText{"rules.cover-need-total", "'cover-need' funds the total need: its target is 'total'", "'cover-need' financia la necesidad total: su objetivo es 'total'"},
    MessageText{"rules.cover-need-needs", "'cover-need' needs costed 'needs'", "'cover-need' necesita 'needs' costeadas"},
    MessageText{"rules.by-not-before", "'by' {} must be in the horizon and not before 'from-year' {}", "'by' {} debe estar en el horizonte y no antes de 'from-year' {}"},
    MessageText{"rules.amount-outside", "amount for {} is outside the horizon", "el monto para {} está fuera del horizonte"},
    MessageText{"rules.from-outside", "'from' {} is outside the horizon {}-{}", "'from' {} está fuera del horizonte {}-{}"},
    MessageText{"rules.two-rates", "two rates for {}", "dos tasas para {}"},
    MessageText{"rules.need-overlaps-itself", "need '{}' overlaps with itself", "la necesidad '{}' se superpone consigo misma"},
    MessageText{"rules.overlaps-unknown", "'overlaps-with' names an unknown need '{}'", "'overlaps-with' nombra una necesidad desconocida '{}'"},
    MessageText{"proj.executed-rate-zero", "'aim: executed' divides the need of {} by the central execution rate, which is 0", "'aim: executed' divide la necesidad de {} entre la tasa de ejecución central, que es 0"},
    MessageText{"noun.a probability in %", "a probability in %", "una probabilidad en %"},
    MessageText{"noun.a cut cannot take more than the year's funding", "a cut cannot take more than the year's funding", "un recorte no puede quitar más que el financiamiento del año"},
    MessageText{"rules.two-amounts", "two amounts for {}", "dos montos para {}"},
    MessageText{"rules.amounts-lacks", "'amounts' lacks the year {}", "a 'amounts' le falta el año {}"},
    MessageText{"rules.base-after", "base year {} is after the horizon's first year {}", "el año base {} es posterior al primer año del horizonte, {}"},
    MessageText{"rules.base-no-amount", "base year {}: the model has no allocated amount for '{}' that year", "año base {}: el modelo no tiene monto asignado para '{}' ese año"},
    MessageText{"rules.two-execution", "two execution rules for '{}'", "dos reglas de ejecución para '{}'"},
    MessageText{"rules.execution-unfunded", "execution target '{}' has no funding rule", "el objetivo de ejecución '{}' no tiene regla de financiamiento"},
    MessageText{"rules.year-not-in-model", "year {} is not in the model", "el año {} no está en el modelo"},
    MessageText{"rules.history-years", "'own-history' needs at least one year", "'own-history' necesita al menos un año"},
    MessageText{"rules.need-id-twice", "need id '{}' is used twice", "el id de necesidad '{}' se usa dos veces"},
    MessageText{"rules.path-by", "path from {} to {}: 'by' must be in the horizon and after 'start-year'", "trayectoria de {} a {}: 'by' debe estar en el horizonte y después de 'start-year'"},
    MessageText{"rules.year-outside", "year {} is outside the horizon {}-{}", "el año {} está fuera del horizonte {}-{}"},
    MessageText{"rules.two-quantities", "two quantities for {}", "dos cantidades para {}"},
    MessageText{"noun.a lower rate would fund a negative amount", "a lower rate would fund a negative amount", "una tasa menor financiaría un monto negativo"},
    MessageText{"money.overflow-an addition", "overflow in an addition of money", "desborde en una suma de dinero"},
    MessageText{"money.overflow-a subtraction", "overflow in a subtraction of money", "desborde en una resta de dinero"},
    MessageText{"money.overflow-a multiplication", "overflow in a multiplication of money", "desborde en una multiplicación de dinero"},
};
// clang-format on
}  // namespace

std::span<const MessageText> scenario_messages() { return texts; }

}  // namespace veedor
