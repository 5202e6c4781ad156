#include "text/lang_outputs.hpp"

#include "text/lang.hpp"

#include <array>

namespace veedor {

namespace {

using T = TextPair;

// clang-format off
constexpr std::array texts{
    // words shared by every output
    T{"value.not_applicable", "n/a", "no aplica"},
    T{"value.not_given", "not given", "sin dato"},
    T{"rounding.half-up", "half-up", "mitad hacia arriba"},
    T{"rounding.half-even", "half-even", "mitad al par"},
    T{"rounding.toward-zero", "toward-zero", "hacia cero"},
    T{"measure.allocated", "allocated", "asignado"},
    T{"measure.executed", "executed", "ejecutado"},
    T{"measure.execution-rate", "execution-rate", "tasa de ejecución"},
    T{"measure.change", "change", "cambio"},
    T{"measure.change-rate", "change-rate", "tasa de cambio"},
    T{"measure.share-of-general-budget", "share-of-general-budget", "participación en el presupuesto general"},
    T{"measure.per-capita", "per-capita", "por habitante"},
    T{"measure.general-budget", "general-budget", "presupuesto general"},
    T{"of", "{} of {}", "{} de {}"},
    T{"presentation", "{}; percentages to {} places, shares of the general budget to {}, per capita to {}; amounts in soles (PEN), exact",
                      "{}; porcentajes con {} decimales, participaciones en el presupuesto general con {}, por habitante con {}; montos en soles (PEN), exactos"},
    T{"text.fallback", "[{} only]", "[solo en {}]"},
    T{"lang.en", "English", "inglés"},
    T{"lang.es", "Spanish", "español"},
    // compare
    T{"cmp.head", "Model: {}\nRounding: {}\n", "Modelo: {}\nRedondeo: {}\n"},
    T{"cmp.stages", "Allocated = {}, executed = {} (budget stages; the rates are {} / {})\n", "Asignado = {}, ejecutado = {} (etapas del presupuesto; las tasas son {} / {})\n"},
    T{"cmp.md_head", "Allocated versus executed. Model: {}. Rounding: {}.", "Asignado frente a ejecutado. Modelo: {}. Redondeo: {}."},
    T{"cmp.h.entity", "Entity", "Entidad"},
    T{"cmp.h.year", "Year", "Año"},
    T{"cmp.h.allocated", "Allocated", "Asignado"},
    T{"cmp.h.executed", "Executed", "Ejecutado"},
    T{"cmp.h.rate", "Rate", "Tasa"},
    T{"cmp.h.change", "Change", "Cambio"},
    T{"cmp.h.change_pct", "Change %", "Cambio %"},
    T{"cmp.h.notes", "Notes", "Notas"},
    T{"cmp.h.rate_all", "Rate (all)", "Tasa (total)"},
    T{"cmp.h.rate_matched", "Rate (matched)", "Tasa (emparejada)"},
    T{"cmp.h.known_alloc", "Known alloc.", "Asig. conocida"},
    T{"cmp.h.known_exec", "Known exec.", "Ejec. conocida"},
    T{"cmp.h.specific", "Specific budget", "Presupuesto específico"},
    T{"cmp.h.general", "General budget", "Presupuesto general"},
    T{"cmp.h.share", "Share", "Participación"},
    T{"cmp.h.population", "Population", "Población"},
    T{"cmp.h.per_capita", "Per capita", "Por habitante"},
    T{"cmp.h.origin", "Origin", "Origen"},
    T{"cmp.excluded", "excluded {}", "excluido {}"},
    T{"cmp.partial_through", "* execution counted through {} (partial year).", "* ejecución contada hasta el {} (año parcial)."},
    T{"cmp.totals_title", "{}: totals", "{}: totales"},
    T{"cmp.rates_note", "Rate (all) = all executed / all allocated, as the report computes it. Rate (matched) = executed / allocated over entities whose two figures are both known amounts.",
                        "Tasa (total) = todo lo ejecutado / todo lo asignado, como la calcula el informe. Tasa (emparejada) = ejecutado / asignado sobre las entidades cuyas dos cifras son montos conocidos."},
    T{"cmp.coverage_line", "{}: allocated {} (SD {}, SPE {}, - {}); executed {} (SD {}, SPE {}, - {}).", "{}: asignado {} (SD {}, SPE {}, - {}); ejecutado {} (SD {}, SPE {}, - {})."},
    T{"cmp.alloc_unknown_exec", " Allocation with unknown execution: {}.", " Asignación con ejecución desconocida: {}."},
    T{"cmp.exec_unknown_alloc", " Execution with unknown allocation: {}.", " Ejecución con asignación desconocida: {}."},
    T{"cmp.exec_through", " * Execution through {} (partial year).", " * Ejecución hasta el {} (año parcial)."},
    T{"cmp.only_members", " Only {} of {} members have a figure: the totals are partial sums.", " Solo {} de {} integrantes tienen cifra: los totales son sumas parciales."},
    T{"cmp.na.no_figure", "the year has no national figure", "el año no tiene cifra nacional"},
    T{"cmp.na.no_general_budget", "the model gives no General Budget for the year", "el modelo no da el Presupuesto General del año"},
    T{"cmp.na.zero_general_budget", "the General Budget is zero", "el Presupuesto General es cero"},
    T{"cmp.na.no_population", "the model gives no population for the year", "el modelo no da la población del año"},
    T{"cmp.origin.breakdown", "entity figures", "cifras por entidad"},
    T{"cmp.origin.printed_entities", "printed total; entities {}", "total publicado; entidades {}"},
    T{"cmp.origin.printed_only", "printed total only", "solo total publicado"},
    T{"cmp.origin.partial", "PARTIAL: {}", "PARCIAL: {}"},
    T{"cmp.origin.none", "no figure", "sin cifra"},
    T{"cmp.series_title", "National series: {}", "Serie nacional: {}"},
    T{"cmp.partial_suffix", " (partial)", " (parcial)"},
    T{"cmp.series_note", "Share = specific budget / General Budget of the Republic. Per capita = specific budget / population. Change = against the previous year listed.",
                         "Participación = presupuesto específico / Presupuesto General de la República. Por habitante = presupuesto específico / población. Cambio = frente al año anterior de la lista."},
    T{"cmp.share_na", "{}: share n/a: {}.", "{}: la participación no aplica: {}."},
    T{"cmp.per_capita_na", "{}: per capita n/a: {}.", "{}: el monto por habitante no aplica: {}."},
    T{"cmp.warn_printed", "{}: only {} have a figure; the national figure is the printed total {} ({}), not their partial sum {}",
                          "{}: solo {} tienen cifra; la cifra nacional es el total publicado {} ({}), no su suma parcial {}"},
    T{"cmp.warn_partial", "{}: only {} have a figure and no total was printed; the national figure is their partial sum {}, marked partial",
                          "{}: solo {} tienen cifra y no se publicó un total; la cifra nacional es su suma parcial {}, marcada como parcial"},
    // audit
    T{"aud.title", "Audit of {}\nModel: {}\n", "Auditoría de {}\nModelo: {}\n"},
    T{"aud.md_title", "Audit: {}", "Auditoría: {}"},
    T{"aud.summary_one", "{} printed figures checked ({} rounding at the printed precision): {} agree, {} differ, {} cannot be recomputed. {} finding.",
                         "{} cifras publicadas revisadas (redondeo {} a la precisión publicada): {} coinciden, {} difieren, {} no pueden recalcularse. {} hallazgo."},
    T{"aud.summary_many", "{} printed figures checked ({} rounding at the printed precision): {} agree, {} differ, {} cannot be recomputed. {} findings.",
                          "{} cifras publicadas revisadas (redondeo {} a la precisión publicada): {} coinciden, {} difieren, {} no pueden recalcularse. {} hallazgos."},
    T{"aud.printed", "printed     ", "publicado   "},
    T{"aud.recomputed", "recomputed  ", "recalculado "},
    T{"aud.exact", "exact       ", "exacto      "},
    T{"aud.difference", "difference  ", "diferencia  "},
    T{"aud.source", "source: ", "fuente: "},
    T{"aud.model", "model: ", "modelo: "},
    T{"aud.unverifiable_head", "Printed figures that cannot be recomputed from the model:", "Cifras publicadas que no pueden recalcularse desde el modelo:"},
    T{"aud.findings", "Findings", "Hallazgos"},
    T{"aud.every_figure", "Every printed figure", "Cada cifra publicada"},
    T{"aud.h.kind", "Kind", "Tipo"},
    T{"aud.h.year", "Year", "Año"},
    T{"aud.h.subject", "Subject", "Sujeto"},
    T{"aud.h.measure", "Measure", "Medida"},
    T{"aud.h.printed", "Printed", "Publicado"},
    T{"aud.h.recomputed", "Recomputed", "Recalculado"},
    T{"aud.h.difference", "Difference", "Diferencia"},
    T{"aud.h.explanation", "Explanation", "Explicación"},
    T{"aud.h.status", "Status", "Estado"},
    T{"aud.cannot", "cannot be recomputed: {}", "no puede recalcularse: {}"},
    T{"status.agrees", "agrees", "coincide"},
    T{"status.differs", "differs", "difiere"},
    T{"status.unverifiable", "unverifiable", "no verificable"},
    T{"finding.mismatch", "mismatch", "no coincide"},
    T{"finding.aggregate", "aggregate", "fila agregada"},
    T{"finding.incomplete", "incomplete", "total incompleto"},
    T{"finding.comparability", "comparability", "cambio no comparable"},
    T{"finding.sources-disagree", "sources-disagree", "fuentes discrepan"},
    T{"why.year_not_in_model", "the year is not in the model", "el año no está en el modelo"},
    T{"why.no_entity_figure", "the entity has no figure for the year", "la entidad no tiene cifra para el año"},
    T{"why.value_missing", "{} is {}", "{}: {}"},
    T{"why.zero_allocation", "the allocation is zero", "la asignación es cero"},
    T{"why.zero_general_budget", "the general budget is zero", "el presupuesto general es cero"},
    T{"why.no_allocation_before", "no allocated amount the year before", "no hay monto asignado el año anterior"},
    T{"why.zero_allocation_before", "the previous allocation is zero", "la asignación anterior es cero"},
    T{"why.not_defined_for_entity", "this measure is not defined for one entity", "esta medida no está definida para una entidad"},
    T{"why.no_breakdown", "the model has no entity figures for this year", "el modelo no tiene cifras por entidad para este año"},
    T{"why.no_general_budget", "the model gives no General Budget for this year", "el modelo no da el Presupuesto General de este año"},
    T{"why.incomplete_breakdown", "only some members have a figure for this year, so their sum is partial", "solo algunos integrantes tienen cifra este año, así que su suma es parcial"},
    T{"why.zero_allocated_total", "the allocated total is zero", "el total asignado es cero"},
    T{"why.no_total", "no total for this year", "no hay total para este año"},
    T{"why.no_population", "the model gives no population for this year", "el modelo no da la población de este año"},
    T{"why.no_year_before", "no year before", "no hay año anterior"},
    T{"why.no_total_either_year", "no total for one of the two years", "no hay total para uno de los dos años"},
    T{"why.zero_total_before", "the total of the year before is zero", "el total del año anterior es cero"},
    T{"why.not_defined", "not defined", "no definido"},
    T{"why.other_stage", "it is printed for another budget stage than the national figure the model uses",
      "se publica para otra etapa del presupuesto que la cifra nacional que usa el modelo"},
    T{"value_kind.amount", "amount", "monto"},
    T{"value_kind.unknown", "unknown", "sin dato"},
    T{"value_kind.no-specific-budget", "no-specific-budget", "sin presupuesto específico"},
    T{"value_kind.not-reported", "not-reported", "no informado"},
    // simulate
    T{"sim.title", "Funding scenarios", "Escenarios de financiamiento"},
    T{"sim.head", "Scenario: {}\nFile: {}; model: {}; horizon {}-{}; constant soles of {}; {} uncertain inputs\nRounding of presented rates: {}\n",
                  "Escenario: {}\nArchivo: {}; modelo: {}; horizonte {}-{}; soles constantes de {}; {} supuestos inciertos\nRedondeo de las tasas presentadas: {}\n"},
    T{"sim.base", "Base ({}) {}.\n", "Base ({}) {}.\n"},
    T{"sim.central_current", "Central case, current soles", "Caso central, soles corrientes"},
    T{"sim.central_constant", "Central case, constant soles of {}", "Caso central, soles constantes de {}"},
    T{"sim.h.year", "Year", "Año"},
    T{"sim.h.general", "General budget", "Presupuesto general"},
    T{"sim.h.funded", "Funded", "Financiado"},
    T{"sim.h.executed", "Expected executed", "Ejecución esperada"},
    T{"sim.h.need", "Need", "Necesidad"},
    T{"sim.h.need_funded", "Need - funded", "Necesidad - financiado"},
    T{"sim.h.need_executed", "Need - executed", "Necesidad - ejecutado"},
    T{"sim.h.coverage", "Coverage", "Cobertura"},
    T{"sim.h.share", "Share", "Participación"},
    T{"sim.h.per_capita", "Per capita", "Por habitante"},
    T{"sim.years_note", "Coverage = funded / need. Share = funded / general budget. Per capita = funded / population.",
                        "Cobertura = financiado / necesidad. Participación = financiado / presupuesto general. Por habitante = financiado / población."},
    T{"sim.axes_title", "Need by axis, current soles", "Necesidad por eje, soles corrientes"},
    T{"sim.h.axis", "Axis", "Eje"},
    T{"sim.entities_title", "By entity, {}, current soles", "Por entidad, {}, soles corrientes"},
    T{"sim.h.entity", "Entity", "Entidad"},
    T{"sim.entities_note", "Funded and executed per entity exist only where a funding rule targets the entity.",
                           "El financiamiento y la ejecución por entidad existen solo donde una regla de financiamiento se dirige a la entidad."},
    T{"sim.needs_title", "Costed needs, current soles", "Necesidades costeadas, soles corrientes"},
    T{"sim.mc_title", "Monte Carlo: {} trials, seed {}, current soles", "Monte Carlo: {} ensayos, semilla {}, soles corrientes"},
    T{"sim.h.period", "Period", "Periodo"},
    T{"sim.h.figure", "Figure", "Cifra"},
    T{"sim.h.mean", "Mean", "Media"},
    T{"sim.headline_title", "Need and gap, {}, three ways, current soles", "Necesidad y brecha, {}, de tres maneras, soles corrientes"},
    T{"sim.h.central_modes", "Central case (modes)", "Caso central (modas)"},
    T{"sim.h.median", "Median (P50)", "Mediana (P50)"},
    T{"sim.headline_note", "Central case: every uncertain input at its mode. Median and mean: of the {} trials' totals; the mean is their sum divided by their count, rounded half-up to the céntimo.",
                           "Caso central: cada supuesto incierto en su moda. Mediana y media: de los totales de los {} ensayos; la media es su suma dividida entre su número, redondeada al céntimo (la mitad hacia arriba)."},
    T{"sim.p_funded", "Probability that funding covers the need:", "Probabilidad de que el financiamiento cubra la necesidad:"},
    T{"sim.p_executed", "Probability that expected execution covers the need:", "Probabilidad de que la ejecución esperada cubra la necesidad:"},
    T{"sim.percentiles_note", "Percentiles by nearest rank; each year and the {} total are ranked separately.",
                              "Percentiles por rango más cercano; cada año y el total {} se ordenan por separado."},
    T{"sim.sens_title", "Sensitivity of the {} gap (need - funded), current soles", "Sensibilidad de la brecha {} (necesidad - financiado), soles corrientes"},
    T{"sim.sens_spend_title", "Sensitivity of the {} spending gap (need - expected executed), current soles",
                              "Sensibilidad de la brecha de gasto {} (necesidad - ejecución esperada), soles corrientes"},
    // the gap like for like (writers/scope_table)
    T{"scope.title", "The gap like for like, {}: from the total need and funding to those of the same scope, central case, current soles",
                     "La brecha en términos comparables, {}: de la necesidad y el financiamiento totales a los del mismo alcance, caso central, soles corrientes"},
    T{"scope.h.line", "Line", "Línea"},
    T{"scope.h.amount", "Amount", "Monto"},
    T{"scope.need_total", "Total costed need", "Necesidad costeada total"},
    T{"scope.need_outside", "minus lines paid outside the specific budget ({})", "menos líneas pagadas fuera del presupuesto específico ({})"},
    T{"scope.need_in_scope", "= need inside the specific budget's scope", "= necesidad dentro del alcance del presupuesto específico"},
    T{"scope.need_existing", "minus services already running in {} ({})", "menos servicios que ya funcionaban en {} ({})"},
    T{"scope.need_increment", "= increment over existing services", "= incremento sobre los servicios existentes"},
    T{"scope.funded_total", "Total funding", "Financiamiento total"},
    T{"scope.funded_unmatched", "minus funding of sectors with no need line in scope", "menos financiamiento de sectores sin línea de necesidad en el alcance"},
    T{"scope.funded_matching", "= funding that matches the need in scope", "= financiamiento que corresponde a la necesidad en el alcance"},
    T{"scope.gap_total", "Gap, total need minus total funding", "Brecha, necesidad total menos financiamiento total"},
    T{"scope.gap_in_scope", "Gap like for like, need in scope minus matching funding", "Brecha comparable, necesidad en el alcance menos financiamiento que corresponde"},
    T{"scope.note_split", "The funding is split among sectors by their allocations of {}: the sectors with a need line in scope ({}) had {} of them.",
                          "El financiamiento se reparte entre sectores según sus asignaciones de {}: los sectores con una línea de necesidad en el alcance ({}) tuvieron el {} de ellas."},
    T{"scope.note_no_split", "The model has no allocations by entity before the horizon: all the funding counts as matching.",
                             "El modelo no tiene asignaciones por entidad antes del horizonte: todo el financiamiento cuenta como correspondiente."},
    T{"scope.note_overlaps", "Overlaps: each need line costs one service, so a person served by two lines is two services, not one counted twice; lines that may serve the same people are declared: {}.",
                             "Superposiciones: cada línea de necesidad costea un servicio, por lo que una persona atendida por dos líneas son dos servicios, no uno contado dos veces; las líneas que pueden atender a las mismas personas se declaran: {}."},
    T{"scope.note_no_overlaps", "Overlaps: each need line costs one service, so a person served by two lines is two services, not one counted twice; no line declares an overlap.",
                                "Superposiciones: cada línea de necesidad costea un servicio, por lo que una persona atendida por dos líneas son dos servicios, no uno contado dos veces; ninguna línea declara una superposición."},
    T{"sim.h.input", "Uncertain input", "Supuesto incierto"},
    T{"sim.h.central", "Central", "Central"},
    T{"sim.h.low", "Low (P10)", "Bajo (P10)"},
    T{"sim.h.high", "High (P90)", "Alto (P90)"},
    T{"sim.h.gap_low", "Gap at low", "Brecha en bajo"},
    T{"sim.h.gap_high", "Gap at high", "Brecha en alto"},
    T{"sim.h.swing", "Swing", "Oscilación"},
    T{"sim.sens_note", "Each input at its P10 and P90 with every other at its central value (the data of a tornado chart). Inputs rounded to 2 decimal places, {}.",
                       "Cada supuesto en su P10 y su P90 con todos los demás en su valor central (los datos de un gráfico de tornado). Supuestos redondeados a 2 decimales, {}."},
    T{"sim.sens_cut_note", "A funding cut happens here only when its draw is below its probability, and every draw is at its central 50% except in its own row: so a cut's share swings the gap only if the probability is above 50%. The cut's full weight shows in the Monte Carlo (the gap's percentiles, the probability that funding covers the need).",
                           "Un recorte del financiamiento ocurre aquí solo cuando su sorteo es menor que su probabilidad, y cada sorteo está en su valor central de 50% salvo en su propia fila: por eso la parte recortada solo hace oscilar la brecha si la probabilidad es mayor que 50%. El peso completo del recorte se ve en el Monte Carlo (los percentiles de la brecha, la probabilidad de que el financiamiento cubra la necesidad)."},
    T{"sim.side_title", "Scenarios side by side, horizon totals, current soles", "Escenarios lado a lado, totales del horizonte, soles corrientes"},
    T{"sim.h.scenario", "Scenario", "Escenario"},
    // scenarios compared (writers/scenario_compare_writer)
    T{"scmp.per_year_title", "Scenarios per year, current soles", "Escenarios por año, soles corrientes"},
    T{"scmp.per_year_note", "Need - funded is the central case (every uncertain input at its mode); the medians (P50) and means are of the Monte Carlo trials.",
                            "Necesidad - financiado es el caso central (cada supuesto incierto en su moda); las medianas (P50) y medias son de las simulaciones de Monte Carlo."},
    T{"scmp.against_title", "Against the baseline ({}): scenario minus baseline, current soles", "Frente a la línea de base ({}): escenario menos línea de base, soles corrientes"},
    T{"scmp.against_note", "Baseline: {} ({}); choose another with --baseline. + : more than the baseline.",
                           "Línea de base: {} ({}); elija otra con --baseline. + : más que la línea de base."},
    T{"scmp.h.need_p50", "Need P50", "Necesidad P50"},
    T{"scmp.h.need_mean", "Need mean", "Necesidad media"},
    T{"scmp.h.gap_p50", "Gap P50", "Brecha P50"},
    T{"scmp.h.gap_mean", "Gap mean", "Brecha media"},
    T{"sim.h.p_covers", "P(funded covers need)", "P(el financiamiento cubre la necesidad)"},
    T{"metric.funded", "funded", "financiado"},
    T{"metric.expected executed", "expected executed", "ejecución esperada"},
    T{"metric.need", "need", "necesidad"},
    T{"metric.gap (need - funded)", "gap (need - funded)", "brecha (necesidad - financiado)"},
    T{"metric.gap (need - executed)", "gap (need - executed)", "brecha (necesidad - ejecutado)"},
    // check
    T{"chk.model", "{}: valid. {} years, {} groups, {} entities, {} yearly figures, {} printed figures, {} sources.\n",
                   "{}: válido. {} años, {} grupos, {} entidades, {} cifras anuales, {} cifras publicadas, {} fuentes.\n"},
    T{"chk.scenario", "{}: valid scenario on {}. Horizon {}-{}, {} funding rules, {} execution rules, {} costed needs, {} uncertain inputs{}.\n",
                      "{}: escenario válido sobre {}. Horizonte {}-{}, {} reglas de financiamiento, {} reglas de ejecución, {} necesidades costeadas, {} supuestos inciertos{}.\n"},
    T{"chk.trials", ", {} trials (seed {})", ", {} ensayos (semilla {})"},
};
// clang-format on

}  // namespace

std::span<const TextPair> output_texts() { return texts; }

}  // namespace veedor

namespace veedor {

namespace {

/// The forms of the labels the scenario reader gives uncertain inputs (readers/scenario_layer.cpp),
/// as an English prefix and suffix around the variable part, and the Spanish for them.
struct LabelForm {
    std::string_view en_prefix, en_suffix, es_prefix, es_suffix;
};

// clang-format off
constexpr std::array label_forms{
    LabelForm{"inflation-pct ", " (%)", "inflación ", " (%)"},
    LabelForm{"general-budget ", " growth (%)", "crecimiento del presupuesto general ", " (%)"},
    LabelForm{"population ", " growth (%)", "crecimiento de la población ", " (%)"},
    LabelForm{"funding growth after restore ", " (%)", "crecimiento del financiamiento tras la restitución, ", " (%)"},
    LabelForm{"funding growth ", " (%)", "crecimiento del financiamiento, ", " (%)"},
    LabelForm{"funding cut probability ", " (%)", "probabilidad de recorte del financiamiento, ", " (%)"},
    LabelForm{"funding cut share ", " (%)", "parte recortada del financiamiento, ", " (%)"},
    LabelForm{"funding cut ", " (draw, %)", "recorte del financiamiento, ", " (sorteo, %)"},
    LabelForm{"share of the general budget ", " (%)", "participación en el presupuesto general, ", " (%)"},
    LabelForm{"execution rate ", " (%)", "tasa de ejecución, ", " (%)"},
    LabelForm{"unit cost of ", " (S/)", "costo unitario de ", " (S/)"},
    LabelForm{"growth of ", " (%)", "crecimiento de la demanda ", " (%)"},  // a demand series' growth
    LabelForm{"starting quantity of ", "", "cantidad inicial de ", ""},
    LabelForm{"target quantity of ", "", "cantidad meta de ", ""},
    LabelForm{"quantity of ", "", "cantidad de ", ""},
};
// clang-format on

}  // namespace

std::string input_label_text(std::string_view label, Lang l) {
    if (l == Lang::en) return std::string(label);
    for (const LabelForm& f : label_forms)
        if (label.starts_with(f.en_prefix) && label.ends_with(f.en_suffix) &&
            label.size() >= f.en_prefix.size() + f.en_suffix.size()) {
            std::string_view middle =
                label.substr(f.en_prefix.size(), label.size() - f.en_prefix.size() - f.en_suffix.size());
            std::string out = std::string(f.es_prefix) + std::string(middle) + std::string(f.es_suffix);
            // "quantity of places in 2018", "quantity of places per unit of victims": the
            // prepositions too.
            if (f.en_prefix == "quantity of ") {
                if (auto in = out.rfind(" in "); in != std::string::npos) out.replace(in, 4, " en ");
                constexpr std::string_view per_unit = " per unit of ";
                if (auto at = out.find(per_unit); at != std::string::npos) out.replace(at, per_unit.size(), " por unidad de ");
            }
            return out;
        }
    // A demand series' level in its base year: "victims in 2015" (readers/scenario_layer.cpp).
    if (auto in = label.rfind(" in "); in != std::string_view::npos && in + 8 == label.size() &&
                                       label.find(' ') == in)
        return "demanda " + std::string(label.substr(0, in)) + " en " + std::string(label.substr(in + 4));
    return std::string(label);
}

}  // namespace veedor
