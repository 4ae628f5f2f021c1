/// The Unicode scalars of UTF-8 bytes already known to be well-formed, one at a time, without
/// making a `String` (a pattern is then matched against a payload's bytes as they lie).
struct WellFormedUTF8Scalars: IteratorProtocol {
    /// The bytes.
    private let bytes: UnsafeRawBufferPointer
    /// Where the next scalar starts.
    private var index = 0

    /// An iterator over the scalars of `bytes`, which must be well-formed UTF-8.
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The next scalar, or nil at the end.
    mutating func next() -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let lead = UInt32(bytes[index])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1 else {
            index += 1
            return Unicode.Scalar(UInt8(lead))
        }
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return Unicode.Scalar(value)
    }
}
