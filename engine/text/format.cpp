#include "text/format.hpp"

namespace veedor {

std::string format_money(const Money& m, Style s) { return s == Style::human ? m.grouped(true) : m.plain(); }

std::string format_optional_money(const std::optional<Money>& m, Style s) {
    return m ? format_money(*m, s) : not_applicable;
}

std::string format_percent(const std::optional<Ratio>& r, int places, RoundingMode mode, Style s) {
    if (!r) return not_applicable;
    Decimal d = round_ratio(*r, places, mode);
    return s == Style::human ? d.grouped() + "%" : d.plain();
}

std::string format_ratio(const std::optional<Ratio>& r, int places, RoundingMode mode) {
    if (!r) return not_applicable;
    return round_ratio(*r, places, mode).plain();
}

std::string format_value(const Value& v, Style s) {
    if (v.is_amount()) return format_money(v.amount, s);
    if (s == Style::machine) return "";
    switch (v.kind) {
        case ValueKind::unknown: return "unknown";
        case ValueKind::no_specific_budget: return "no specific budget";
        case ValueKind::not_reported: return "not reported";
        case ValueKind::amount: break;
    }
    return "";
}

std::string_view report_symbol(ValueKind k) {
    switch (k) {
        case ValueKind::unknown: return "SD";
        case ValueKind::no_specific_budget: return "SPE";
        case ValueKind::not_reported: return "-";
        case ValueKind::amount: return "";
    }
    return "";
}

std::string format_count(long long n) { return Decimal(BigInt(n), 0).grouped(); }

}  // namespace veedor
