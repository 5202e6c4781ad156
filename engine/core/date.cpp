#include "core/date.hpp"

#include <fmt/format.h>

#include <cctype>

namespace veedor {

std::string Date::iso() const { return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day); }

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<Date> parse_iso_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
    auto num = [&](size_t at, size_t len) {
        int v = 0;
        for (size_t i = at; i < at + len; ++i) v = v * 10 + (t[i] - '0');
        return v;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.month < 1 || d.month > 12 || d.day < 1) return std::nullopt;
    int max_day = days[d.month - 1] + (d.month == 2 && is_leap(d.year) ? 1 : 0);
    if (d.day > max_day) return std::nullopt;
    return d;
}

}  // namespace veedor
