/// FNV-1a, 64 bits: the fingerprint of the built-in specs and the seed of the review's oracle.
/// Not cryptographic; stable across runs and platforms, unlike `Hasher`.
package struct FNV1a {
    /// The hash of everything added so far.
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// An empty hash.
    package init() {}

    /// Adds bytes.
    package mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// The value as 16 hexadecimal digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
