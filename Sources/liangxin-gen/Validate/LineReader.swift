#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Streams a file descriptor line by line through a fixed buffer, so memory stays bounded
/// whatever the file's size; a line is handed over in place when it fits in the buffer.
struct LineReader {
    /// One line: its 1-based number and its bytes without the line break (nil when the line
    /// was longer than `maximumLineLength` and was skipped).
    typealias Visitor = (_ number: Int, _ bytes: UnsafeRawBufferPointer?) -> Void

    /// How many bytes are read at a time (the size that `--jobs N` reads, too).
    static let chunkSize = FileSlices.sliceSize

    /// The descriptor to read.
    let descriptor: Int32
    /// The longest line that is kept; longer ones are reported as too long and skipped, so
    /// memory stays bounded by it.
    let maximumLineLength: Int

    /// Reads to the end, calling `visit` for every line; returns false on a read error.
    func forEachLine(_ visit: Visitor) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { buffer.deallocate() }
        var carry: [UInt8] = []
        var carryTooLong = false
        var number = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { break }
            var start = 0
            while start < count {
                guard let newline = memchr(buffer.baseAddress! + start, 0x0A, count - start) else {
                    append(
                        UnsafeRawBufferPointer(rebasing: buffer[start..<count]), to: &carry,
                        tooLong: &carryTooLong)
                    break
                }
                let end = buffer.baseAddress!.distance(to: newline)
                number += 1
                if carry.isEmpty && !carryTooLong {
                    let line = trimmed(UnsafeRawBufferPointer(rebasing: buffer[start..<end]))
                    visit(number, line.count > maximumLineLength ? nil : line)
                } else {
                    append(
                        UnsafeRawBufferPointer(rebasing: buffer[start..<end]), to: &carry,
                        tooLong: &carryTooLong)
                    visitCarry(number, carry, tooLong: carryTooLong, visit)
                    carry.removeAll(keepingCapacity: carry.count <= Self.chunkSize)
                    carryTooLong = false
                }
                start = end + 1
            }
        }
        if !carry.isEmpty || carryTooLong {
            number += 1
            visitCarry(number, carry, tooLong: carryTooLong, visit)
        }
        return true
    }

    /// Visits a line that was put together across reads: as its bytes, or as too long.
    private func visitCarry(_ number: Int, _ carry: [UInt8], tooLong: Bool, _ visit: Visitor) {
        carry.withUnsafeBytes { bytes in
            let line = trimmed(bytes)
            visit(number, tooLong || line.count > maximumLineLength ? nil : line)
        }
    }

    /// Adds a piece of a long line to the carry buffer, or marks it too long once it cannot fit
    /// even without a carriage return at its end.
    private func append(_ bytes: UnsafeRawBufferPointer, to carry: inout [UInt8], tooLong: inout Bool) {
        guard !tooLong else { return }
        if carry.count + bytes.count > maximumLineLength + 1 {
            tooLong = true
            carry.removeAll()
        } else {
            carry.append(contentsOf: bytes)
        }
    }

    /// The line without a trailing carriage return.
    private func trimmed(_ line: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if let last = line.last, last == 0x0D {
            return UnsafeRawBufferPointer(rebasing: line.dropLast())
        }
        return line
    }
}
