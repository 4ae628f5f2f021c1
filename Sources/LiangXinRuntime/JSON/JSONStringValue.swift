/// A JSON string value: a Swift `String`, or the string's UTF-8 bytes, already checked to be
/// well-formed, until someone asks for the `String`.
///
/// Making a `String` validates its bytes once more, one at a time; for a long non-ASCII prompt
/// that is most of what parsing costs. A parser asked to defer (``JSONParser/StringDecoding``)
/// keeps such strings as bytes, so checks that only count or compare never pay for it.
public struct JSONStringValue: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The text, decoded or not.
    @usableFromInline
    enum Storage: Sendable {
        case text(String)
        case utf8([UInt8])
    }

    @usableFromInline
    let storage: Storage

    /// A string value holding `text`.
    @inlinable
    public init(_ text: String) { storage = .text(text) }

    /// A string value from a literal.
    public init(stringLiteral text: String) { storage = .text(text) }

    /// A string value over bytes the caller has checked are well-formed UTF-8.
    init(wellFormedUTF8 bytes: [UInt8]) { storage = .utf8(bytes) }

    /// The text as a `String` (made on each call when it is still bytes).
    @inlinable
    public var string: String {
        switch storage {
        case .text(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The number of Unicode scalars, the unit of the specs' length limits.
    public var scalarCount: Int {
        withUTF8 { UTF8Validation.scalarCount($0) }
    }

    /// The number of UTF-8 bytes.
    public var utf8Count: Int {
        switch storage {
        case .text(let text): return text.utf8.count
        case .utf8(let bytes): return bytes.count
        }
    }

    /// Calls `body` with the text's UTF-8 bytes.
    public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .utf8(let bytes): return try bytes.withUnsafeBytes(body)
        }
    }

    /// The text.
    public var description: String { string }

    /// Values are equal when their UTF-8 bytes are (JSON compares code points, not the
    /// canonical equivalence of Swift's `String ==`).
    public static func == (lhs: JSONStringValue, rhs: JSONStringValue) -> Bool {
        lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    /// Hashes the UTF-8 bytes, then a terminator (so that lists of strings hash unambiguously).
    public func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: $0) }
        hasher.combine(0xFF as UInt8)
    }
}

extension JSONValue {
    /// A string value holding `text`.
    @inlinable
    public static func string(_ text: String) -> JSONValue { .string(JSONStringValue(text)) }
}
