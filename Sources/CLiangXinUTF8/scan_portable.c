#include "liangxin_utf8.h"

/// The length of the well-formed sequence at `p` (before `end`), or 0.
static int sequence_length(const uint8_t *p, const uint8_t *end) {
    uint8_t lead = p[0];
    ptrdiff_t left = end - p;
    if (lead >= 0xC2 && lead <= 0xDF) {
        return left >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3) return 0;
        uint8_t low = lead == 0xE0 ? 0xA0 : 0x80, high = lead == 0xED ? 0x9F : 0xBF;
        return p[1] >= low && p[1] <= high && (p[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4) return 0;
        uint8_t low = lead == 0xF0 ? 0x90 : 0x80, high = lead == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= low && p[1] <= high && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

lx_string_run lx_scan_string_run_portable(
    const uint8_t *string_start, const uint8_t *run, const uint8_t *end) {
    (void)string_start;
    const uint8_t *p = run;
    ptrdiff_t continuations = 0;
    while (p < end) {
        uint8_t byte = *p;
        if (byte < 0x80) {
            if (byte == '"' || byte == '\\' || byte < 0x20) break;
            p++;
            continue;
        }
        int length = sequence_length(p, end);
        if (length == 0) return (lx_string_run){-1, 0};
        continuations += length - 1;
        p += length;
    }
    return (lx_string_run){p - run, continuations};
}
