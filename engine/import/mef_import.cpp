// Reading the MEF's budget-execution CSV files: the header's columns, each row checked, selected
// and added up; large files on several threads (csv_chunks.hpp) with the result of one pass.
#include "import/mef_import.hpp"

#include "core/error.hpp"
#include "csv/csv_chunks.hpp"
#include "csv/csv_stream.hpp"
#include "import/mef_sums.hpp"
#include "import/mef_text.hpp"
#include "yaml/text_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

#include <sys/stat.h>

namespace veedor {

namespace {

const std::array<const char*, 7> stage_columns = {"MONTO_PIA",          "MONTO_PIM",   "MONTO_CERTIFICADO",
                                                  "MONTO_COMPROMETIDO_ANUAL", "MONTO_COMPROMETIDO",
                                                  "MONTO_DEVENGADO",    "MONTO_GIRADO"};

/// The wide layout's devengado per month (the MEF's Gasto-Devengado files).
const std::array<const char*, 12> wide_month_columns = {
    "MONTO_DEVENGADO_ENERO", "MONTO_DEVENGADO_FEBRERO", "MONTO_DEVENGADO_MARZO",     "MONTO_DEVENGADO_ABRIL",
    "MONTO_DEVENGADO_MAYO",  "MONTO_DEVENGADO_JUNIO",   "MONTO_DEVENGADO_JULIO",     "MONTO_DEVENGADO_AGOSTO",
    "MONTO_DEVENGADO_SETIEMBRE", "MONTO_DEVENGADO_OCTUBRE", "MONTO_DEVENGADO_NOVIEMBRE", "MONTO_DEVENGADO_DICIEMBRE"};

/// Appends decimal digits to `v`; false at a byte that is not a digit.
template <class Int>
bool append_digits(std::string_view digits, Int& v) {
    for (char c : digits) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<Int>(c - '0');
    }
    return true;
}

/// Céntimos of a plain decimal amount ("12345.67", "12345.6", "12345", "-3.50", spaces around);
/// false when it is not one (more than 2 decimals included: nothing is rounded), or when it is
/// beyond what a model holds (10^24 soles).
/// Not parse_money: that builds a big integer per amount, and this runs seven times a row on files
/// of millions of rows. The rules are the same except that a sign is allowed (monthly corrections).
bool parse_cents_slowly(std::string_view s, i128& out) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    size_t point = 0;  // a loop, not find(): amounts are short, and memchr's call costs more here
    while (point < s.size() && s[point] != '.') ++point;
    std::string_view whole = s.substr(0, point), fraction = point < s.size() ? s.substr(point + 1) : "";
    if (whole.empty() || whole.size() > max_amount_digits || fraction.size() > 2) return false;
    static constexpr int scale[] = {100, 10, 1};
    i128 v;
    if (whole.size() <= 16) {  // the usual case, in 64 bits: at most 18 digits with the céntimos
        uint64_t small = 0;
        if (!append_digits(whole, small) || !append_digits(fraction, small)) return false;
        v = static_cast<i128>(small * static_cast<uint64_t>(scale[fraction.size()]));
    } else {
        v = 0;
        if (!append_digits(whole, v) || !append_digits(fraction, v)) return false;
        v *= scale[fraction.size()];
    }
    out = negative ? -v : v;
    return true;
}

/// parse_cents_slowly's result, straight from the digits in one pass for what the MEF writes
/// ("-1234.5": a sign, up to 16 digits, up to 2 decimals, no space); anything else goes the slow way.
/// Inlined in RowReader::record (seven amounts a row); one digit alone ("0": four amounts in ten
/// of the generated files) is the first case tried.
[[gnu::always_inline]] inline bool parse_cents(std::string_view s, i128& out) {
    if (s.size() == 1 && static_cast<unsigned char>(s[0] - '0') < 10) {
        out = 100 * (s[0] - '0');
        return true;
    }
    const char *p = s.data(), *end = p + s.size();
    const bool negative = p < end && *p == '-';
    p += negative;
    const char* digits = p;
    uint64_t v = 0;
    while (p < end && static_cast<unsigned char>(*p - '0') < 10) v = v * 10 + static_cast<uint64_t>(*p++ - '0');
    const auto whole = p - digits;
    if (whole == 0 || whole > 16) return parse_cents_slowly(s, out);
    int decimals = 0;
    if (p < end && *p == '.') {
        for (++p; p < end && decimals < 3 && static_cast<unsigned char>(*p - '0') < 10; ++p, ++decimals)
            v = v * 10 + static_cast<uint64_t>(*p - '0');
        if (decimals == 0 || decimals > 2) return parse_cents_slowly(s, out);
    }
    if (p != end) return parse_cents_slowly(s, out);
    static constexpr uint64_t scale[] = {100, 10, 1};
    const auto cents = static_cast<i128>(v * scale[decimals]);
    out = negative ? -cents : cents;
    return true;
}

/// A year or a month: digits only (spaces around), at most 4.
bool parse_small_int(std::string_view s, int& out) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.empty() || s.size() > 4) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

/// Whether a file's first bytes read as UTF-8; `cut`: the sample may end inside a character.
bool sample_is_utf8(std::string_view sample, bool cut) {
    if (cut) {  // drop the last, maybe incomplete, character
        size_t back = 0;
        while (back < 3 && back < sample.size() && (static_cast<unsigned char>(sample[sample.size() - 1 - back]) & 0xC0) == 0x80)
            ++back;
        if (back < sample.size() && static_cast<unsigned char>(sample[sample.size() - 1 - back]) >= 0xC0)
            sample.remove_suffix(back + 1);
    }
    return is_utf8(sample);
}

/// The Latin-1 bytes of UTF-8 text, or nothing when a character is beyond U+00FF.
std::optional<std::string> utf8_to_latin1(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if ((c == 0xC2 || c == 0xC3) && i + 1 < s.size()) {
            out += static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(s[++i]) & 0x3F));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

/// A file that is not UTF-8 is read as Windows-1252, the superset of Latin-1 the MEF's older
/// files are written in: 0x80-0x9F are its punctuation (0x96 the en dash), not C1 controls.
std::string latin1_to_utf8(std::string_view s) {
    // Windows-1252 at 0x80-0x9F; 0 where it has no character (those bytes stay U+0080-U+009F).
    static constexpr char16_t cp1252[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) out += ch;
        else if (c < 0xA0 && cp1252[c - 0x80]) {
            char16_t u = cp1252[c - 0x80];
            if (u < 0x800) {
                out += static_cast<char>(0xC0 | (u >> 6));
            } else {
                out += static_cast<char>(0xE0 | (u >> 12));
                out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            }
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string_view trimmed(std::string_view s);

/// The rules with their words normalized (mef_text.hpp), for files of one encoding.
struct NormalizedRules {
    std::vector<SelectRules::Match> match, exclude;
};

/// Where one file's columns are, and how its rows are selected and grouped.
struct Layout {
    std::string file;
    size_t width = 0;
    size_t year = 0, month = 0, nivel = 0, key = 0, name = 0, departamento = SIZE_MAX;
    std::string key_name;  ///< the group's code column
    /// The wide layout (Gasto-Devengado): no MES_EJE, devengado in one column per month. Stages
    /// the file lacks are SIZE_MAX in `stage` and count as 0.
    bool wide = false;
    std::array<size_t, 12> devengado_month{};
    std::array<size_t, 7> stage{};
    std::vector<std::vector<size_t>> match, exclude;  ///< the columns of each rule
    std::vector<size_t> rule_columns;                 ///< every column a rule reads, once
    std::array<size_t, 3> explain{SIZE_MAX, SIZE_MAX, SIZE_MAX};  ///< goal, activity, product names, if present
    std::vector<std::pair<size_t, std::string>> text;  ///< columns kept or matched as text, with their names
    bool latin1 = false;
    size_t max_record_bytes = SIZE_MAX;
    CsvColumns read;  ///< the width and every column RowReader reads: the scanner places only those
};

/// The bad rows of one part of a file: all counted, the first few kept with their lines.
struct BadRows {
    static constexpr size_t shown = 20;
    long count = 0;
    std::vector<std::pair<long, Message>> first;  ///< line, what is wrong
    void add(long line, Message why) {
        if (++count <= static_cast<long>(shown)) first.emplace_back(line, std::move(why));
    }
};

/// What the rules make of one text of one column: worked out once per distinct text, since the
/// same goal, activity and product names repeat on thousands of rows, and normalizing and
/// searching them was the costliest part of a row.
struct TextVerdict {
    size_t first_match = SIZE_MAX;  ///< the first `match` rule that holds on this column's text
    bool excluded = false;          ///< an `exclude` rule holds on it
};

/// One thread's verdicts, per column of Layout::rule_columns, by the field's bytes. Bounded:
/// past max_bytes of texts it starts again empty, so memory does not grow with the file.
class VerdictCache {
public:
    static constexpr size_t max_bytes = 4 << 20;
    explicit VerdictCache(size_t columns) : by_column_(columns) {}

    /// The verdict of `text` in column number `j`, from `compute` the first time.
    template <class Compute>
    const TextVerdict& get(size_t j, std::string_view text, Compute&& compute) {
        auto& map = by_column_[j];
        if (auto it = map.find(text); it != map.end()) return it->second;
        if (bytes_ + text.size() + 64 > max_bytes) {
            for (auto& m : by_column_) m.clear();
            bytes_ = 0;
        }
        bytes_ += text.size() + 64;  // the text and about what a node costs
        return map.emplace(std::string(text), compute()).first->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::unordered_map<std::string, TextVerdict, Hash, std::equal_to<>>> by_column_;
    size_t bytes_ = 0;
};

/// The caches of one file's threads: a chunk's reader takes one and gives it back when it is
/// merged, so a cache outlives its chunk and the texts of the chunks before are already known.
class VerdictPool {
public:
    explicit VerdictPool(size_t columns) : columns_(columns) {}
    std::unique_ptr<VerdictCache> take() {
        std::lock_guard lock(mutex_);
        if (free_.empty()) return std::make_unique<VerdictCache>(columns_);
        auto c = std::move(free_.back());
        free_.pop_back();
        return c;
    }
    void give(std::unique_ptr<VerdictCache> c) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(c));
    }

private:
    std::mutex mutex_;
    size_t columns_;
    std::vector<std::unique_ptr<VerdictCache>> free_;
};

/// Thrown by a row of a year and month that an earlier file has: the reading of its file stops
/// there (docs/import-mef.md, "Overlapping files").
struct OverlapFound {
    int year;
    unsigned months;  ///< bit m: MES_EJE m, in the row and in an earlier file
};

/// Reads the rows of one chunk of a file into its own sums.
class RowReader final : public CsvChunkSink {
public:
    /// `earlier`: per year, the months of the files read before (nullptr: overlaps are allowed).
    RowReader(const Layout& layout, const NormalizedRules& rules, bool explain, VerdictPool& pool,
              const std::map<int, unsigned>* earlier)
        : layout_(layout), rules_(rules), explain_(explain), pool_(pool), verdicts_(pool.take()), earlier_(earlier) {}
    ~RowReader() override { pool_.give(std::move(verdicts_)); }
    RowReader(const RowReader&) = delete;
    RowReader& operator=(const RowReader&) = delete;

    void record(const std::vector<std::string_view>& fields, long line) override {
        ++rows;
        if (fields.size() != layout_.width) {
            bad.add(line, msg("import.width", fields.size(), layout_.width));
            return;
        }
        if (!layout_.latin1 && !record_is_utf8)  // names go into the model, which must be UTF-8 text
            for (const auto& [column, name] : layout_.text)
                if (!is_utf8(fields[column])) {
                    bad.add(line, msg("import.not-utf8", name));
                    return;
                }
        StageSums amounts{};
        for (size_t k = 0; k < 7; ++k)
            if (layout_.stage[k] != SIZE_MAX && !parse_cents(fields[layout_.stage[k]], amounts[k])) {
                bad.add(line, msg("import.not-amount", stage_columns[k], std::string(fields[layout_.stage[k]].substr(0, 30))));
                return;
            }
        unsigned wide_months = 1;  // the wide layout: the budget (month 0) and each month with devengado
        if (layout_.wide)
            for (size_t m = 0; m < 12; ++m) {
                i128 v = 0;
                if (!parse_cents(fields[layout_.devengado_month[m]], v)) {
                    bad.add(line, msg("import.not-amount", wide_month_columns[m],
                                      std::string(fields[layout_.devengado_month[m]].substr(0, 30))));
                    return;
                }
                amounts[5] = checked_add(amounts[5], v);
                if (v != 0) wide_months |= 1u << (m + 1);
            }
        int year = 0, month = layout_.wide ? std::bit_width(wide_months) - 1 : 0;
        if (!parse_small_int(fields[layout_.year], year) || (!layout_.wide && !parse_small_int(fields[layout_.month], month)) ||
            year < 1900 || year > 2200 || month < 0 || month > 12) {
            bad.add(line, msg("import.not-year-month", std::string(fields[layout_.year].substr(0, 30)),
                              std::string(fields[layout_.month].substr(0, 30))));
            return;
        }
        if (year != year_) {  // the year's sums, looked up again only when the year changes
            year_ = year;
            year_all_ = &sums.all_rows[year];
            year_last_ = &sums.last_month[year];
            year_months_ = &sums.months[year];
            year_earlier_ = 0;
            if (earlier_)
                if (auto it = earlier_->find(year); it != earlier_->end()) year_earlier_ = it->second;
        }
        const unsigned row_months = layout_.wide ? wide_months : 1u << month;
        if (year_earlier_ & row_months) throw OverlapFound{year, year_earlier_ & row_months};
        add_stages(*year_all_, amounts);
        *year_last_ = std::max(*year_last_, month);
        *year_months_ |= row_months;
        size_t rule = 0;
        if (!selected_row(fields, rule)) return;
        std::string_view code = trimmed(fields[layout_.key]);
        if (code.empty()) {  // an id made of nothing would name no group
            bad.add(line, msg("import.blank-key", layout_.key_name));
            return;
        }
        ++selected;
        auto [it, fresh] = sums.groups.try_emplace(std::string(code));
        GroupSums& g = it->second;
        if (fresh) {
            g.name = text(fields[layout_.name]);
            g.nivel = std::string(fields[layout_.nivel]);
            g.departamento = layout_.departamento == SIZE_MAX ? "" : text(fields[layout_.departamento]);
        }
        StageSums& in_full = g.by_year[year];  // the year is the group's even when every row of it is shared
        add_stages(rules_.match[rule].share ? g.shared[year][rule] : in_full, amounts);
        if (explain_) {
            auto name = [&](size_t c) { return c == SIZE_MAX ? std::string() : text(fields[c]); };
            ExplainLine& x = sums.explain[ExplainKey{it->first, year, name(layout_.explain[0]), name(layout_.explain[1]),
                                                     name(layout_.explain[2])}];
            if (x.rows++ == 0) x.group_name = g.name, x.rule = rule;
            add_stages(x.sums, amounts);
        }
    }

    const CsvColumns* columns() const override { return &layout_.read; }

    void oversized(long line) override {
        ++rows;
        bad.add(line, msg("import.row-too-long", layout_.max_record_bytes));
    }

    ImportSums sums;
    long rows = 0, selected = 0;
    BadRows bad;

private:
    /// Whether a rule of `match` and none of `exclude` holds; `rule`: the first that held. The
    /// first rule holding on any column is the first rule holding on the first column it holds on.
    bool selected_row(const std::vector<std::string_view>& fields, size_t& rule) {
        rule = SIZE_MAX;
        bool excluded = false;
        for (size_t j = 0; j < layout_.rule_columns.size(); ++j) {
            const size_t c = layout_.rule_columns[j];
            const TextVerdict& v = verdicts_->get(j, fields[c], [&] { return verdict(c, fields[c]); });
            rule = std::min(rule, v.first_match);
            excluded |= v.excluded;
        }
        return rule != SIZE_MAX && !excluded;
    }
    /// What the rules that read column `c` make of its text `v`.
    TextVerdict verdict(size_t c, std::string_view v) {
        bool normalized = false;
        auto holds = [&](const SelectRules::Match& m, const std::vector<size_t>& columns) {
            if (std::find(columns.begin(), columns.end(), c) == columns.end()) return false;
            for (const auto& e : m.equals)
                if (v == e) return true;
            if (m.contains.empty() && m.words.empty()) return false;
            if (!normalized) normalize_for_match(v, layout_.latin1, normalized_), normalized = true;
            for (const auto& w : m.contains)
                if (holds_phrase(normalized_, w, false)) return true;
            for (const auto& w : m.words)
                if (holds_phrase(normalized_, w, true)) return true;
            return false;
        };
        TextVerdict out;
        for (size_t r = 0; r < rules_.match.size() && out.first_match == SIZE_MAX; ++r)
            if (holds(rules_.match[r], layout_.match[r])) out.first_match = r;
        for (size_t r = 0; r < rules_.exclude.size() && !out.excluded; ++r)
            out.excluded = holds(rules_.exclude[r], layout_.exclude[r]);
        return out;
    }
    /// A name kept in the model: UTF-8, one line (a model's names hold no control character).
    /// Trimmed: the MEF pads names, and writes a blank one as " ".
    std::string text(std::string_view s) const {
        s = trimmed(s);
        return controls_as_spaces(layout_.latin1 ? latin1_to_utf8(s) : s);
    }

    const Layout& layout_;
    const NormalizedRules& rules_;
    bool explain_;
    VerdictPool& pool_;
    std::unique_ptr<VerdictCache> verdicts_;
    std::string normalized_;  ///< reused for every text a rule reads
    int year_ = -1;           ///< the year of the row before, and its sums
    StageSums* year_all_ = nullptr;
    int* year_last_ = nullptr;
    unsigned* year_months_ = nullptr;
    const std::map<int, unsigned>* earlier_;
    unsigned year_earlier_ = 0;  ///< the months of year_ in the earlier files
};

/// UTF-16 text (a spreadsheet's "Unicode text"): a UTF-16 byte-order mark, or ASCII letters
/// interleaved with NUL bytes in the first bytes.
bool looks_utf16(std::string_view head) {
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return true;
    size_t pairs = std::min<size_t>(head.size() / 2, 32), nul_halves = 0;
    for (size_t i = 0; i < pairs; ++i)
        if ((head[2 * i] == '\0') != (head[2 * i + 1] == '\0')) ++nul_halves;
    return pairs >= 4 && nul_halves == pairs;
}

/// Refuses a file named twice (also through a symlink or a hard link: the same device and
/// inode): its rows would be summed twice. Names both arguments.
[[nodiscard]] bool distinct_inputs(const std::vector<std::string>& files, Diagnostics& d) {
    std::map<std::pair<dev_t, ino_t>, size_t> seen;  // the file -> its first argument
    bool ok = true;
    for (size_t i = 0; i < files.size(); ++i) {
        struct stat st {};
        if (::stat(files[i].c_str(), &st) != 0) continue;  // reported when it is read
        auto [it, fresh] = seen.emplace(std::pair{st.st_dev, st.st_ino}, i);
        if (fresh) continue;
        d.error({files[i], 0, 0}, msg("import.same-file", files[it->second], it->second + 1, i + 1));
        ok = false;
    }
    return ok;
}

/// A header name trimmed of spaces (some files pad them).
std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

/// Today's name of a column older MEF files name otherwise (the data dictionaries of 2012-2022).
std::string current_column_name(std::string_view name) {
    static const std::pair<std::string_view, std::string_view> older[] = {
        {"TIPO_GOBIERNO", "NIVEL_GOBIERNO"},           {"TIPO_GOBIERNO_NOMBRE", "NIVEL_GOBIERNO_NOMBRE"},
        {"FUENTE_FINANC", "FUENTE_FINANCIAMIENTO"},    {"FUENTE_FINANC_NOMBRE", "FUENTE_FINANCIAMIENTO_NOMBRE"},
        {"CATEG_GASTO", "CATEGORIA_GASTO"},            {"CATEG_GASTO_NOMBRE", "CATEGORIA_GASTO_NOMBRE"},
        {"MONTO_DEVENGADO_SEPTIEMBRE", "MONTO_DEVENGADO_SETIEMBRE"}};  // Peru writes SETIEMBRE; some loaders not
    for (const auto& [old_name, current] : older)
        if (name == old_name) return std::string(current);
    return std::string(name);
}

NormalizedRules normalized_rules(const SelectRules& rules, bool latin1) {
    NormalizedRules n{rules.match, rules.exclude};
    for (auto* list : {&n.match, &n.exclude})
        for (auto& m : *list)
            for (auto* words : {&m.contains, &m.words}) {
                std::vector<std::string> done;
                for (const auto& w : *words) {
                    // In a Latin-1 file a word is compared in Latin-1; one with a character Latin-1
                    // lacks can match nothing there.
                    auto bytes = latin1 ? utf8_to_latin1(w) : std::optional<std::string>(w);
                    if (!bytes) continue;
                    normalize_for_match(*bytes, latin1, done.emplace_back());
                }
                *words = std::move(done);
            }
    return n;
}

/// Refuses file `b` when it shares a year and month (MES_EJE) with a file before it: a monthly and
/// a daily file of one year, or two slices cut across a month, would sum those months twice.
void refuse_overlaps(const std::vector<std::string>& files, size_t b, const std::vector<std::map<int, unsigned>>& months,
                     Diagnostics& d) {
    for (size_t a = 0; a < b; ++a)
        for (const auto& [year, mask] : months[b]) {
            auto it = months[a].find(year);
            unsigned both = it == months[a].end() ? 0 : it->second & mask;
            if (!both) continue;
            std::string list;
            for (int m = 0; m <= 12; ++m)
                if (both >> m & 1u) list += (list.empty() ? "" : ", ") + std::to_string(m);
            d.error({files[b], 0, 0}, msg("import.overlap", year, list, files[a]));
        }
}

/// The columns of the header row; false (with errors in `d`) when some are missing.
[[nodiscard]] bool read_layout(const std::vector<std::string_view>& header, const SelectRules& rules, Layout& l, Diagnostics& d) {
    std::unordered_map<std::string, size_t> column;
    std::set<std::string> repeated;
    for (size_t i = 0; i < header.size(); ++i) {
        auto [it, fresh] = column.emplace(current_column_name(trimmed(header[i])), i);
        if (!fresh) repeated.insert(it->first);
    }
    if (header.size() == 1)
        for (char sep : {';', '|', '\t'})
            if (header[0].find(sep) != std::string_view::npos) {
                d.error({l.file, 1, 1}, msg("import.one-column", sep == '\t' ? std::string("\\t") : std::string(1, sep)));
                return false;
            }
    l.width = header.size();
    bool ok = true;
    auto need = [&](const std::string& c) -> size_t {
        auto it = column.find(c);
        if (it != column.end() && repeated.count(c)) {
            d.error({l.file, 1, 1}, msg("import.column-twice", c));
            ok = false;
        }
        if (it != column.end()) return it->second;
        d.error({l.file, 1, 1}, msg("import.no-column", c));
        ok = false;
        return 0;
    };
    l.year = need("ANO_EJE");
    l.nivel = need("NIVEL_GOBIERNO");
    l.wide = !column.count("MES_EJE") && column.count(wide_month_columns[0]);
    if (l.wide) {
        for (size_t m = 0; m < 12; ++m) l.devengado_month[m] = need(wide_month_columns[m]);
        for (size_t k = 0; k < 7; ++k) {
            auto it = column.find(stage_columns[k]);
            l.stage[k] = k == 5 || it == column.end() ? SIZE_MAX : it->second;  // devengado: the months' sum
        }
    } else {
        l.month = need("MES_EJE");
        for (size_t k = 0; k < 7; ++k) l.stage[k] = need(stage_columns[k]);
    }
    const std::string key = rules.group_by == "pliego"           ? "PLIEGO"
                          : rules.group_by == "ejecutora"        ? "EJECUTORA"
                          : rules.group_by == "nivel-gobierno"   ? "NIVEL_GOBIERNO"
                                                                 : "DEPARTAMENTO_EJECUTORA";
    l.key = need(key);
    l.name = need(key + "_NOMBRE");
    // An executing unit's number (SEC_EJEC) is unique in the country; EJECUTORA only within its pliego.
    if (rules.group_by == "ejecutora") l.key = need("SEC_EJEC");
    l.key_name = rules.group_by == "ejecutora" ? "SEC_EJEC" : key;
    if (column.count("DEPARTAMENTO_EJECUTORA_NOMBRE")) l.departamento = column["DEPARTAMENTO_EJECUTORA_NOMBRE"];
    std::vector<size_t> text_columns;
    for (auto [rules_of, columns_of] : {std::pair{&rules.match, &l.match}, std::pair{&rules.exclude, &l.exclude}})
        for (const auto& m : *rules_of) {
            columns_of->emplace_back();
            for (const auto& c : m.columns) text_columns.push_back(columns_of->back().emplace_back(need(current_column_name(c))));
        }
    for (size_t c : text_columns)
        if (std::find(l.rule_columns.begin(), l.rule_columns.end(), c) == l.rule_columns.end()) l.rule_columns.push_back(c);
    const char* explained[] = {"META_NOMBRE", "ACTIVIDAD_ACCION_OBRA_NOMBRE", "PRODUCTO_PROYECTO_NOMBRE"};
    for (size_t k = 0; k < 3; ++k)
        if (auto it = column.find(explained[k]); it != column.end()) text_columns.push_back(l.explain[k] = it->second);
    text_columns.push_back(l.name);
    if (l.departamento != SIZE_MAX) text_columns.push_back(l.departamento);
    for (size_t c : text_columns)
        if (std::find_if(l.text.begin(), l.text.end(), [&](const auto& t) { return t.first == c; }) == l.text.end())
            l.text.emplace_back(c, std::string(header[c]));
    l.read.width = l.width;
    std::vector<size_t>& read = l.read.wanted;
    read = {l.year, l.month, l.nivel, l.key, l.name};
    if (l.departamento != SIZE_MAX) read.push_back(l.departamento);
    for (size_t c : l.stage)
        if (c != SIZE_MAX) read.push_back(c);
    if (l.wide) read.insert(read.end(), l.devengado_month.begin(), l.devengado_month.end());
    for (const auto& [c, name] : l.text) read.push_back(c);
    for (size_t c : l.explain)
        if (c != SIZE_MAX) read.push_back(c);
    std::sort(read.begin(), read.end());
    read.erase(std::unique(read.begin(), read.end()), read.end());
    return ok;
}

}  // namespace

Model import_mef(const std::vector<std::string>& files, const SelectRules& rules, const ImportOptions& options,
                 Diagnostics& d, ImportReport& report) {
    const NormalizedRules utf8_rules = normalized_rules(rules, false), latin1_rules = normalized_rules(rules, true);
    CsvParallelOptions parallel;
    parallel.chunk_bytes = options.chunk_bytes;
    parallel.threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    parallel.max_record_bytes = options.max_record_bytes;
    parallel.mapped_fault_text = options.mapped_fault_text;
    ImportSums sums;
    long bad_shown = 0;
    std::vector<std::map<int, unsigned>> file_months(files.size());  // per file: per year, the months seen

    if (!distinct_inputs(files, d)) return {};
    for (size_t file_index = 0; file_index < files.size(); ++file_index) {
        const std::string& file = files[file_index];
        if (!check_input_path(file, "a MEF CSV file", d)) continue;
        Layout layout;
        layout.file = file;
        layout.max_record_bytes = options.max_record_bytes;
        unsigned long long data_start = 0;
        long data_line = 0;
        {
            CsvStream in(file, options.max_record_bytes);
            std::vector<std::string_view> header;
            bool has_header = in.next(header);
            if (in.error()) {
                d.error({file, 0, 0}, read_failure(in.error()));
                continue;
            }
            if (in.too_long()) {
                d.error({file, 1, 1}, msg("import.header-too-long", options.max_record_bytes));
                continue;
            }
            if (!has_header) {
                d.error({file, 1, 1}, msg("import.empty"));
                continue;
            }
            if (looks_utf16(in.first_bytes())) {
                d.error({file, 1, 1}, msg("import.utf16"));
                continue;
            }
            layout.latin1 = options.encoding == Encoding::latin1 ||
                            (options.encoding == Encoding::automatic &&
                             !sample_is_utf8(in.first_bytes(), in.first_bytes().size() == CsvStream::sample_bytes));
            report.encodings.push_back(layout.latin1 ? "latin-1" : "utf-8");
            if (!read_layout(header, rules, layout, d)) continue;
            data_start = in.offset();
            data_line = in.next_line();
        }
        if (d.has_errors()) continue;
        const auto& normalized = layout.latin1 ? latin1_rules : utf8_rules;
        VerdictPool verdicts(layout.rule_columns.size());
        std::map<int, unsigned> earlier;  // the months of the files before: a row of one of them stops the reading
        for (size_t a = 0; a < file_index; ++a)
            for (const auto& [year, mask] : file_months[a]) earlier[year] |= mask;
        auto make = [&] {
            return std::make_unique<RowReader>(layout, normalized, options.explain, verdicts,
                                               options.allow_overlap ? nullptr : &earlier);
        };
        auto merge = [&](CsvChunkSink& sink, long first_line) {
            auto& part = static_cast<RowReader&>(sink);
            sums.add(part.sums, file_index);
            for (const auto& [year, mask] : part.sums.months) file_months[file_index][year] |= mask;
            report.rows += part.rows;
            report.selected += part.selected;
            report.bad += part.bad.count;
            for (const auto& [line, why] : part.bad.first) {
                if (bad_shown++ >= static_cast<long>(BadRows::shown)) break;
                Location where{file, static_cast<int>(first_line + line), 1};
                if (options.skip_bad_rows) d.warning(where, msg("import.row-skipped", why));
                else d.error(where, why);
            }
        };
        try {
            read_csv_parallel(file, data_start, data_line, parallel, make, merge);
        } catch (const InputError& e) {
            d.error(e.where().value_or(Location{file, 0, 0}), e.message());
        } catch (const OverlapFound& o) {
            file_months[file_index][o.year] |= o.months;  // refused below, the rest of the file unread
        }
        if (!options.allow_overlap) refuse_overlaps(files, file_index, file_months, d);
    }
    if (d.has_errors()) return {};
    report.explain = std::move(sums.explain);
    return build_imported_model(sums, rules, files, d);
}

}  // namespace veedor
