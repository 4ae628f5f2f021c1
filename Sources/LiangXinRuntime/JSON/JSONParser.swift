#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A strict RFC 8259 parser over UTF-8 bytes that rejects what validation must not guess at:
/// duplicate keys, invalid UTF-8, lone surrogates and nesting deeper than ``maximumDepth``.
public struct JSONParser: ~Copyable {
    /// How deep arrays and objects may nest.
    public static let maximumDepth = 256

    /// When string values become `String`s.
    public enum StringDecoding: Sendable {
        /// Every string value is a `String`.
        case eager
        /// A string value with a non-ASCII byte stays UTF-8 bytes (checked to be well-formed)
        /// until it is asked for its `String`: for callers that mostly count and compare.
        case deferNonASCII
    }

    private let bytes: UnsafeRawBufferPointer
    private let decoding: StringDecoding
    private let known: JSONKnownStrings?
    private var index = 0
    private var depth = 0

    /// A parser at the start of `bytes`.
    private init(bytes: UnsafeRawBufferPointer, decoding: StringDecoding, known: JSONKnownStrings?) {
        self.bytes = bytes
        self.decoding = decoding
        self.known = known
    }

    /// Parses one JSON value that spans the whole input (white space aside). Plain strings
    /// found in `known` are taken from it rather than made again.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer, strings decoding: StringDecoding = .eager,
        known: JSONKnownStrings? = nil
    ) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, decoding: decoding, known: known)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else {
            throw parser.error("unexpected content after the JSON value")
        }
        return value
    }

    /// Parses one JSON value from an array of bytes.
    public static func parse(
        _ bytes: [UInt8], strings decoding: StringDecoding = .eager, known: JSONKnownStrings? = nil
    ) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBytes { buffer in
            do throws(JSONParseError) { return .success(try parse(buffer, strings: decoding, known: known)) } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

// MARK: - Values

extension JSONParser {
    /// Any value, chosen by its first byte.
    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseStringValue())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeByte(at: index))")
        }
    }

    /// An object; a repeated key is an error.
    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var members: [JSONMember] = []
        members.reserveCapacity(8)
        var keys = DuplicateKeyFinder()
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return .object(JSONObject(members))
        }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key") }
            let keyStart = index
            let key = try parseString()
            if keys.isRepeated(key, among: members) {
                throw error("duplicate key \(IssueText.quoted(key))", at: keyStart)
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after an object key") }
            index += 1
            skipWhitespace()
            members.append(JSONMember(key: key, value: try parseValue()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return .object(JSONObject(members))
            } else {
                throw error("expected ',' or '}' after an object member")
            }
        }
    }

    /// An array.
    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return .array(items)
            } else {
                throw error("expected ',' or ']' after an array item")
            }
        }
    }

    /// Counts one more level of nesting; too deep is an error.
    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    /// `true`, `false` or `null`.
    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue)
        throws(JSONParseError) -> JSONValue
    {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
            (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
        else { throw error("unexpected \(describeByte(at: index))") }
        index += count
        return value
    }
}

// MARK: - Numbers and strings

extension JSONParser {
    /// A number, strictly by the RFC 8259 grammar, kept with its lexeme.
    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw error("invalid number: expected a digit")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("invalid number: leading zero") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number: expected a digit after '.'")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("invalid number: expected an exponent")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let lexeme = String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return .number(JSONNumber(lexeme: lexeme))
    }

    /// A string: the fast path copies plain bytes, escapes take the slow path.
    ///
    /// `String(decoding:)` is the stdlib's fast, specialized constructor, but it repairs
    /// invalid UTF-8 instead of failing; a string with any non-ASCII byte is therefore
    /// compared with its input, which differs exactly when a repair happened.
    /// (`String(validating:)` would say so itself, through a generic path that costs more than
    /// the validation.)
    private mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        guard let (raw, nonASCII) = try scanPlainString() else { return try parseEscapedString(from: start) }
        if let known, let text = known.string(for: raw) { return text }
        let text = String(decoding: raw, as: UTF8.self)
        if nonASCII, !Self.hasSameBytes(text, raw) {
            throw error("invalid UTF-8 in a string", at: firstInvalidUTF8(from: start))
        }
        return text
    }

    /// A string value: as `parseString`, except that when deferring, plain non-ASCII text is
    /// checked here and kept as bytes.
    private mutating func parseStringValue() throws(JSONParseError) -> JSONStringValue {
        guard case .deferNonASCII = decoding else { return JSONStringValue(try parseString()) }
        index += 1
        let start = index
        guard let (raw, nonASCII) = try scanWellFormedPlainString() else {
            return JSONStringValue(try parseEscapedString(from: start))
        }
        guard nonASCII else {
            if let known, let text = known.string(for: raw) { return JSONStringValue(text) }
            return JSONStringValue(String(decoding: raw, as: UTF8.self))
        }
        let copy = [UInt8](unsafeUninitializedCapacity: raw.count) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            count = raw.count
        }
        return JSONStringValue(wellFormedUTF8: copy)
    }

    /// As `scanPlainString`, checking UTF-8 on the way (an invalid sequence is an error at the
    /// closing quote, as there): words of ASCII between sequences are skipped eight bytes at a
    /// time, the others go through the UTF-8 automaton.
    private mutating func scanWellFormedPlainString() throws(JSONParseError) -> (
        raw: UnsafeRawBufferPointer, nonASCII: Bool
    )? {
        let start = index
        let automaton = UTF8Validation.automaton
        var state = UTF8Validation.Automaton.start
        var seen: UInt64 = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if Self.stops(word) != 0 { break }
            seen |= word
            if word & Self.highBits != 0 || !UTF8Validation.Automaton.isBetweenSequences(state) {
                state = automaton.step(state, word: word)
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard UTF8Validation.Automaton.isBetweenSequences(state) else {
                    throw error("invalid UTF-8 in a string", at: firstInvalidUTF8(from: start))
                }
                return (raw, seen & Self.highBits != 0)
            }
            if byte == UInt8(ascii: "\\") { return nil }
            if byte < 0x20 { throw error("control character U+\(hex(byte)) in a string must be escaped") }
            seen |= UInt64(byte)
            state = automaton.step(state, byte)
            index += 1
        }
        throw error("unterminated string")
    }

    /// Scans a string's bytes from after its opening quote. Without escapes: returns its bytes
    /// and whether any is non-ASCII, past the closing quote. At a backslash: returns nil there.
    private mutating func scanPlainString() throws(JSONParseError) -> (
        raw: UnsafeRawBufferPointer, nonASCII: Bool
    )? {
        let start = index
        var high = skipPlainStringBytes()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return (raw, high & 0x80 != 0)
            }
            if byte == UInt8(ascii: "\\") { return nil }
            if byte < 0x20 { throw error("control character U+\(hex(byte)) in a string must be escaped") }
            high |= UInt64(byte)
            index += 1
        }
        throw error("unterminated string")
    }

    /// Whether a string's UTF-8 is exactly `raw`.
    private static func hasSameBytes(_ text: String, _ raw: UnsafeRawBufferPointer) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == raw.count && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
        }
    }

    /// The slow path for strings with escapes.
    private mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
        var utf8: [UInt8] = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard utf8.withUnsafeBytes(UTF8Validation.isWellFormed) else {
                    throw error("invalid UTF-8 in a string", at: firstInvalidUTF8(from: start))
                }
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("unterminated string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
                default:
                    index -= 2
                    throw error("invalid escape \\\(describeRaw(escape))")
                }
            default:
                if byte < 0x20 {
                    throw error("control character U+\(hex(byte)) in a string must be escaped")
                }
                utf8.append(byte)
                index += 1
            }
        }
        throw error("unterminated string")
    }

    /// `\uXXXX`, joining surrogate pairs; a lone surrogate is an error.
    private mutating func parseUnicodeEscape() throws(JSONParseError) -> [UInt8] {
        let escapeStart = index - 2
        let first = try hexQuad()
        var value = UInt32(first)
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            else { throw error("lone surrogate in a \\u escape", at: escapeStart) }
            index += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw error("lone surrogate in a \\u escape", at: escapeStart)
            }
            value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw error("lone surrogate in a \\u escape", at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("invalid \\u escape", at: escapeStart)
        }
        return Array(String(Character(scalar)).utf8)
    }

    /// Four hexadecimal digits of a `\\u` escape.
    private mutating func hexQuad() throws(JSONParseError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape: expected 4 hex digits") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 0x61 + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 0x41 + 10
            default: throw error("invalid \\u escape: expected 4 hex digits")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}

// MARK: - Helpers

extension JSONParser {
    /// Skips eight bytes at a time while none is a quote, a backslash or a control character
    /// (the common case of long prompts); the byte loop handles the rest. Returns the bytes
    /// skipped OR-ed together, so the caller knows whether any was non-ASCII.
    private mutating func skipPlainStringBytes() -> UInt64 {
        var seen: UInt64 = 0
        while index + 16 <= bytes.count {
            let first = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let second = bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            if Self.stops(first) | Self.stops(second) != 0 { break }
            seen |= first | second
            index += 16
        }
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if Self.stops(word) != 0 { break }
            seen |= word
            index += 8
        }
        return (seen & Self.highBits) == 0 ? 0 : 0x80
    }

    /// The high bit of every byte.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when a byte of `word` is a quote, a backslash or a control character (the
    /// flags may spill into the bytes above a hit: callers only ask whether there is one).
    @inline(__always)
    private static func stops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A byte is zero in `x` exactly when (x - 1) & ~x has its high bit set.
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- (ones &* 0x20)) & ~word)
            & highBits
    }

    /// Skips JSON white space.
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Whether the next byte is `byte`.
    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    /// Whether a byte is an ASCII digit.
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// A byte as four upper-case hexadecimal digits.
    private func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - text.count) + text
    }

    /// `'x'`, `byte 0xFF` or `end of input`, for messages.
    private func describeByte(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        return "character " + describeRaw(bytes[offset]).quotedForMessage
    }

    /// A byte as a printable character or `0xNN`.
    private func describeRaw(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F
            ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }

    /// The offset of the first byte that breaks UTF-8 in a string starting at `start`.
    private func firstInvalidUTF8(from start: Int) -> Int {
        var offset = start
        while offset < index {
            let lead = bytes[offset]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            let slice = UnsafeRawBufferPointer(
                rebasing: bytes[offset..<min(offset + length, bytes.count)])
            if length > 1, !UTF8Validation.isWellFormed(slice) { return offset }
            offset += length
        }
        return start
    }

    /// An error at the current position, or at `offset`.
    private func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        let position = min(offset ?? index, bytes.count)
        var line = 1
        var column = 1
        for byte in UnsafeRawBufferPointer(rebasing: bytes[0..<position]) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONParseError(message: message, line: line, column: column, offset: position)
    }
}

extension String {
    /// `'x'` for a printable character, the text itself otherwise.
    fileprivate var quotedForMessage: String { hasPrefix("0x") ? self : "'\(self)'" }
}
