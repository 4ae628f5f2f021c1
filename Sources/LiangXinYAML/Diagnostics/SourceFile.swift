/// The bytes of one input file together with the path it is shown under.
///
/// It turns byte offsets into line and column and hands out source lines for carets.
public struct SourceFile: Sendable {
    /// The display path, e.g. `specs/models/z-image.yaml`.
    public let path: String
    /// The raw bytes, exactly as read.
    public let bytes: [UInt8]

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text (tests and in-memory specs).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The location of a byte offset: lines split at `\n`, columns count UTF-8 lead bytes.
    public func location(ofByteOffset offset: Int) -> FileLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        for byte in bytes[..<end] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return FileLocation(file: path, line: line, column: column)
    }

    /// The text of a 1-based line without its line break, or nil past the end of the file
    /// (an empty file has no lines).
    public func line(_ number: Int) -> String? {
        guard number >= 1, !bytes.isEmpty else { return nil }
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count, current < number {
            if bytes[index] == UInt8(ascii: "\n") {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == number, start <= bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
