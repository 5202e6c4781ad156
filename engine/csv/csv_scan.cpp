#include "csv/csv_scan.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

// The fast path, compiled twice: for the x86-64 baseline (SSE2) and for AVX2, chosen once at run time.
#define VEEDOR_QUOTED_NAMESPACE quoted_baseline
#include "csv/csv_quoted_scan.hpp"
#undef VEEDOR_QUOTED_NAMESPACE
// The AVX2 copy needs GCC's `#pragma GCC target`; clang (the sanitizer build) ignores that pragma
// and refuses the AVX2 intrinsics, so a clang build keeps the baseline copy only.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define VEEDOR_QUOTED_HAS_AVX2 1
#pragma GCC push_options
#pragma GCC target("avx2,popcnt,bmi,pclmul")
#define VEEDOR_QUOTED_NAMESPACE quoted_avx2
#define VEEDOR_QUOTED_AVX2 1
#include "csv/csv_quoted_scan.hpp"
#undef VEEDOR_QUOTED_AVX2
#undef VEEDOR_QUOTED_NAMESPACE
#pragma GCC pop_options
#endif

namespace veedor {

namespace {

using Masks = quoted_baseline::QuotedMasks;

/// What each of 64 bytes is (the x86-64 baseline's code, shared with the fast path).
Masks classify(const char* p) { return quoted_baseline::classify_block(p); }

/// Bit i of the result is the XOR of bits 0..i: set from an opening quote up to (not including)
/// its closing quote.
uint64_t prefix_xor(uint64_t x) { return quoted_baseline::inside_quotes(x); }

/// Bits 0..n-1 (n <= 64).
uint64_t low_bits(unsigned n) { return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1; }

/// Set bits, one loop turn each: line ends inside a record are rare, and std::popcount is a
/// library call on x86-64 machines without POPCNT in the baseline.
long count_bits(uint64_t x) {
    long n = 0;
    for (; x; x &= x - 1) ++n;
    return n;
}

/// Line ends among the first `n` bytes of a block: each LF, and each CR not followed by LF (a CRLF
/// is one), as editors count them. `cr_carry`: the block before ended with a CR.
long line_ends(const Masks& m, unsigned n, uint64_t cr_carry) {
    uint64_t lf = m.lf & low_bits(n), cr = m.cr & low_bits(n);
    return count_bits(lf) + count_bits(cr) - count_bits(lf & ((cr << 1) | cr_carry));
}

/// A field's text without its outer quotes, when it has both (unescaped later, if need be).
std::string_view strip_quotes(const char* data, size_t begin, size_t end) {
    if (end - begin >= 2 && data[begin] == '"' && data[end - 1] == '"') return {data + begin + 1, end - begin - 2};
    return {data + begin, end - begin};
}

/// The fields that lost their quotes (the byte before them is the opening quote) get "" -> ".
void unescape_doubled_quotes(const char* record, std::vector<std::string_view>& fields, std::string& unescaped) {
    for (std::string_view& f : fields) {
        if (f.data() == record || f.data()[-1] != '"' || f.find('"') == std::string_view::npos) continue;
        size_t at = unescaped.size();
        for (size_t k = 0; k < f.size(); ++k) {
            unescaped += f[k];
            if (f[k] == '"' && k + 1 < f.size() && f[k + 1] == '"') ++k;
        }
        f = std::string_view(unescaped.data() + at, unescaped.size() - at);
    }
}

}  // namespace

CsvScan scan_csv_record(std::string_view buf, size_t pos, bool at_eof, std::vector<std::string_view>& fields,
                        std::string& unescaped) {
    fields.clear();
    unescaped.clear();
    CsvScan out;
    if (pos >= buf.size()) {
        out.status = at_eof ? CsvScan::end : CsvScan::need_more;
        return out;
    }
    const char* data = buf.data();
    uint64_t inside_carry = 0;  // all ones when the previous block ended inside quotes
    bool doubled = false;       // a quote right after a closing quote: "" inside a quoted field
    uint64_t closing_carry = 0;
    uint64_t cr_carry = 0;  // the previous block ended with a CR (inside quotes)
    size_t record_end = 0, field_start = pos;
    bool found_end = false;
    for (size_t base = pos; base < buf.size(); base += 64) {
        size_t avail = buf.size() - base;
        const char* p = data + base;
        alignas(16) char tail[64];
        if (avail < 64) {  // the last, short block: pad it with bytes that mean nothing
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, avail);
            p = tail;
        }
        Masks m = classify(p);
        uint64_t inside = prefix_xor(m.quote) ^ inside_carry;
        uint64_t closing = m.quote & ~inside;  // an empty field "" has its second quote here too, but
        doubled |= ((closing << 1) | closing_carry) & m.quote;  // is not followed by a quote
        closing_carry = closing >> 63;
        inside_carry = uint64_t(0) - (inside >> 63);
        uint64_t seps = m.comma & ~inside;
        uint64_t ends = (m.lf | m.cr) & ~inside & low_bits(static_cast<unsigned>(std::min<size_t>(avail, 64)));
        if (ends) {
            unsigned e = static_cast<unsigned>(std::countr_zero(ends));
            seps &= low_bits(e);
            out.newlines += line_ends(m, e, cr_carry);
            record_end = base + e;
            found_end = true;
        } else {
            out.newlines += line_ends(m, static_cast<unsigned>(std::min<size_t>(avail, 64)), cr_carry);
        }
        cr_carry = m.cr >> 63;
        for (; seps; seps &= seps - 1) {
            size_t cut = base + static_cast<size_t>(std::countr_zero(seps));
            fields.push_back(strip_quotes(data, field_start, cut));
            field_start = cut + 1;
        }
        if (found_end) break;
    }
    if (found_end) {
        out.next = record_end + 1;
        ++out.newlines;
        if (data[record_end] == '\r') {  // CR: is it CRLF? Look at the next byte, reading more when needed.
            if (record_end + 1 < buf.size()) {
                if (data[record_end + 1] == '\n') ++out.next;
            } else if (!at_eof) {
                out.status = CsvScan::need_more;
                return out;
            }
        }
    } else if (at_eof) {
        record_end = buf.size();  // no line end after the last record, or an unclosed quote
        out.next = buf.size();
    } else {
        out.status = CsvScan::need_more;
        return out;
    }
    fields.push_back(strip_quotes(data, field_start, record_end));
    if (doubled) {
        unescaped.reserve(record_end - pos);  // views into it must not move
        unescape_doubled_quotes(data + pos, fields, unescaped);
    }
    out.status = CsvScan::record;
    return out;
}

}  // namespace veedor

namespace veedor {

bool scan_quoted_columns(std::string_view buf, size_t pos, const CsvColumns& columns, std::vector<std::string_view>& fields,
                         size_t& next, std::string& unescaped, bool& utf8) {
#if defined(VEEDOR_QUOTED_HAS_AVX2)
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("pclmul");
    if (avx2) return quoted_avx2::scan_quoted_columns(buf, pos, columns, fields, next, unescaped, utf8);
#endif
    return quoted_baseline::scan_quoted_columns(buf, pos, columns, fields, next, unescaped, utf8);
}

}  // namespace veedor
