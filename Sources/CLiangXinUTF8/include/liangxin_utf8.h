#ifndef LIANGXIN_UTF8_H
#define LIANGXIN_UTF8_H

#include <stddef.h>
#include <stdint.h>

/// The outcome of scanning a run of a JSON string: where it stopped and what it crossed.
typedef struct {
    /// The offset from the run's first byte of the first quote, backslash or control character,
    /// or of the end of the bytes; -1 when the run is not well-formed UTF-8 before it.
    ptrdiff_t stop;
    /// How many continuation bytes (10xxxxxx) the run holds before the stop.
    ptrdiff_t continuations;
} lx_string_run;

/// Scans the plain run of a JSON string at `run`, which lies in `[string_start, end)`: stops at
/// the first quote, backslash or control character (or at `end`), and checks that the bytes
/// before it are well-formed UTF-8 that finishes every sequence it begins (Unicode table 3-7:
/// no overlong form, no surrogate, nothing past U+10FFFF). Bytes before `string_start` do not
/// count. The three bytes before `string_start` and the thirty-two after `end` must be readable
/// (they are read, never used). Chooses the fastest implementation this processor runs.
lx_string_run lx_scan_string_run(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end);

/// The same, one byte or sequence at a time, on any processor (what the others must equal).
lx_string_run lx_scan_string_run_portable(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end);

/// The same, sixteen bytes at a time with SSSE3 (Keiser and Lemire's lookup algorithm);
/// falls back to the portable one where SSSE3 is missing or on other processors.
lx_string_run lx_scan_string_run_ssse3(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end);

/// The same, thirty-two bytes at a time with AVX2; falls back to the SSSE3 one where AVX2 is
/// missing.
lx_string_run lx_scan_string_run_avx2(const uint8_t *string_start, const uint8_t *run, const uint8_t *end);

/// Whether `lx_scan_string_run_ssse3` runs vector code on this processor.
int lx_has_ssse3(void);

#endif
