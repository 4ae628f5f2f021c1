/// The bytes of one input file together with the path it is shown under.
///
/// It turns byte offsets into line and column and hands out source lines for carets.
/// Line starts are indexed once, so quoting many lines of a large file stays linear.
public struct SourceFile: Sendable {
    /// The display path, e.g. `specs/models/z-image.yaml`.
    public let path: String
    /// The raw bytes, exactly as read.
    public let bytes: [UInt8]
    /// The byte offset where each line starts; the first is 0.
    private let lineStarts: [Int]

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// Creates a source file from text (tests and in-memory specs).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The location of a byte offset: lines split at `\n`, columns count UTF-8 lead bytes.
    public func location(ofByteOffset offset: Int) -> FileLocation {
        let end = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= end { low = middle } else { high = middle - 1 }
        }
        let column = bytes[lineStarts[low]..<end].reduce(1) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return FileLocation(file: path, line: low + 1, column: column)
    }

    /// The text of a 1-based line without its line break, or nil past the end of the file
    /// (an empty file has no lines).
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count, !bytes.isEmpty else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
