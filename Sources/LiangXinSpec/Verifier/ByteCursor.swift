import CLiangXinUTF8
import LiangXinRuntime

/// A position in a payload's bytes, and the JSON tokens read there: white space, strings,
/// numbers and literals, each accepted only as ``JSONParser`` accepts it.
///
/// Each reader either moves past its token and returns what the verifier needs, or returns
/// nil; nil means "not certainly valid", and the caller gives up (the interpreter then says
/// why). Strings are checked for UTF-8 and counted in Unicode scalars as they are crossed,
/// thirty-two bytes at a time (`lx_scan_string_run`).
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

    /// How many readable bytes the payload must have on either side (the string scanner reads
    /// up to thirty-two bytes at a time, and three back, without looking at the extra bytes).
    static let padding = 32

    /// A cursor at the start of `bytes`, which must have ``padding`` readable bytes before and
    /// after them (``withPadding(_:_:)`` makes such a copy).
    init(paddedBytes bytes: UnsafeRawBufferPointer) {
        base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        count = bytes.count
    }

    /// Calls `body` with a copy of `bytes` that has ``padding`` zero bytes on either side.
    static func withPadding<Result>(
        _ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(byteCount: bytes.count + 2 * padding, alignment: 16) { buffer in
            let base = buffer.baseAddress!
            base.initializeMemory(as: UInt8.self, repeating: 0, count: padding)
            (base + padding + bytes.count).initializeMemory(as: UInt8.self, repeating: 0, count: padding)
            if let source = bytes.baseAddress {
                (base + padding).copyMemory(from: source, byteCount: bytes.count)
            }
            return body(UnsafeRawBufferPointer(start: buffer.baseAddress! + padding, count: bytes.count))
        }
    }

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
    /// Runs of plain bytes are checked thirty-two bytes at a time (`lx_scan_string_run`, which
    /// also counts their continuation bytes); escapes one at a time.
    mutating func string() -> ScannedString? {
        index &+= 1
        let start = index
        if let length = shortPlainASCIIString() {
            index &+= length &+ 1
            return ScannedString(start: start, end: start &+ length, scalars: length, escaped: false)
        }
        var continuationBytes = 0
        var escapeBytes = 0
        var escaped = false
        while true {
            let run = lx_scan_string_run(base + start, base + index, base + count)
            guard run.stop >= 0 else { return nil }
            continuationBytes &+= run.continuations
            index &+= run.stop
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

    /// The length of the string at the cursor when it is ASCII with no escape and ends within
    /// sixteen bytes (most keys and enum values), found with two eight-byte words; else nil.
    @inline(__always)
    private func shortPlainASCIIString() -> Int? {
        let raw = UnsafeRawPointer(base + index)  // the padding makes sixteen bytes readable
        let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var hits = Self.stopsOrNonASCII(first)
        var offset = 0
        if hits == 0 {
            hits = Self.stopsOrNonASCII(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
            guard hits != 0 else { return nil }
            offset = 8
        }
        let length = offset &+ hits.trailingZeroBitCount &>> 3
        return base[index &+ length] == UInt8(ascii: "\"") ? length : nil
    }

    /// The high bit of each byte of `word` that is a quote, a backslash, a control character or
    /// not ASCII. Flags may spill into bytes above a hit, never below one, so the lowest flag
    /// is a hit.
    @inline(__always)
    private static func stopsOrNonASCII(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- (ones &* 0x20)) & ~word | word)
            & highBits
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
