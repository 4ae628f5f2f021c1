#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Buffers text for standard output and writes it in large blocks.
struct OutputBuffer {
    private var bytes: [UInt8] = []
    private let flushThreshold = 1 << 16

    /// Creates an empty buffer.
    init() {
        bytes.reserveCapacity(flushThreshold * 2)
    }

    /// Appends a line (a newline is added).
    mutating func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        if bytes.count >= flushThreshold { flush() }
    }

    /// Writes everything buffered so far.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
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
