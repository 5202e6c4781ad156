#include "io/lang.hpp"

#include <array>
#include <stdexcept>
#include <vector>

namespace veedor {

namespace {

struct Text {
    std::string_view key, en, es;
};

// clang-format off
constexpr std::array texts{
    // charts
    Text{"chart.alloc_exec.title", "Specific budget allocated and executed, by entity", "Presupuesto específico asignado y ejecutado, por entidad"},
    Text{"chart.rate.title", "Execution rate by entity", "Tasa de ejecución por entidad"},
    Text{"chart.series.title", "Specific budget and its share of the General Budget of the Republic", "Presupuesto específico y su participación en el Presupuesto General de la República"},
    Text{"chart.drivers.title", "What drove the change in the specific budget", "Qué explica el cambio del presupuesto específico"},
    Text{"chart.paths.title", "Funded and needed, with the Monte Carlo P10-P90 band", "Financiado y necesario, con la banda P10-P90 de Monte Carlo"},
    Text{"chart.gap.title", "Need by axis, funding and the gap", "Necesidad por eje, financiamiento y brecha"},
    Text{"chart.tornado.title", "What moves the five-year gap most (sensitivity)", "Qué mueve más la brecha de cinco años (sensibilidad)"},
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
    Text{"share", "Share of the general budget", "Participación en el presupuesto general"},
    Text{"change_by_entity", "Change in allocation, by entity", "Cambio en la asignación, por entidad"},
    Text{"status_changed", "status changed (an amount in one year, a missing value in the other)", "cambió de estado (un monto en un año, un valor faltante en el otro)"},
    Text{"funded", "Funded", "Financiado"},
    Text{"funded_p10_p90", "Funded, P10-P90", "Financiado, P10-P90"},
    Text{"need_central", "Need, central case", "Necesidad, caso central"},
    Text{"need_median", "Need, median (P50)", "Necesidad, mediana (P50)"},
    Text{"need_p10_p90", "Need, P10-P90", "Necesidad, P10-P90"},
    Text{"gap", "Gap", "Brecha"},
    Text{"gap_five_years", "Five-year gap, need minus funded (S/)", "Brecha de cinco años, necesidad menos financiamiento (S/)"},
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
    throw std::logic_error("no text for key '" + std::string(key) + "'");
}

std::vector<std::string_view> all_text_keys() {
    std::vector<std::string_view> keys;
    for (const Text& t : texts) keys.push_back(t.key);
    return keys;
}

static constexpr std::string_view nbsp = "\u00A0";

std::string number_text(const Decimal& d, Lang l) { return d.grouped("", l == Lang::en ? "," : nbsp, "."); }

std::string money_text(const Money& m, Lang l) {
    return Decimal(m.cents().convert_to<BigInt>(), 2).grouped(l == Lang::en ? "S/ " : "S/\u00A0", l == Lang::en ? "," : nbsp, ".");
}

std::string percent_text(const Decimal& d, Lang l) {
    return number_text(d, l) + (l == Lang::en ? "%" : "\u00A0%");
}

}  // namespace veedor
