import LiangXinRuntime

/// A position in a payload's bytes, and the JSON tokens read there: white space, strings,
/// numbers and literals, each accepted only as ``JSONParser`` accepts it.
///
/// Each reader either moves past its token and returns what the verifier needs, or returns
/// nil; nil means "not certainly valid", and the caller gives up (the interpreter then says
/// why). Strings are checked for UTF-8 and counted in Unicode scalars as they are crossed,
/// eight bytes at a time (``UTF8Words``).
struct ByteCursor {
    /// A string as it lies in the payload: between its quotes.
    struct ScannedString {
        /// Where its bytes start and end (before the closing quote).
        let start: Int
        let end: Int
        /// Its length in Unicode scalars, escapes decoded.
        let scalars: Int
        /// Whether it has escapes (its bytes are then not its value's).
        let escaped: Bool
    }

    /// A number as it lies in the payload.
    struct ScannedNumber {
        let start: Int
        let end: Int
        /// Its value when it is written as at most 18 digits (the parser's exact integers);
        /// nil for fractions, exponents and longer integers.
        let integer: Int?
    }

    /// The payload's first byte.
    let base: UnsafePointer<UInt8>
    /// How many bytes it has.
    let count: Int
    /// The next byte to read.
    var index = 0

    /// A cursor at the start of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        // An empty buffer may have no address; any readable one will do, as none is read.
        base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? ByteCursor.emptyBase
        count = bytes.count
    }

    /// A readable address for empty payloads (never written, so safe to share).
    nonisolated(unsafe) private static let emptyBase: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// The byte at the cursor, or 0 at the end (0 never starts a token).
    @inline(__always)
    var current: UInt8 { index < count ? base[index] : 0 }

    /// Skips JSON white space.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < count {
            switch base[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index &+= 1
            default: return
            }
        }
    }

    /// Moves past `byte` when it is next; false otherwise.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < count, base[index] == byte else { return false }
        index &+= 1
        return true
    }

    /// Moves past `word` (`true`, `false`, `null`) when it is next; false otherwise.
    mutating func consume(word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard count - index >= length else { return false }
        for offset in 0..<length where base[index + offset] != word.utf8Start[offset] { return false }
        index += length
        return true
    }

    /// Whether a scanned string's bytes are exactly `word`.
    func spells(_ string: ScannedString, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard string.end - string.start == length else { return false }
        for offset in 0..<length where base[string.start + offset] != word.utf8Start[offset] { return false }
        return true
    }

    /// A scanned string's bytes.
    func bytes(of string: ScannedString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + string.start, count: string.end - string.start)
    }
}

// MARK: - Strings

extension ByteCursor {
    /// The string at the cursor (which is at its opening quote), moving past it; nil for what
    /// the parser refuses: a control character, invalid UTF-8, a bad escape, no closing quote.
    ///
    /// Each step takes the next eight bytes (fewer at the very end, padded with zeros, which
    /// stop the string like any control character): a word with no quote, backslash or
    /// control character is checked whole; otherwise the bytes before the first of them are,
    /// and that byte is handled alone.
    mutating func string() -> ScannedString? {
        index &+= 1
        let start = index
        var continuationBytes = 0
        var escapeBytes = 0
        var escaped = false
        var carry = UTF8Words.Carry()
        while true {
            let word = self.word()
            let stopBits = Self.stops(word)
            if stopBits == 0 {
                if word & UTF8Words.highBits != 0 || !carry.isEmpty {
                    guard let continuations = UTF8Words.check(word, region: ~0, carry: &carry, closing: false) else {
                        return nil
                    }
                    continuationBytes &+= continuations
                }
                index &+= 8
                continue
            }
            let region = (stopBits & (0 &- stopBits)) &- 1
            if word & UTF8Words.highBits & region != 0 || !carry.isEmpty {
                guard let continuations = UTF8Words.check(word, region: region, carry: &carry, closing: true) else {
                    return nil
                }
                continuationBytes &+= continuations
                carry = UTF8Words.Carry()
            }
            index &+= stopBits.trailingZeroBitCount &>> 3
            switch current {
            case UInt8(ascii: "\""):
                let end = index
                index &+= 1
                return ScannedString(
                    start: start, end: end, scalars: end - start - continuationBytes - escapeBytes, escaped: escaped)
            case UInt8(ascii: "\\"):
                guard let extra = escape() else { return nil }
                escapeBytes &+= extra
                escaped = true
            default:
                return nil  // a control character, or the end of the payload
            }
        }
    }

    /// The eight bytes at the cursor as a little-endian word; past the end, zeros.
    @inline(__always)
    private func word() -> UInt64 {
        if count &- index >= 8 {
            return UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        }
        var word: UInt64 = 0
        for offset in 0..<(count &- index) { word |= UInt64(base[index &+ offset]) &<< (UInt64(offset) &* 8) }
        return word
    }

    /// Moves past the escape at the cursor; returns how many of its bytes go beyond the one
    /// scalar it stands for, or nil when the parser refuses it (a lone surrogate among them).
    private mutating func escape() -> Int? {
        guard index &+ 1 < count else { return nil }
        switch base[index &+ 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index &+= 2
            return 1
        case UInt8(ascii: "u"):
            guard let first = hexQuad(at: index &+ 2) else { return nil }
            switch first {
            case 0xD800...0xDBFF:
                guard index &+ 12 <= count, base[index &+ 6] == UInt8(ascii: "\\"),
                    base[index &+ 7] == UInt8(ascii: "u"),
                    let second = hexQuad(at: index &+ 8), (0xDC00...0xDFFF).contains(second)
                else { return nil }
                index &+= 12
                return 11
            case 0xDC00...0xDFFF:
                return nil
            default:
                index &+= 6
                return 5
            }
        default:
            return nil
        }
    }

    /// The four hexadecimal digits at `offset`, or nil.
    private func hexQuad(at offset: Int) -> UInt32? {
        guard offset &+ 4 <= count else { return nil }
        var value: UInt32 = 0
        for byte in UnsafeBufferPointer(start: base + offset, count: 4) {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(byte &- 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(byte &- 0x61 &+ 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value << 4 | UInt32(byte &- 0x41 &+ 10)
            default: return nil
            }
        }
        return value
    }

    /// The high bit of each byte of `word` that is a quote, a backslash or a control character.
    /// Flags may spill into bytes above a hit, never below one, so the lowest flag is a hit.
    @inline(__always)
    private static func stops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- (ones &* 0x20)) & ~word)
            & UTF8Words.highBits
    }
}

// MARK: - Numbers and skipping

extension ByteCursor {
    /// The number at the cursor by RFC 8259's grammar, moving past it; nil when it is not one.
    mutating func number() -> ScannedNumber? {
        let start = index
        let negative = consume(UInt8(ascii: "-"))
        guard Self.isDigit(current) else { return nil }
        var value = 0
        var digits = 0
        if current == UInt8(ascii: "0") {
            index &+= 1
            digits = 1
            if Self.isDigit(current) { return nil }
        } else {
            while Self.isDigit(current) {
                if digits < 18 { value = value &* 10 &+ Int(base[index] &- 0x30) }
                digits &+= 1
                index &+= 1
            }
        }
        var plain = true
        if consume(UInt8(ascii: ".")) {
            plain = false
            guard skipDigits() else { return nil }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            plain = false
            index &+= 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index &+= 1 }
            guard skipDigits() else { return nil }
        }
        return ScannedNumber(
            start: start, end: index, integer: plain && digits <= 18 ? (negative ? -value : value) : nil)
    }

    /// A scanned number's value as an integer, as ``JSONNumber`` has it: nil unless it is
    /// whole and fits in 64 bits (`4.0` and `4e2` are whole).
    func integer(of number: ScannedNumber) -> Int? {
        number.integer ?? JSONNumber(lexeme: lexeme(of: number)).integer
    }

    /// The nearest `Double` to a scanned number, as ``JSONNumber`` has it (infinite or NaN
    /// when it has none that is finite).
    func double(of number: ScannedNumber) -> Double {
        if let integer = number.integer { return Double(integer) }
        return JSONNumber(lexeme: lexeme(of: number)).double
    }

    /// A number as written (rare: plain integers never need it).
    private func lexeme(of number: ScannedNumber) -> String {
        String(
            decoding: UnsafeBufferPointer(start: base + number.start, count: number.end - number.start), as: UTF8.self)
    }

    /// Skips one or more digits; false when there is none.
    private mutating func skipDigits() -> Bool {
        guard Self.isDigit(current) else { return false }
        while Self.isDigit(current) { index &+= 1 }
        return true
    }

    /// Whether a byte is an ASCII digit.
    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Moves past the object or array at the cursor by its brackets alone, skipping strings;
    /// false when the bytes end first. Nothing is checked: whoever skips reads it again.
    mutating func skipContainer() -> Bool {
        var depth = 0
        while index < count {
            switch base[index] {
            case UInt8(ascii: "\""):
                index &+= 1
                while index < count, base[index] != UInt8(ascii: "\"") {
                    index &+= base[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < count else { return false }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth &+= 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth &-= 1
                if depth == 0 {
                    index &+= 1
                    return true
                }
            default:
                break
            }
            index &+= 1
        }
        return false
    }
}
