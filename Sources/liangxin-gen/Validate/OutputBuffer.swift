#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Buffers text for standard output and writes it in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let flushThreshold = 1 << 16
    /// Whether the bytes are kept for ``take()`` instead of written to standard output (a
    /// worker's share of `validate --jobs`).
    private let collecting: Bool

    /// Whether the bytes are kept for ``take()``.
    var isCollecting: Bool { collecting }

    /// Creates an empty buffer.
    init(collecting: Bool = false) {
        self.collecting = collecting
        bytes.reserveCapacity(collecting ? 4096 : flushThreshold * 2)
    }

    /// The bytes collected so far, and an empty buffer.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Bytes another buffer collected.
    mutating func append(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
        if bytes.count >= flushThreshold { flush() }
    }

    /// Appends a line (a newline is added).
    mutating func line(_ text: String) {
        append(text)
        endLine()
    }

    /// Appends text without a newline; a large buffer is written out even mid-line, so one
    /// long line (a JSON report of a million issues) never sits in memory whole.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        if bytes.count >= flushThreshold * 2 { flush() }
    }

    /// Appends a non-negative number's decimal digits.
    mutating func append(_ number: Int) {
        var digits: [UInt8] = []
        var rest = Swift.max(number, 0)
        repeat {
            digits.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digits.reversed())
    }

    /// Ends the current line; writes the buffer out once it is large.
    mutating func endLine() {
        bytes.append(0x0A)
        if bytes.count >= flushThreshold { flush() }
    }

    /// Writes everything buffered so far.
    mutating func flush() {
        guard !bytes.isEmpty, !collecting else { return }
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
