// The body of scan_quoted_columns (csv_scan.hpp), and the classification of 64 bytes the general
// scanner uses too,, included twice by csv_scan.cpp: once for the
// x86-64 baseline and once under `#pragma GCC target("avx2")`, in the namespace
// VEEDOR_QUOTED_NAMESPACE. Not a header to include anywhere else (hence no include guard).

namespace veedor::VEEDOR_QUOTED_NAMESPACE {
namespace {

/// Bit i of each mask says what byte i of a 64-byte block is.
struct QuotedMasks {
    uint64_t quote, comma, lf, cr, high;  ///< high: a byte above 0x7F
};

[[gnu::always_inline]] inline QuotedMasks classify_block(const char* p) {
#if defined(VEEDOR_QUOTED_AVX2)
    const __m256i quote = _mm256_set1_epi8('"'), comma = _mm256_set1_epi8(','), lf = _mm256_set1_epi8('\n'),
                  cr = _mm256_set1_epi8('\r');
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)),
                  b = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    auto bits = [&](__m256i c) {
        return static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, c)))) |
               static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, c)))) << 32;
    };
    const uint64_t high = static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(a))) |
                          static_cast<uint64_t>(static_cast<uint32_t>(_mm256_movemask_epi8(b))) << 32;
    return {bits(quote), bits(comma), bits(lf), bits(cr), high};
#elif defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    QuotedMasks m{0, 0, 0, 0, 0};
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        auto bits = [&](__m128i c) {
            return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << (16 * i);
        };
        m.high |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(v))) << (16 * i);
        m.quote |= bits(quote);
        m.comma |= bits(comma);
        m.lf |= bits(lf);
        m.cr |= bits(cr);
    }
    return m;
#else
    QuotedMasks m{0, 0, 0, 0, 0};
    for (int i = 0; i < 64; ++i) {
        const uint64_t bit = uint64_t(1) << i;
        if (static_cast<unsigned char>(p[i]) > 0x7F) m.high |= bit;
        if (p[i] == '"') m.quote |= bit;
        else if (p[i] == ',') m.comma |= bit;
        else if (p[i] == '\n') m.lf |= bit;
        else if (p[i] == '\r') m.cr |= bit;
    }
    return m;
#endif
}

/// Set bits of `x`: the POPCNT instruction under AVX2; else without a library call (the x86-64
/// baseline has no POPCNT).
[[gnu::always_inline]] inline uint64_t ones(uint64_t x) {
#if defined(VEEDOR_QUOTED_AVX2)
    return static_cast<uint64_t>(__builtin_popcountll(x));
#else
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (x * 0x0101010101010101ULL) >> 56;
#endif
}

}  // namespace

/// Bit i of the result is the XOR of bits 0..i: set from an opening quote up to (not including)
/// its closing quote.
[[gnu::always_inline]] inline uint64_t inside_quotes(uint64_t x) {
#if defined(VEEDOR_QUOTED_AVX2)
    // A carry-less multiplication by all ones is the prefix XOR (PCLMULQDQ comes with AVX2 machines).
    return static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_clmulepi64_si128(_mm_set_epi64x(0, static_cast<long long>(x)),
                                                                        _mm_set1_epi8(static_cast<char>(0xFF)), 0)));
#else
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
#endif
}

/// Whether the characters that start at the bytes above 0x7F of a block (bit i of `high`: byte
/// base + i of `data`, which holds `size` bytes) are UTF-8; `checked`: where the bytes not yet
/// known to be part of a valid character start, moved past each one found. A character may run
/// into the next block: its continuation bytes there are below `checked`, so not looked at again.
[[gnu::always_inline]] inline bool high_bytes_are_utf8(const char* data, size_t size, size_t base, uint64_t high, size_t& checked) {
    for (; high; high &= high - 1) {
        const size_t at = base + static_cast<size_t>(std::countr_zero(high));
        if (at < checked) continue;
        const size_t n = utf8_length(std::string_view(data, size), at);
        if (n == 0) return false;
        checked = at + n;
    }
    return true;
}

/// The field [a, b) of `data` as the general scanner gives it: a field that begins and ends with a
/// quote loses them (its "" are undone at the end of the record).
[[gnu::always_inline]] inline std::string_view field_text(const char* data, size_t a, size_t b) {
    if (b - a >= 2 && data[a] == '"' && data[b - 1] == '"') return {data + a + 1, b - a - 2};
    return {data + a, b - a};
}

bool scan_quoted_columns(std::string_view buf, size_t pos, const CsvColumns& columns, std::vector<std::string_view>& fields,
                         size_t& next, std::string& unescaped, bool& utf8) {
    const char* data = buf.data();
    bool valid = true;     // the bytes above 0x7F seen so far are UTF-8
    size_t checked = pos;  // the bytes before this are known to be UTF-8
    if (pos >= buf.size() || fields.size() != columns.width) return false;
    const std::vector<size_t>& wanted = columns.wanted;
    size_t wi = 0, next_wanted = wanted.empty() ? SIZE_MAX : wanted[0];
    uint64_t inside_carry = 0;  // all ones when the block before ended inside quotes
    bool cr_last = false;       // the block before ended with a CR
    uint64_t doubled = 0, closing_carry = 0;  // a quote right after a closing quote: "" inside a quoted field
    size_t k = 0;           // the field being read: separators seen so far
    size_t start = pos;     // where field k starts, when k is wanted
    for (size_t base = pos; base < buf.size(); base += 64) {
        const size_t avail = buf.size() - base;
        const char* p = data + base;
        alignas(32) char tail[64];
        if (avail < 64) {  // the last, short block: padded with bytes that mean nothing
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, avail);
            p = tail;
        }
        const QuotedMasks m = classify_block(p);
        const uint64_t inside = inside_quotes(m.quote) ^ inside_carry;
        inside_carry = uint64_t(0) - (inside >> 63);
        const uint64_t ends = m.lf & ~inside;
        const uint64_t in_line = ends ? (uint64_t(1) << std::countr_zero(ends)) - 1 : ~uint64_t(0);
        // A line end inside quotes: the line numbers are the general scanner's business.
        if ((m.lf | m.cr) & inside & in_line) return false;
        const uint64_t cr = m.cr & in_line, quote = m.quote & in_line;
        // Only a block with a byte above 0x7F is looked at again (no block of an ASCII record is).
        if (const uint64_t high = m.high & in_line; high && valid) valid = high_bytes_are_utf8(data, buf.size(), base, high, checked);
        const uint64_t closing = quote & ~inside;
        doubled |= ((closing << 1) | closing_carry) & quote;
        closing_carry = closing >> 63;
        uint64_t seps = m.comma & ~inside & in_line;
        while (seps) {
            if (k + 1 < next_wanted) {  // separators before the next wanted field: counted, not placed
                const size_t skip = next_wanted - 1 - k, here = ones(seps);
                if (here <= skip) {
                    k += here;
                    break;
                }
                for (size_t i = 0; i < skip; ++i) seps &= seps - 1;
                k += skip;
                continue;
            }
            const size_t cut = base + static_cast<size_t>(std::countr_zero(seps));
            seps &= seps - 1;
            if (k == next_wanted) {
                fields[k] = field_text(data, start, cut);
                next_wanted = ++wi < wanted.size() ? wanted[wi] : SIZE_MAX;
            }
            ++k;
            start = cut + 1;
        }
        if (!ends) {  // a CR is allowed only right before the LF
            if (cr_last || (cr & ~(uint64_t(1) << 63))) return false;
            cr_last = cr != 0;
            continue;
        }
        const unsigned e = static_cast<unsigned>(std::countr_zero(ends));
        const bool crlf = e == 0 ? cr_last : (cr >> (e - 1)) & 1;
        if ((cr_last && e != 0) || (e > 0 && (cr & ~(uint64_t(1) << (e - 1))))) return false;
        const size_t end = base + e - (crlf ? 1 : 0);
        if (end == pos || k + 1 != columns.width) return false;  // a blank line, or another width
        if (k == next_wanted) fields[k] = field_text(data, start, end);
        if (doubled) {  // a "" inside a quoted field: undone as the general scanner does
            unescaped.clear();
            unescaped.reserve(end - pos);  // views into it must not move
            for (size_t c : wanted) {
                std::string_view& f = fields[c];
                if (f.data() == data + pos || f.data()[-1] != '"' || f.find('"') == std::string_view::npos) continue;
                const size_t at = unescaped.size();
                for (size_t i = 0; i < f.size(); ++i) {
                    unescaped += f[i];
                    if (f[i] == '"' && i + 1 < f.size() && f[i + 1] == '"') ++i;
                }
                f = std::string_view(unescaped.data() + at, unescaped.size() - at);
            }
        }
        next = base + e + 1;
        utf8 = valid;
        return true;
    }
    return false;  // no line end in `buf`
}

}  // namespace veedor::VEEDOR_QUOTED_NAMESPACE
