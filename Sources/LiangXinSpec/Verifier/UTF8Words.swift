/// UTF-8 checked eight bytes at a time, with no branch per byte (SWAR: SIMD within a
/// register): each byte is classified by bit masks, and a word is well-formed when its
/// continuation bytes are exactly where its lead bytes (and those of the word before) expect
/// them, and no lead is an overlong, surrogate or out-of-range one (Unicode table 3-7).
///
/// Masks hold one flag per byte, in the byte's high bit; byte 0 is the word's first byte in
/// memory (the word is loaded little-endian).
enum UTF8Words {
    /// What a word leaves the next one to satisfy: continuation bytes its last leads expect,
    /// and the narrower range of a second byte after E0, ED, F0 or F4 in its last byte.
    struct Carry {
        /// Continuation bytes expected at the start of the next word.
        var continuations: UInt64 = 0
        /// The next word's first byte must be A0–BF (after E0), 80–9F (after ED), 90–BF (after
        /// F0) or 80–8F (after F4): each flag is 0 or 0x80.
        var afterE0: UInt64 = 0
        var afterED: UInt64 = 0
        var afterF0: UInt64 = 0
        var afterF4: UInt64 = 0

        /// Whether the next word owes nothing.
        @inline(__always)
        var isEmpty: Bool { continuations == 0 }
    }

    /// The high bit of every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Checks the bytes of `word` that `region` covers (whole bytes from byte 0: all of them,
    /// or those before a string's closing quote or escape), given what the word before left
    /// in `carry`. Returns how many of them are continuation bytes, or nil when they are not
    /// well-formed. A `closing` region must finish every sequence it begins.
    @inline(__always)
    static func check(_ word: UInt64, region: UInt64, carry: inout Carry, closing: Bool) -> Int? {
        let high = word & highBits & region
        // The next byte after a lead in the previous word's last byte.
        let first5 = (word << 2) & 0x80
        let first4 = (word << 3) & 0x80
        let owed =
            carry.afterE0 & ~first5 | carry.afterED & first5 | carry.afterF0 & ~(first5 | first4)
            | carry.afterF4 & (first5 | first4)
        // Bits 6 to 3 of each byte with its high bit set.
        let bit6 = (word << 1) & high
        let bit5 = (word << 2) & high
        let bit4 = (word << 3) & high
        let bit3 = (word << 4) & high
        let continuation = high & ~bit6
        let lead2 = bit6 & ~bit5
        let lead3 = bit6 & bit5 & ~bit4
        let lead4OrMore = bit6 & bit5 & bit4
        let lead4 = lead4OrMore & ~bit3
        // C0 and C1 (overlong two-byte forms), F5 to FF (past U+10FFFF, or never UTF-8).
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastC2 = (low7 &+ 0x3E3E_3E3E_3E3E_3E3E) & highBits
        let atLeastF5 = (low7 &+ 0x0B0B_0B0B_0B0B_0B0B) & highBits
        let badLead = lead2 & ~atLeastC2 | lead4OrMore & atLeastF5
        let expected =
            carry.continuations | lead2 << 8 | lead3 << 8 | lead3 << 16 | lead4 << 8 | lead4 << 16 | lead4 << 24
        guard owed | badLead == 0, expected == continuation else { return nil }
        let spill = (lead2 | lead3 | lead4) >> 56 | (lead3 | lead4) >> 48 | lead4 >> 40
        if closing, spill != 0 { return nil }
        carry.continuations = spill
        if lead3 | lead4 == 0 {
            carry.afterE0 = 0
            carry.afterED = 0
            carry.afterF0 = 0
            carry.afterF4 = 0
        } else {
            // E0 must be followed by A0–BF, ED by 80–9F, F0 by 90–BF, F4 by 80–8F: bits 5 and 4
            // of the continuation byte after them.
            let afterE0 = lead3 & zeroLowNibbles(word)
            let afterED = lead3 & zeroLowNibbles(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            let afterF0 = lead4 & zeroLowNibbles(word)
            let afterF4 = lead4 & zeroLowNibbles(word ^ 0x0404_0404_0404_0404)
            let next5 = (word >> 6) & highBits
            let next4 = (word >> 5) & highBits
            let range =
                afterE0 & ~next5 | afterED & next5 | afterF0 & ~(next5 | next4) | afterF4 & (next5 | next4)
            guard range & (highBits >> 8) == 0 else { return nil }
            carry.afterE0 = afterE0 >> 56
            carry.afterED = afterED >> 56
            carry.afterF0 = afterF0 >> 56
            carry.afterF4 = afterF4 >> 56
        }
        return continuation.nonzeroBitCount
    }

    /// The high bit of each byte whose low four bits are zero.
    @inline(__always)
    private static func zeroLowNibbles(_ word: UInt64) -> UInt64 {
        ~(((word & 0x0F0F_0F0F_0F0F_0F0F) &+ 0x0F0F_0F0F_0F0F_0F0F) << 3) & highBits
    }
}
