#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Equality of strings as they travel on the wire: the same UTF-8 bytes.
///
/// Swift's `String ==` and `String.hashValue` follow canonical equivalence, so `"1K"` (with
/// U+212A KELVIN SIGN) equals `"1K"`; JSON (RFC 8259), JSON Schema and the service compare
/// code points. Every comparison of wire strings (keys, enum values, aliases, known strings)
/// goes through this one rule.
public enum WireString {
    /// Whether two strings have the same UTF-8 bytes.
    @inlinable
    public static func equal(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        if let same = first.utf8.withContiguousStorageIfAvailable({ left in
            second.utf8.withContiguousStorageIfAvailable { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }), let same {
            return same
        }
        return first.utf8.elementsEqual(second.utf8)
    }

    /// Feeds a string's UTF-8 bytes, then a terminator, to `hasher`.
    @inlinable
    public static func hash(_ text: String, into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(0xFF as UInt8)
    }
}

/// A string that is equal to another, and hashes, by its UTF-8 bytes: a key for sets and
/// dictionaries of wire strings (a `Set<String>` would merge canonically equivalent ones).
public struct WireKey: Hashable, Sendable {
    /// The string.
    public let text: String

    /// A key for `text`.
    @inlinable
    public init(_ text: String) { self.text = text }

    /// Equal when the UTF-8 bytes are.
    @inlinable
    public static func == (lhs: WireKey, rhs: WireKey) -> Bool { WireString.equal(lhs.text, rhs.text) }

    /// Hashes the UTF-8 bytes.
    @inlinable
    public func hash(into hasher: inout Hasher) { WireString.hash(text, into: &hasher) }
}

extension Dictionary where Key == String {
    /// The value whose key has exactly the bytes of `key`. A `String`-keyed dictionary finds
    /// canonically equivalent keys too ("1\u{212A}" finds "1K"); this lookup does not.
    public func value(forWireKey key: String) -> Value? {
        guard let index = index(forKey: key), WireString.equal(self[index].key, key) else { return nil }
        return self[index].value
    }
}
