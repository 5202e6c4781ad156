#pragma once
/// A calendar date (proleptic Gregorian), parsed from strict ISO text "YYYY-MM-DD".

#include <optional>
#include <string>
#include <string_view>

namespace veedor {

struct Date {
    int year = 0, month = 0, day = 0;
    std::string iso() const;  ///< "2016-06-30"
    bool operator==(const Date&) const = default;
};

/// The date, or nothing when the text is not an existing date in YYYY-MM-DD form.
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view text);

}  // namespace veedor
