#include "text/format.hpp"

namespace veedor {

std::string not_applicable_text(const Style& s) {
    return s.is_human() ? std::string(tr("value.not_applicable", s.lang)) : not_applicable;
}

std::string format_money(const Money& m, const Style& s) {
    return s.is_human() ? money_text(m, s.lang, s.numbers) : m.plain();
}

std::string format_optional_money(const std::optional<Money>& m, const Style& s) {
    return m ? format_money(*m, s) : not_applicable_text(s);
}

std::string format_percent(const std::optional<Ratio>& r, int places, RoundingMode mode, const Style& s) {
    if (!r) return not_applicable_text(s);
    Decimal d = round_ratio(*r, places, mode);
    return s.is_human() ? percent_text(d, s.lang, s.numbers) : d.plain();
}

std::string format_ratio(const std::optional<Ratio>& r, int places, RoundingMode mode, const Style& s) {
    if (!r) return not_applicable_text(s);
    Decimal d = round_ratio(*r, places, mode);
    return s.is_human() ? number_text(d, s.lang, s.numbers) : d.plain();
}

std::string format_value(const Value& v, const Style& s) {
    if (v.is_amount()) return format_money(v.amount, s);
    if (!s.is_human()) return "";
    switch (v.kind) {
        case ValueKind::unknown: return std::string(tr("value.unknown", s.lang));
        case ValueKind::no_specific_budget: return std::string(tr("value.no_specific_budget", s.lang));
        case ValueKind::not_reported: return std::string(tr("value.not_reported", s.lang));
        case ValueKind::amount: break;
    }
    return "";
}

std::string_view report_symbol(ValueKind k) {
    switch (k) {
        case ValueKind::unknown: return "SD";
        case ValueKind::no_specific_budget: return "SPE";
        case ValueKind::not_reported: return "-";
        case ValueKind::amount: break;
    }
    return "";
}

std::string format_count(long long n, const Style& s) { return number_text(Decimal(BigInt(n), 0), s.lang, s.numbers); }

}  // namespace veedor
