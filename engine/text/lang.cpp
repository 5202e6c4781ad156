#include "text/lang.hpp"

#include "text/lang_outputs.hpp"

#include <array>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace veedor {

namespace {

struct Text {
    std::string_view key, en, es;
};

// clang-format off
constexpr std::array texts{
    // compare: the budget stages of an imported MEF model (writers/stages_table.cpp)
    Text{"stages.title", "Budget stages (MEF)", "Etapas del presupuesto (MEF)"},
    Text{"stages.entity", "Entity", "Entidad"},
    Text{"stages.year", "Year", "Año"},
    Text{"stages.pia", "PIA", "PIA"},
    Text{"stages.pim", "PIM", "PIM"},
    Text{"stages.certificado", "Certified", "Certificado"},
    Text{"stages.comprometido-anual", "Committed (annual)", "Compromiso anual"},
    Text{"stages.comprometido", "Committed", "Comprometido"},
    Text{"stages.devengado", "Accrued", "Devengado"},
    Text{"stages.girado", "Paid", "Girado"},
    Text{"stages.avance", "Avance %", "Avance %"},
    Text{"stages.no_pim", "n/a", "n.d."},
    Text{"stages.note", "Avance % = devengado / PIM, as the MEF's Consulta Amigable computes it.", "Avance % = devengado / PIM, como lo calcula la Consulta Amigable del MEF."},
    // audit explanations (fmt templates; the arguments are numbers and names)
    Text{"audit.rounded", "The printed value is the exact value rounded {} ({}), not {}.", "El valor publicado es el valor exacto redondeado {} ({}), no {}."},
    Text{"audit.toward_zero", "toward zero", "hacia cero"},
    Text{"audit.truncated", "truncated", "truncado"},
    Text{"audit.half_even", "half-even", "al par"},
    Text{"audit.ties_even", "ties to even", "empates al par"},
    Text{"audit.half_up", "half-up", "medio hacia arriba"},
    Text{"audit.ties_up", "ties away from zero", "empates lejos de cero"},
    Text{"audit.percentage_points", " percentage points", " puntos porcentuales"},
    Text{"audit.leaves_out", "The printed total leaves out {}.", "El total publicado omite {}."},
    Text{"audit.counts_twice", "The printed total counts {} twice.", "El total publicado cuenta dos veces {}."},
    Text{"audit.or", " or ", " o "},
    Text{"audit.follows", "It follows from the printed totals ({} / {}), so it carries their error.", "Se deriva de los totales publicados ({} / {}), así que arrastra su error."},
    Text{"audit.model_uses", "The model uses {} for {}", "El modelo usa {} para {}"},
    Text{"audit.aggregate", "This row stands for the group '{}', whose members total {} {} in {}. {} The two tables of the source therefore disagree.", "Esta fila representa al grupo '{}', cuyos miembros suman {} ({}) en {}. {} Por tanto, las dos tablas de la fuente no coinciden."},
    Text{"audit.exec_missing", "{} members with an allocation of {} have unknown or unreported execution ({}); the executed total counts nothing for them, so the execution rate over all members understates execution", "{} miembros con una asignación de {} tienen ejecución desconocida o no informada ({}); el total ejecutado no cuenta nada por ellos, así que la tasa de ejecución sobre todos los miembros subestima la ejecución"},
    Text{"audit.alloc_missing", "the executed total includes {} executed by {} members whose allocation is unknown or unreported ({}), money that has no allocation in the denominator, so the rate over all members overstates execution", "el total ejecutado incluye {} ejecutados por {} miembros cuya asignación es desconocida o no informada ({}), dinero sin asignación en el denominador, así que la tasa sobre todos los miembros sobrestima la ejecución"},
    Text{"audit.unknown_alloc_one", "{} member has an unknown or unreported allocation, so the allocated total is a lower bound", "{} miembro tiene una asignación desconocida o no informada, así que el total asignado es una cota inferior"},
    Text{"audit.unknown_alloc_many", "{} members have an unknown or unreported allocation, so the allocated total is a lower bound", "{} miembros tienen una asignación desconocida o no informada, así que el total asignado es una cota inferior"},
    Text{"audit.partial", "execution is counted only through {}, against the allocation for the whole year", "la ejecución se cuenta solo hasta {}, frente a la asignación de todo el año"},
    Text{"audit.in_year", "In {}, ", "En {}, "},
    Text{"audit.matched_tail", ". Over the {} members whose allocation and execution are both known, the rate is {} ({} of {}).", ". Sobre los {} miembros cuya asignación y ejecución se conocen, la tasa es {} ({} de {})."},
    Text{"audit.matched_rate", "(matched rate)", "(tasa emparejada)"},
    Text{"audit.comparability", "The change in the national specific budget from {} to {} ({}) compares an amount of {} in {} with '{}' in {}; this entity alone accounts for {} of the change{}.", "El cambio del presupuesto específico nacional de {} a {} ({}) compara un monto de {} en {} con '{}' en {}; esta entidad sola explica {} del cambio{}."},
    Text{"audit.excluded", " ({} reported for {} but excluded as not specific)", " ({} informados para {} pero excluidos por no ser específicos)"},
    Text{"audit.part_of_change", " (its part of the change)", " (su parte del cambio)"},
    Text{"audit.no_figure", "no figure", "sin cifra"},
    Text{"audit.total_of", "total of {}", "total de {}"},
    Text{"audit.sources", "Two sources disagree: {} printed {}; the model uses {} from {}{}.", "Dos fuentes no coinciden: {} publicó {}; el modelo usa {} de {}{}."},
    Text{"audit.implies", " The model's {} gives {}.", " Los {} del modelo dan {}."},
    Text{"audit.compared_at", " At a precision of {}: {} against {}.", " A una precisión de {}: {} frente a {}."},
    Text{"audit.quoted", " {} says: \"{}\".", " {} dice: \"{}\"."},
    Text{"audit.rounded_to", "rounded to {}", "redondeado a {}"},
    Text{"stage.initial", "initial budget (PIA)", "presupuesto inicial (PIA)"},
    Text{"stage.modified", "modified budget (PIM)", "presupuesto modificado (PIM)"},
    Text{"stage.certified", "certified", "certificado"},
    Text{"stage.committed", "committed", "comprometido"},
    Text{"stage.executed", "executed (devengado)", "ejecutado (devengado)"},
    Text{"stage.paid", "paid (girado)", "pagado (girado)"},
    Text{"audit.general_budget", "General Budget of the Republic", "Presupuesto General de la República"},
    Text{"value.unknown", "unknown", "sin dato"},
    Text{"value.no_specific_budget", "no specific budget", "sin presupuesto específico"},
    Text{"value.not_reported", "not reported", "no informado"},
    // the brief
    Text{"brief.kicker", "Budget brief", "Informe presupuestario"},
    Text{"brief.prepared", "Prepared with veedor from {}. Every figure is recomputed exactly from the model; rounding: {}.", "Elaborado con veedor a partir de {}. Cada cifra se recalcula de forma exacta desde el modelo; redondeo: {}."},
    Text{"brief.headline", "Headline figures", "Cifras principales"},
    Text{"brief.hl.budget", "Specific budget {}", "Presupuesto específico {}"},
    Text{"brief.hl.change", "Change {}-{}", "Cambio {}-{}"},
    Text{"brief.hl.rate", "Execution rate {} (report's / matched)", "Tasa de ejecución {} (del informe / emparejada)"},
    Text{"brief.hl.share", "Share of the general budget {}", "Participación en el presupuesto general {}"},
    Text{"brief.hl.per_capita", "Per person {}", "Por habitante {}"},
    Text{"brief.hl.audit", "Printed figures that do not add up", "Cifras publicadas que no cuadran"},
    Text{"brief.hl.audit_value", "{} of {}", "{} de {}"},
    Text{"brief.hl.need", "Need, {}", "Necesidad, {}"},
    Text{"brief.hl.gap", "Gap over the horizon against {}", "Brecha en el horizonte frente a {}"},
    Text{"brief.series", "The national series", "La serie nacional"},
    Text{"brief.comparison", "Allocated versus executed", "Asignado frente a ejecutado"},
    Text{"brief.totals", "Totals", "Totales"},
    Text{"brief.audit", "What the audit found", "Lo que encontró la auditoría"},
    Text{"brief.audit_intro", "veedor recomputed every total and percentage that the sources printed: {} of {} agree, {} differ, {} cannot be recomputed.", "veedor recalculó cada total y porcentaje que publicaron las fuentes: {} de {} coinciden, {} difieren y {} no pueden recalcularse."},
    Text{"brief.scenarios", "Funding scenarios", "Escenarios de financiamiento"},
    Text{"brief.compare_intro", "Year by year, against the baseline, {} (the first scenario unless --baseline names another): a positive difference in the gap means less of the need is funded than in the baseline.", "Año por año, frente a la línea de base, {} (el primer escenario, salvo que --baseline nombre otro): una diferencia positiva en la brecha significa que se financia menos de la necesidad que en la línea de base."},
    Text{"brief.compare_gap", "Gap (need - funded) minus that of {}, per year, current soles", "Brecha (necesidad - financiado) menos la de {}, por año, soles corrientes"},
    // The plan against actual section (report/brief_track.cpp).
    Text{"brief.track", "Plan against actual", "Plan frente a lo real"},
    Text{"brief.track_intro", "Each scenario's central funding and expected execution beside the allocation and execution the model records for the horizon years it has, and the share of the central case's costed need that the actual execution met. The PEFA scores apply the 2016 framework's outturn indicators to this specific budget.", "El financiamiento central y la ejecución esperada de cada escenario frente a la asignación y la ejecución que el modelo registra para los años del horizonte que tiene, y la parte de la necesidad costeada del caso central que la ejecución real cubrió. Las calificaciones PEFA aplican los indicadores de ejecución del marco 2016 a este presupuesto específico."},
    Text{"brief.track_shown", "The tables show {}; the command \"veedor track\" sets every scenario against the actual figures.", "Las tablas muestran {}; el comando \"veedor track\" compara cada escenario con las cifras reales."},
    Text{"brief.sens.title", "What moves the gaps of \"{}\" most, over the horizon (sensitivity)", "Qué mueve más las brechas de \"{}\" en el horizonte (sensibilidad)"},
    Text{"brief.sens.funding", "Swing of the funding gap", "Oscilación de la brecha de financiamiento"},
    Text{"brief.sens.spending", "Swing of the spending gap", "Oscilación de la brecha de gasto"},
    Text{"brief.sens.note", "Each input at its P10 and P90 with every other at its central value; the swing is the distance between the two gaps, in current soles. The funding gap is need minus funded; the spending gap is need minus expected execution, so an execution rate moves only the second. The inputs among the five largest swings of either gap.", "Cada supuesto en su P10 y su P90 con todos los demás en su valor central; la oscilación es la distancia entre las dos brechas, en soles corrientes. La brecha de financiamiento es necesidad menos financiamiento; la brecha de gasto es necesidad menos ejecución esperada, por lo que una tasa de ejecución solo mueve la segunda. Los supuestos entre las cinco mayores oscilaciones de cualquiera de las dos brechas."},
    Text{"brief.risk.title", "Risk: what the Monte Carlo trials give beside the central case, and the probability that funding covers the need (cuts included)", "Riesgo: lo que dan los ensayos de Monte Carlo junto al caso central, y la probabilidad de que el financiamiento cubra la necesidad (con los recortes)"},
    Text{"brief.risk.funded_mean", "Funded, mean", "Financiado, media"},
    Text{"brief.risk.gap_p50", "Gap, median (P50)", "Brecha, mediana (P50)"},
    Text{"brief.risk.gap_mean", "Gap, mean", "Brecha, media"},
    Text{"brief.risk.p_year", "P {}", "P {}"},
    Text{"brief.risk.p_horizon", "P {}-{}", "P {}-{}"},
    Text{"brief.risk.note", "Over the horizon, in current soles. P YEAR: the share of the trials in which that year's funding covers that year's need; over the horizon, the five years' funding covers the five years' need. A scenario with a risk of a cut draws its cuts in each trial, so they lower its mean funding and its probabilities; the central case has no cut. n/a: no trials, or a horizon of other years.", "En el horizonte, en soles corrientes. P AÑO: la proporción de los ensayos en que el financiamiento de ese año cubre la necesidad de ese año; en el horizonte, el financiamiento de los cinco años cubre la necesidad de los cinco años. Un escenario con riesgo de recorte sortea sus recortes en cada ensayo, así que bajan su financiamiento medio y sus probabilidades; el caso central no tiene recorte. no aplica: sin ensayos, o un horizonte de otros años."},
    Text{"brief.scenarios_intro", "Horizon totals in current soles. The need is the costed need of each scenario; the gap is need minus funded.", "Totales del horizonte en soles corrientes. La necesidad es la necesidad costeada de cada escenario; la brecha es necesidad menos financiamiento."},
    Text{"brief.charts", "Charts", "Gráficos"},
    Text{"brief.contents", "Contents", "Contenido"},
    Text{"brief.summary", "In brief", "En resumen"},
    Text{"brief.sum.budget", "In {0}, the specific budget was {1}.", "En {0}, el presupuesto específico fue de {1}."},
    Text{"brief.sum.change", "That is {0} ({1}) against {2}.", "Es decir, {0} ({1}) respecto de {2}."},
    Text{"brief.sum.rate", "In {0}, {1} of the allocated budget was executed.", "En {0} se ejecutó el {1} del presupuesto asignado."},
    Text{"brief.sum.partial", "Execution was counted only to {0}.", "La ejecución se contó solo hasta el {0}."},
    Text{"brief.sum.audit", "The audit recomputed {0} figures printed by the sources: {1} agree, {2} differ and {3} cannot be checked; each difference is explained in the audit section.", "La auditoría recalculó {0} cifras publicadas por las fuentes: {1} coinciden, {2} difieren y {3} no pueden verificarse; cada diferencia se explica en la sección de auditoría."},
    Text{"brief.sum.plan", "The plan \u201C{0}\u201D would need {1} over {2}-{3}; the funding it assumes covers {4}, leaving a gap of {5}.", "El plan \u00AB{0}\u00BB necesitaría {1} en {2}-{3}; el financiamiento previsto cubre {4} y deja una brecha de {5}."},
    Text{"brief.sum.plan_mc", "That is the central case (every uncertain input at its mode); over its {0} Monte Carlo trials the need has a median (P50) of {1} and a mean of {2}, and the gap a median (P50) of {3} and a mean of {4}.", "Ese es el caso central (cada supuesto incierto en su moda); en sus {0} ensayos de Monte Carlo la necesidad tiene una mediana (P50) de {1} y una media de {2}, y la brecha una mediana (P50) de {3} y una media de {4}."},
    Text{"brief.other_charts", "The charts of the other scenarios are in the charts folder: {}.", "Los gráficos de los demás escenarios están en la carpeta charts: {}."},
    Text{"brief.no_charts", "gnuplot was not available, so this brief has no charts.", "gnuplot no estaba disponible, así que este informe no tiene gráficos."},
    Text{"brief.methodology", "Methodology", "Metodología"},
    Text{"brief.method.rounding", "Amounts are exact to the céntimo. Rates, shares, changes and per-capita figures are computed exactly and rounded only when shown, {} ({} decimal places for rates, {} for shares of the general budget).", "Los montos son exactos al céntimo. Las tasas, participaciones, cambios y cifras por habitante se calculan de forma exacta y se redondean solo al mostrarlas, {} ({} decimales para tasas, {} para participaciones en el presupuesto general)."},
    Text{"brief.method.missing", "Missing values are kept apart: SD (unknown) and - (not reported) are gaps, so a total that leaves them out is a lower bound; SPE (no specific budget) is a statement and adds zero. Amounts reported but excluded as not specific never enter a total.", "Los valores faltantes se distinguen: SD (sin dato) y - (no informado) son vacíos, así que un total que los omite es una cota inferior; SPE (sin presupuesto específico) es una declaración y suma cero. Los montos informados pero excluidos por no ser específicos nunca entran en un total."},
    Text{"brief.method.rates", "Two execution rates: the report's (all executed money over all allocated money) and the matched rate (only entities whose allocation and execution are both known). The first mixes unknowns into one side of the fraction; the second does not.", "Dos tasas de ejecución: la del informe (todo lo ejecutado sobre todo lo asignado) y la emparejada (solo entidades cuya asignación y ejecución se conocen). La primera mezcla valores desconocidos en un lado de la fracción; la segunda no."},
    Text{"brief.method.partial", "Partial years are marked: their execution is counted only to a date within the year, against the allocation for the whole year.", "Los años parciales se señalan: su ejecución se cuenta solo hasta una fecha del año, frente a la asignación de todo el año."},
    Text{"brief.method.scenarios", "Scenarios apply funding rules year by year; every assumption carries its source or a note. Uncertain assumptions run through Monte Carlo trials with a fixed seed (percentiles by nearest rank); the sensitivity moves one input at a time between its P10 and P90.", "Los escenarios aplican reglas de financiamiento año por año; cada supuesto tiene su fuente o una nota. Los supuestos inciertos pasan por ensayos de Monte Carlo con semilla fija (percentiles por rango más cercano); la sensibilidad mueve un supuesto a la vez entre su P10 y su P90."},
    Text{"brief.sources", "Sources", "Fuentes"},
    Text{"col.year", "Year", "Año"},
    Text{"col.entity", "Entity", "Entidad"},
    Text{"col.allocated", "Allocated", "Asignado"},
    Text{"col.executed", "Executed", "Ejecutado"},
    Text{"col.rate", "Rate", "Tasa"},
    Text{"col.rate_all", "Rate (report's)", "Tasa (del informe)"},
    Text{"col.rate_matched", "Rate (matched)", "Tasa (emparejada)"},
    Text{"col.change", "Change", "Cambio"},
    Text{"col.specific", "Specific budget", "Presupuesto específico"},
    Text{"col.general", "General budget", "Presupuesto general"},
    Text{"col.share", "Share", "Participación"},
    Text{"col.per_capita", "Per person", "Por habitante"},
    Text{"col.kind", "Kind", "Tipo"},
    Text{"col.subject", "About", "Sobre"},
    Text{"col.printed", "Printed", "Publicado"},
    Text{"col.recomputed", "Recomputed", "Recalculado"},
    Text{"col.explanation", "Explanation", "Explicación"},
    Text{"col.scenario", "Scenario", "Escenario"},
    Text{"col.funded", "Funded", "Financiado"},
    Text{"col.executed_expected", "Expected executed", "Ejecución esperada"},
    Text{"col.need", "Need", "Necesidad"},
    Text{"col.gap", "Gap", "Brecha"},
    Text{"col.coverage", "Coverage", "Cobertura"},
    Text{"kind.mismatch", "does not match", "no coincide"},
    Text{"kind.aggregate", "tables disagree", "tablas no coinciden"},
    Text{"kind.incomplete", "incomplete data", "datos incompletos"},
    Text{"kind.comparability", "not comparable", "no comparable"},
    Text{"kind.sources-disagree", "sources disagree", "las fuentes no coinciden"},
    Text{"note.partial", "* execution counted only to {}.", "* ejecución contada solo hasta {}."},
    Text{"brief.coverage", "{} of {} {}", "{} de {} {}"},
    Text{"brief.hl.printed_over_partial", "{} (printed total; the entity figures, {}, add up to only {})", "{} (total publicado; las cifras por entidad, {}, suman solo {})"},
    Text{"brief.hl.partial", "{} (PARTIAL: the sum of {})", "{} (PARCIAL: la suma de {})"},
    Text{"brief.partial", "partial", "parcial"},
    Text{"note.incomplete_printed", "‡ {}: only {} have a figure; the specific budget shown is the printed total, not their sum {}.", "‡ {}: solo {} tienen cifra; el presupuesto específico mostrado es el total publicado, no su suma {}."},
    Text{"note.incomplete_partial", "‡ {}: only {} have a figure and no total was printed; the specific budget shown is their partial sum.", "‡ {}: solo {} tienen cifra y no se publicó un total; el presupuesto específico mostrado es su suma parcial."},
    Text{"note.incomplete_group", "\u2021 {}: only {} of {} members have a figure; the totals are partial sums.", "\u2021 {}: solo {} de {} integrantes tienen cifra; los totales son sumas parciales."},
    Text{"note.printed_only", "† printed total only: the source gives no breakdown for this year.", "† solo total publicado: la fuente no detalla este año."},
    Text{"no_trials", "no trials", "sin ensayos"},
    // charts
    Text{"chart.alloc_exec.title", "Specific budget allocated and executed, by entity", "Presupuesto específico asignado y ejecutado, por entidad"},
    Text{"chart.rate.title", "Execution rate by entity", "Tasa de ejecución por entidad"},
    Text{"chart.series.title", "Specific budget and its share of the General Budget of the Republic", "Presupuesto específico y su participación en el Presupuesto General de la República"},
    Text{"chart.drivers.title", "What drove the change in the specific budget", "Qué explica el cambio del presupuesto específico"},
    Text{"chart.overlay.title", "Scenarios' funding against the need", "El financiamiento de los escenarios frente a la necesidad"},
    Text{"chart.overlay.subtitle", "Need of the baseline: {}", "Necesidad de la línea de base: {}"},
    Text{"chart.overlay.actual_allocation", "Actual allocation", "Asignación real"},
    Text{"chart.overlay.actual_execution", "Actual execution", "Ejecución real"},
    Text{"chart.paths.title", "Funded and needed, with the Monte Carlo P10-P90 band", "Financiado y necesario, con la banda P10-P90 de Monte Carlo"},
    Text{"chart.gap.title", "Need by axis, funding and the gap", "Necesidad por eje, financiamiento y brecha"},
    Text{"chart.tornado_spend.title", "What moves the spending gap over the horizon most (sensitivity)", "Qué mueve más la brecha de gasto del horizonte (sensibilidad)"},
    Text{"chart.tornado.title", "What moves the gap over the horizon most (sensitivity)", "Qué mueve más la brecha del horizonte (sensibilidad)"},
    Text{"chart.entity.title", "Specific budget allocated and executed, by year", "Presupuesto específico asignado y ejecutado, por año"},
    Text{"chart.group.title", "Specific budget of a group and its largest members, by year", "Presupuesto específico de un grupo y de sus mayores integrantes, por año"},
    Text{"chart.executed_partial", "Executed, year counted part way (*)", "Ejecutado, año contado en parte (*)"},
    Text{"chart.rate_line", "Execution rate (right axis)", "Tasa de ejecución (eje derecho)"},
    Text{"chart.group_allocated", "Allocated, group total", "Asignado, total del grupo"},
    Text{"chart.group_executed", "Executed, group total", "Ejecutado, total del grupo"},
    Text{"chart.more_members", "{} more members in the data file", "{} integrantes más en el archivo de datos"},
    Text{"allocated", "Allocated", "Asignado"},
    Text{"executed", "Executed", "Ejecutado"},
    Text{"soles", "Soles (S/)", "Soles (S/)"},
    Text{"current_soles", "Current soles (S/)", "Soles corrientes (S/)"},
    Text{"rate_pct", "Executed / allocated (%)", "Ejecutado / asignado (%)"},
    Text{"share_pct", "Share of the general budget (%)", "Participación en el presupuesto general (%)"},
    Text{"year", "Year", "Año"},
    Text{"entity", "Entity", "Entidad"},
    Text{"specific_budget", "Specific budget", "Presupuesto específico"},
    Text{"printed_total_only", "Printed total only (no breakdown)", "Solo total publicado (sin detalle)"},
    Text{"partial_sum", "Partial sum (some entities lack a figure)", "Suma parcial (faltan cifras de algunas entidades)"},
    Text{"chart.partial_label", "partial: {} of {}", "parcial: {} de {}"},
    Text{"chart.entity_sum_label", "printed total; entities {} of {}: {}", "total publicado; entidades {} de {}: {}"},
    Text{"share", "Share of the general budget", "Participación en el presupuesto general"},
    Text{"change_by_entity", "Change in allocation, by entity", "Cambio en la asignación, por entidad"},
    Text{"status_changed", "status changed (an amount in one year, a missing value in the other)", "cambió de estado (un monto en un año, un valor faltante en el otro)"},
    Text{"funded", "Funded", "Financiado"},
    Text{"funded_p10_p90", "Funded, P10-P90", "Financiado, P10-P90"},
    Text{"need_central", "Need, central case", "Necesidad, caso central"},
    Text{"need_median", "Need, median (P50)", "Necesidad, mediana (P50)"},
    Text{"need_p10_p90", "Need, P10-P90", "Necesidad, P10-P90"},
    Text{"gap", "Gap", "Brecha"},
    Text{"spend_gap_five_years", "Spending gap over the horizon, need minus expected executed (S/)", "Brecha de gasto del horizonte, necesidad menos ejecución esperada (S/)"},
    Text{"gap_five_years", "Gap over the horizon, need minus funded (S/)", "Brecha del horizonte, necesidad menos financiamiento (S/)"},
    Text{"central_gap", "Central case", "Caso central"},
    Text{"low_p10", "Input at P10", "Supuesto en P10"},
    Text{"high_p90", "Input at P90", "Supuesto en P90"},
    Text{"unknown_mark", "SD = unknown, SPE = no specific budget, - = not reported", "SD = sin dato, SPE = sin presupuesto específico, - = no informado"},
    Text{"partial_mark", "* execution counted only to", "* ejecución contada solo hasta"},
    Text{"source", "Source", "Fuente"},
    Text{"made_with", "made with veedor", "elaborado con veedor"},
    Text{"axis.prevention", "Prevention", "Prevención"},
    Text{"axis.prosecution", "Prosecution", "Persecución"},
    Text{"axis.protection", "Protection and care", "Protección y atención"},
    Text{"axis.reintegration", "Reintegration", "Reintegración"},
    Text{"axis.cross-cutting", "Cross-cutting", "Transversal"},
};
// clang-format on

}  // namespace

std::optional<Lang> parse_lang(std::string_view c) {
    if (c == "en") return Lang::en;
    if (c == "es") return Lang::es;
    return std::nullopt;
}

std::string_view code(Lang l) { return l == Lang::en ? "en" : "es"; }

std::string_view tr(std::string_view key, Lang lang) {
    for (const Text& t : texts)
        if (t.key == key) return lang == Lang::en ? t.en : t.es;
    for (const TextPair& t : output_texts())
        if (t.key == key) return lang == Lang::en ? t.en : t.es;
    throw std::logic_error("no text for key '" + std::string(key) + "'");
}

std::vector<std::string_view> all_text_keys() {
    std::vector<std::string_view> keys;
    for (const Text& t : texts) keys.push_back(t.key);
    for (const TextPair& t : output_texts()) keys.push_back(t.key);
    return keys;
}

static constexpr std::string_view nbsp = "\u00A0";

namespace {

std::string_view thousands(Lang, NumberStyle n) { return n == NumberStyle::mef ? std::string_view(",") : nbsp; }
std::string_view point(Lang l, NumberStyle n) { return n == NumberStyle::si && l == Lang::es ? "," : "."; }
std::string_view gap(Lang l) { return l == Lang::en ? " " : nbsp; }

}  // namespace

/// English outputs have always written "S/ " with a plain space; Spanish ones a no-break space.
std::string_view sol_sign(Lang l) { return l == Lang::en ? "S/ " : "S/\u00A0"; }

std::string number_text(const Decimal& d, Lang l, NumberStyle n) { return d.grouped("", thousands(l, n), point(l, n)); }

std::string decimal_money_text(const Decimal& d, Lang l, NumberStyle n) {
    return d.grouped(sol_sign(l), thousands(l, n), point(l, n));
}

std::string money_text(const Money& m, Lang l, NumberStyle n) {
    return decimal_money_text(Decimal(m.cents().convert_to<BigInt>(), 2), l, n);
}

std::string percent_text(const Decimal& d, Lang l, NumberStyle n) {
    return number_text(d, l, n) + (l == Lang::en ? "%" : "\u00A0%");
}

std::string large_amount_text(const Money& m, Lang l, NumberStyle n, RoundingMode mode) {
    if (m.is_negative()) return "-" + large_amount_text(-m, l, n, mode);
    const BigInt cents = m.cents().convert_to<BigInt>();
    const BigInt million_cents = 100'000'000;
    if (cents < million_cents) return money_text(m, l, n);
    Decimal millions = round_ratio(*Ratio::of(cents, million_cents), 1, mode);
    std::string unit = l == Lang::en ? "million" : n == NumberStyle::mef ? "MM" : "millones";
    return std::string(sol_sign(l)) + number_text(millions, l, n) + std::string(gap(l)) + unit;
}

Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* v : {lc_all, lc_messages, lang})
        if (v && *v) return std::string_view(v).substr(0, 2) == "es" ? Lang::es : Lang::en;
    return Lang::en;
}

Lang lang_from_environment() {
    return lang_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

}  // namespace veedor
