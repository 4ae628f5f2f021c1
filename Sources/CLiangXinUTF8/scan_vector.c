#include "liangxin_utf8.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

// Keiser and Lemire, "Validating UTF-8 in less than one instruction per byte" (2021), as in
// simdjson: three table lookups classify each byte with the one before it; a byte two or three
// after a three- or four-byte lead must be a continuation. The tables' bits name the errors.
#define TOO_SHORT (1 << 0)
#define TOO_LONG (1 << 1)
#define OVERLONG_3 (1 << 2)
#define TOO_LARGE (1 << 3)
#define SURROGATE (1 << 4)
#define OVERLONG_2 (1 << 5)
#define TOO_LARGE_1000 (1 << 6)
#define OVERLONG_4 (1 << 6)
#define TWO_CONTS (1 << 7)
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

/// What each byte says about the errors it may take part in: by the high nibble of the byte
/// before, by its low nibble, and by the high nibble of the byte itself.
static const uint8_t byte_1_high_table[16] = {
    TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TWO_CONTS, TWO_CONTS,
    TWO_CONTS, TWO_CONTS, TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
    TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4};
static const uint8_t byte_1_low_table[16] = {
    CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, CARRY | OVERLONG_2, CARRY, CARRY, CARRY | TOO_LARGE,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE, CARRY | TOO_LARGE | TOO_LARGE_1000,
    CARRY | TOO_LARGE | TOO_LARGE_1000};
static const uint8_t byte_2_high_table[16] = {
    TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE, TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE,
    TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT};

/// Ones then zeros: loaded from `ones_then_zeros + 32 - n`, the first `n` lanes are 0xFF and
/// the others zero (for the bytes of a block that lie before the end).
static const uint8_t ones_then_zeros[64] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

/// Zeros then ones: loaded from `zeros_then_ones_32 + 32 - n`, the first `n` lanes are zero.
static const uint8_t zeros_then_ones_32[64] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

/// The bytes of a string's block and the three before each.
typedef struct {
    __m128i bytes, back1, back2, back3;
} block;

/// Zeros then ones: loaded from `zeros_then_ones + 16 - n`, the first `n` lanes are zero.
static const uint8_t zeros_then_ones[32] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};

/// The bytes before `string_start` that lane `j` bytes back would see, as zeros (a zero is not
/// a lead, so it expects nothing).
__attribute__((target("ssse3"))) static __m128i hide_before(__m128i back, ptrdiff_t inside, ptrdiff_t j) {
    ptrdiff_t hidden = j - inside;
    if (hidden <= 0) return back;
    return _mm_and_si128(back, _mm_loadu_si128((const __m128i *)(zeros_then_ones + 16 - hidden)));
}

/// The block at `p` and the three bytes before each, as a string starting at `string_start`
/// sees them (the bytes before it hidden, those from `end` on read as zeros). The caller
/// guarantees that the three bytes before `string_start` and the sixteen after `end` can be
/// read (``lx_scan_string_run`` asks for more).
__attribute__((target("ssse3"))) static block load_block(const uint8_t *string_start, const uint8_t *p, const uint8_t *end) {
    block b;
    ptrdiff_t inside = p - string_start;
    b.bytes = _mm_loadu_si128((const __m128i *)p);
    if (end - p < 16) {
        // Past the end, zeros: they stop the scan, and no sequence may run into them.
        b.bytes = _mm_and_si128(b.bytes, _mm_loadu_si128((const __m128i *)(ones_then_zeros + 32 - (end - p))));
    }
    b.back1 = _mm_loadu_si128((const __m128i *)(p - 1));
    b.back2 = _mm_loadu_si128((const __m128i *)(p - 2));
    b.back3 = _mm_loadu_si128((const __m128i *)(p - 3));
    if (inside < 3) {
        b.back1 = hide_before(b.back1, inside, 1);
        b.back2 = hide_before(b.back2, inside, 2);
        b.back3 = hide_before(b.back3, inside, 3);
    }
    return b;
}

/// Lanes (one bit each) that break UTF-8.
__attribute__((target("ssse3"))) static unsigned broken_lanes(block b) {
    const __m128i low_nibble = _mm_set1_epi8(0x0F);
    __m128i byte_1_high = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)byte_1_high_table), _mm_and_si128(_mm_srli_epi16(b.back1, 4), low_nibble));
    __m128i byte_1_low = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)byte_1_low_table), _mm_and_si128(b.back1, low_nibble));
    __m128i byte_2_high = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)byte_2_high_table), _mm_and_si128(_mm_srli_epi16(b.bytes, 4), low_nibble));
    __m128i special = _mm_and_si128(_mm_and_si128(byte_1_high, byte_1_low), byte_2_high);
    // A third or fourth byte (two after E0–FF, three after F0–FF) must be a continuation.
    __m128i third = _mm_subs_epu8(b.back2, _mm_set1_epi8((char)(0xE0 - 0x80)));
    __m128i fourth = _mm_subs_epu8(b.back3, _mm_set1_epi8((char)(0xF0 - 0x80)));
    __m128i must_continue = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
    __m128i error = _mm_xor_si128(must_continue, special);
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) ^ 0xFFFFu;
}

int lx_has_ssse3(void) {
    static int known = -1;
    if (known < 0) known = __builtin_cpu_supports("ssse3") && __builtin_cpu_supports("popcnt") ? 1 : 0;
    return known;
}

__attribute__((target("ssse3,popcnt"))) static lx_string_run scan_ssse3(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    const uint8_t *p = run;
    ptrdiff_t continuations = 0;
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    const __m128i top_two = _mm_set1_epi8((char)0xC0), continuation = _mm_set1_epi8((char)0x80);
    while (1) {
        block b = load_block(string_start, p, end);
        __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(b.bytes, quote), _mm_cmpeq_epi8(b.bytes, backslash)),
            _mm_cmpeq_epi8(_mm_max_epu8(b.bytes, control), control));
        unsigned stop_lanes = (unsigned)_mm_movemask_epi8(stops);
        // Lanes up to and including the first stop: a stop where a continuation is due breaks.
        unsigned region = stop_lanes ? (stop_lanes ^ (stop_lanes - 1)) : 0xFFFFu;
        // Any byte from three before the block to its end that is not ASCII (each lane's own
        // byte and the three before it, so that a lead just before a stop is seen).
        unsigned high = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(b.bytes, b.back1), _mm_or_si128(b.back2, b.back3)));
        if (high & region) {
            if (broken_lanes(b) & region) return (lx_string_run){-1, 0};
            unsigned conts = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(b.bytes, top_two), continuation));
            continuations += __builtin_popcount(conts & region);
        }
        if (stop_lanes) {
            ptrdiff_t stop = (p - run) + __builtin_ctz(stop_lanes);
            // A block that reaches the end reads zeros from there on, so every scan stops by the
            // end, and a sequence cut by it (or a bad lead just before it) breaks at the zero.
            if (run + stop > end) stop = end - run;
            return (lx_string_run){stop, continuations};
        }
        p += 16;
    }
}

/// The byte tables of `broken_lanes`, twice (AVX2 looks up within each 128-bit half).
#define TWICE(table) _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)(table)))

/// `scan_ssse3` thirty-two bytes at a time.
__attribute__((target("avx2,popcnt"))) static lx_string_run scan_avx2(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    const uint8_t *p = run;
    ptrdiff_t continuations = 0;
    const __m256i quote = _mm256_set1_epi8('"'), backslash = _mm256_set1_epi8('\\'), control = _mm256_set1_epi8(0x1F);
    const __m256i top_two = _mm256_set1_epi8((char)0xC0), continuation = _mm256_set1_epi8((char)0x80);
    const __m256i low_nibble = _mm256_set1_epi8(0x0F);
    const __m256i byte_1_high_lookup = TWICE(byte_1_high_table), byte_1_low_lookup = TWICE(byte_1_low_table);
    const __m256i byte_2_high_lookup = TWICE(byte_2_high_table);
    while (1) {
        __m256i bytes = _mm256_loadu_si256((const __m256i *)p);
        if (end - p < 32) {
            // Past the end, zeros: they stop the scan, and no sequence may run into them.
            bytes = _mm256_and_si256(bytes, _mm256_loadu_si256((const __m256i *)(ones_then_zeros + 32 - (end - p))));
        }
        __m256i back1 = _mm256_loadu_si256((const __m256i *)(p - 1));
        __m256i back2 = _mm256_loadu_si256((const __m256i *)(p - 2));
        __m256i back3 = _mm256_loadu_si256((const __m256i *)(p - 3));
        ptrdiff_t inside = p - string_start;
        if (inside < 3) {
            // Hide the bytes before the string (a zero is not a lead, so it expects nothing).
            for (ptrdiff_t j = 1; j <= 3; j++) {
                ptrdiff_t hidden = j - inside;
                if (hidden <= 0) continue;
                __m256i keep = _mm256_loadu_si256((const __m256i *)(zeros_then_ones_32 + 32 - hidden));
                if (j == 1) back1 = _mm256_and_si256(back1, keep);
                if (j == 2) back2 = _mm256_and_si256(back2, keep);
                if (j == 3) back3 = _mm256_and_si256(back3, keep);
            }
        }
        __m256i stops = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(bytes, quote), _mm256_cmpeq_epi8(bytes, backslash)),
            _mm256_cmpeq_epi8(_mm256_max_epu8(bytes, control), control));
        uint32_t stop_lanes = (uint32_t)_mm256_movemask_epi8(stops);
        uint32_t region = stop_lanes ? (stop_lanes ^ (stop_lanes - 1)) : 0xFFFFFFFFu;
        uint32_t high = (uint32_t)_mm256_movemask_epi8(
            _mm256_or_si256(_mm256_or_si256(bytes, back1), _mm256_or_si256(back2, back3)));
        if (high & region) {
            __m256i byte_1_high = _mm256_shuffle_epi8(
                byte_1_high_lookup, _mm256_and_si256(_mm256_srli_epi16(back1, 4), low_nibble));
            __m256i byte_1_low = _mm256_shuffle_epi8(byte_1_low_lookup, _mm256_and_si256(back1, low_nibble));
            __m256i byte_2_high = _mm256_shuffle_epi8(
                byte_2_high_lookup, _mm256_and_si256(_mm256_srli_epi16(bytes, 4), low_nibble));
            __m256i special = _mm256_and_si256(_mm256_and_si256(byte_1_high, byte_1_low), byte_2_high);
            __m256i third = _mm256_subs_epu8(back2, _mm256_set1_epi8((char)(0xE0 - 0x80)));
            __m256i fourth = _mm256_subs_epu8(back3, _mm256_set1_epi8((char)(0xF0 - 0x80)));
            __m256i must_continue = _mm256_and_si256(_mm256_or_si256(third, fourth), continuation);
            __m256i error = _mm256_xor_si256(must_continue, special);
            uint32_t broken = ~(uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(error, _mm256_setzero_si256()));
            if (broken & region) return (lx_string_run){-1, 0};
            uint32_t conts = (uint32_t)_mm256_movemask_epi8(
                _mm256_cmpeq_epi8(_mm256_and_si256(bytes, top_two), continuation));
            continuations += __builtin_popcount(conts & region);
        }
        if (stop_lanes) {
            ptrdiff_t stop = (p - run) + __builtin_ctz(stop_lanes);
            if (run + stop > end) stop = end - run;
            return (lx_string_run){stop, continuations};
        }
        p += 32;
    }
}

/// Whether this processor runs `scan_avx2`.
static int has_avx2(void) {
    static int known = -1;
    if (known < 0) known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") ? 1 : 0;
    return known;
}

lx_string_run lx_scan_string_run_avx2(const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    if (!has_avx2()) return lx_scan_string_run_ssse3(string_start, run, end);
    return scan_avx2(string_start, run, end);
}

lx_string_run lx_scan_string_run_ssse3(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    if (!lx_has_ssse3()) return lx_scan_string_run_portable(string_start, run, end);
    return scan_ssse3(string_start, run, end);
}

lx_string_run lx_scan_string_run(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    return lx_scan_string_run_avx2(string_start, run, end);
}

#else

int lx_has_ssse3(void) { return 0; }

lx_string_run lx_scan_string_run_avx2(const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    return lx_scan_string_run_portable(string_start, run, end);
}

lx_string_run lx_scan_string_run_ssse3(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    return lx_scan_string_run_portable(string_start, run, end);
}

lx_string_run lx_scan_string_run(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    return lx_scan_string_run_portable(string_start, run, end);
}

#endif
