#pragma once
/// What `veedor init DIR` writes: a small commented model and a scenario on it, both valid
/// (tests/run_init.sh checks them with `veedor check` and `veedor simulate`). The comments are in
/// English and Spanish, line by line, since the files are for either reader.

namespace veedor::init_templates {

inline constexpr const char* model = R"(# A veedor model: what the budget allocated and executed, year by year, as your sources print it.
# Un modelo de veedor: lo asignado y lo ejecutado, año por año, tal como lo publican sus fuentes.
# Check it with / Valídelo con:  veedor check model.yaml
# The format / El formato: docs/model-format.md

format: veedor-model/1
title: "My budget model (replace this title) / Mi modelo de presupuesto"
currency: PEN                 # amounts are soles / montos en soles
headline: programme           # the group whose totals are the national series / el grupo de la serie nacional

# Where each figure comes from; every figure names one or more of these ids.
# De dónde sale cada cifra; cada cifra nombra uno o más de estos ids.
sources:
  - id: budget-law
    title: "The budget law (replace with your source) / La ley de presupuesto"
  - id: execution-report
    title: "The execution report (replace) / El reporte de ejecución"

# The General Budget and the population of each year (for the share and per capita); both optional.
# El Presupuesto General y la población de cada año (para la participación y el per cápita); opcionales.
years:
  - year: 2023
    general-budget: 214790000000.00
    population: 33725844
    source: budget-law
  - year: 2024
    general-budget: 240806000000.00
    population: 34038457
    source: budget-law

groups:
  - id: programme
    name: "The programme / El programa"

# One entry per ministry, region or municipality; amounts have at most 2 decimals.
# Una entrada por ministerio, región o municipio; los montos tienen a lo sumo 2 decimales.
# A value you do not know is `unknown`; one the source leaves out, `not-reported`.
# Un valor desconocido es `unknown`; uno que la fuente no da, `not-reported`.
entities:
  - id: MINISTRY-A
    name: "Ministry A / Ministerio A"
    level: national           # national, regional, local or mixed
    kind: ministry
    groups: [programme]
    figures:
      - {year: 2023, allocated: 1200000.00, executed: 950000.00, source: [budget-law, execution-report]}
      - {year: 2024, allocated: 1350000.00, executed: 1010000.00, source: [budget-law, execution-report]}
  - id: REGION-B
    name: "Regional Government B / Gobierno Regional B"
    level: regional
    kind: regional-government
    groups: [programme]
    figures:
      - {year: 2023, allocated: 300000.00, executed: unknown, source: budget-law}
      - {year: 2024, allocated: 320000.00, executed: 240000.00, source: [budget-law, execution-report]}
)";

inline constexpr const char* scenario = R"(# A veedor scenario: how the programme might be funded and spent in the coming years.
# Un escenario de veedor: cómo podría financiarse y ejecutarse el programa en los próximos años.
# Run it with / Ejecútelo con:  veedor simulate scenario.yaml
# The format / El formato: docs/scenario-format.md

format: veedor-scenario/1
title: "The 2024 allocation held flat / La asignación de 2024 congelada"
model: model.yaml             # relative to this file / relativo a este archivo
horizon: {from: 2025, to: 2027}
prices-of: 2024               # constant soles are soles of 2024 / soles constantes de 2024

# Every assumed number says why: a `source:` or an `assumption:`; it may be uncertain.
# Cada número supuesto dice por qué: un `source:` o un `assumption:`; puede ser incierto.
macro:
  inflation-pct:
    - from: 2025
      to: 2027
      value: {triangular: [1, 2, 3]}     # min, mode, max
      assumption: "Around the central bank's 2% target / En torno a la meta de 2% del banco central"
  general-budget:
    - from: 2025
      to: 2027
      growth-pct: {uniform: [3, 7]}
      assumption: "As the General Budget grew lately / Como creció el Presupuesto General"
  population:
    - from: 2025
      to: 2027
      growth-pct: 0.9
      assumption: "As in the last census projection / Como en la última proyección censal"

funding:
  - target: total
    flat: {base-year: 2024}

execution:
  - target: total
    rate-pct: {value: {uniform: [70, 80]}, assumption: "As executed in 2024 / Como se ejecutó en 2024"}
)";

}  // namespace veedor::init_templates
