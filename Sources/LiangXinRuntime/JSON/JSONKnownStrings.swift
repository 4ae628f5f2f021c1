/// Strings a parser meets again and again (object keys, enum values, model ids), made once
/// and reused: making a `String` from bytes checks and copies them every time, which for
/// short keys costs more than finding the ready-made string.
///
/// Strings of up to 16 bytes are kept in an open-addressing table keyed by their bytes read
/// as two words, so a lookup is a copy, a multiply and a comparison or two.
public struct JSONKnownStrings: Sendable {
    /// One known string and its bytes as two little-endian words, zero-padded.
    private struct Slot: Sendable {
        let length: Int
        let words: (UInt64, UInt64)
        let string: String
    }

    /// The table; its size is a power of two, at least four times the entries.
    private let slots: [Slot?]
    /// `slots.count - 1`.
    private let mask: Int

    /// The longest string kept.
    public static let maximumLength = 16

    /// A table of `strings` (duplicates and strings longer than ``maximumLength`` are left out).
    public init(_ strings: some Sequence<String>) {
        let kept = Set(strings).sorted().filter { $0.utf8.count <= Self.maximumLength }
        var size = 8
        while size < kept.count * 4 { size *= 2 }
        var slots = [Slot?](repeating: nil, count: size)
        for string in kept {
            let utf8 = Array(string.utf8)
            let words = utf8.withUnsafeBytes { Self.words($0) }
            var index = Self.hash(words, utf8.count) & (size - 1)
            while slots[index] != nil { index = (index + 1) & (size - 1) }
            slots[index] = Slot(length: utf8.count, words: words, string: string)
        }
        self.slots = slots
        self.mask = size - 1
    }

    /// The known string spelled `text`, if there is one.
    public func string(for text: String) -> String? {
        var text = text
        return text.withUTF8 { string(for: UnsafeRawBufferPointer($0)) }
    }

    /// The known string whose UTF-8 is `raw`, if there is one.
    func string(for raw: UnsafeRawBufferPointer) -> String? {
        guard raw.count <= Self.maximumLength else { return nil }
        let words = Self.words(raw)
        var index = Self.hash(words, raw.count) & mask
        while let slot = slots[index] {
            if slot.length == raw.count, slot.words == words { return slot.string }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Up to 16 bytes as two little-endian words, zero-padded.
    private static func words(_ raw: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: raw) }
        return (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    }

    /// Mixes the words and the length into a table position.
    private static func hash(_ words: (UInt64, UInt64), _ length: Int) -> Int {
        let mixed = (words.0 ^ (words.1 &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32)
    }
}
