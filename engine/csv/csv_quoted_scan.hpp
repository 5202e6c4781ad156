// The body of scan_quoted_columns (csv_scan.hpp), and the classification of 64 bytes the general
// scanner uses too,, included twice by csv_scan.cpp: once for the
// x86-64 baseline and once under `#pragma GCC target("avx2")`, in the namespace
// VEEDOR_QUOTED_NAMESPACE. Not a header to include anywhere else (hence no include guard).

namespace veedor::VEEDOR_QUOTED_NAMESPACE {
namespace {

/// Bit i of each mask says what byte i of a 64-byte block is.
struct QuotedMasks {
    uint64_t quote, comma, lf, cr;
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
    return {bits(quote), bits(comma), bits(lf), bits(cr)};
#elif defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    QuotedMasks m{0, 0, 0, 0};
    for (int i = 0; i < 4; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        auto bits = [&](__m128i c) {
            return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << (16 * i);
        };
        m.quote |= bits(quote);
        m.comma |= bits(comma);
        m.lf |= bits(lf);
        m.cr |= bits(cr);
    }
    return m;
#else
    QuotedMasks m{0, 0, 0, 0};
    for (int i = 0; i < 64; ++i) {
        const uint64_t bit = uint64_t(1) << i;
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

bool scan_quoted_columns(std::string_view buf, size_t pos, const CsvColumns& columns, std::vector<std::string_view>& fields,
                         size_t& next) {
    const char* data = buf.data();
    if (pos >= buf.size() || data[pos] != '"' || fields.size() != columns.width) return false;
    const std::vector<size_t>& wanted = columns.wanted;
    size_t wi = 0, next_wanted = wanted.empty() ? SIZE_MAX : wanted[0];
    uint64_t prev_quote = 0, prev_comma = 0, prev_open = 0;  // the block before: its top bits reach into this one
    bool cr_last = false;                                     // the block before ended with a CR
    uint64_t quotes = 0;
    size_t k = 0;               // the field being read: separators seen so far
    size_t start = pos + 1;     // where field k's text starts, when k is wanted
    size_t last_open = pos;     // the last separator's second quote
    for (size_t base = pos; base < buf.size(); base += 64) {
        const size_t avail = buf.size() - base;
        const char* p = data + base;
        alignas(32) char tail[64];
        if (avail < 64) {
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, avail);
            p = tail;
        }
        const QuotedMasks m = classify_block(p);
        const uint64_t in_line = m.lf ? (uint64_t(1) << std::countr_zero(m.lf)) - 1 : ~uint64_t(0);
        const uint64_t quote = m.quote & in_line, comma = m.comma & in_line, cr = m.cr & in_line;
        uint64_t open = quote & ((comma << 1) | (prev_comma >> 63)) & ((quote << 2) | (prev_quote >> 62));
        // `","` at the start, or two separators sharing a quote (`",","`): not the simple form.
        if ((open & ((open << 2) | (prev_open >> 62))) || (base == pos && (open & 4))) return false;
        prev_open = open;
        if (open) last_open = base + 63 - static_cast<size_t>(std::countl_zero(open));
        quotes += ones(quote);
        while (open) {
            if (k + 1 < next_wanted) {  // separators before the next wanted field: counted, not placed
                const size_t skip = next_wanted - 1 - k, here = ones(open);
                if (here <= skip) {
                    k += here;
                    break;
                }
                for (size_t i = 0; i < skip; ++i) open &= open - 1;
                k += skip;
                continue;
            }
            const size_t o = base + static_cast<size_t>(std::countr_zero(open));
            open &= open - 1;
            if (k == next_wanted) {
                fields[k] = std::string_view(data + start, o - 2 - start);
                next_wanted = ++wi < wanted.size() ? wanted[wi] : SIZE_MAX;
            }
            ++k;
            start = o + 1;
        }
        if (!m.lf) {
            if (cr_last || (cr & ~(uint64_t(1) << 63))) return false;
            cr_last = cr != 0;
            prev_quote = quote;
            prev_comma = comma;
            continue;
        }
        const unsigned e = static_cast<unsigned>(std::countr_zero(m.lf));
        const bool crlf = e == 0 ? cr_last : (cr >> (e - 1)) & 1;
        if ((cr_last && e != 0) || (e > 0 && (cr & ~(uint64_t(1) << (e - 1))))) return false;
        const size_t end = base + e - (crlf ? 1 : 0);
        if (end < last_open + 2 || data[end - 1] != '"' || quotes != 2 + 2 * k || k + 1 != columns.width) return false;
        if (k == next_wanted) fields[k] = std::string_view(data + start, end - 1 - start);
        next = base + e + 1;
        return true;
    }
    return false;
}

}  // namespace veedor::VEEDOR_QUOTED_NAMESPACE
