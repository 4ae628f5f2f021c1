#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Reads a file descriptor for `validate --jobs N` in chunks of whole lines: each chunk is read
/// straight into a pooled buffer that goes to a worker as it is (no line is copied), with the
/// lines' numbers and ranges. The line rules are ``LineReader``'s: a trailing carriage return
/// is not part of the line, and a line longer than `maximumLineLength` is reported without its
/// bytes (and never held whole).
struct LineChunks {
    /// One chunk: a buffer of whole lines, and each line's number and range in it (nil when the
    /// line is too long).
    struct Chunk: Sendable {
        let buffer: ChunkBuffer
        let lines: [(number: Int, range: Range<Int>?)]
    }

    /// The descriptor to read.
    let descriptor: Int32
    /// The longest line that is kept.
    let maximumLineLength: Int
    /// Where buffers come from.
    let pool: BufferPool

    /// Reads to the end, handing every chunk that has lines to `visit`; false on a read error.
    func forEachChunk(_ visit: (Chunk) -> Void) -> Bool {
        var carry: [UInt8] = []  // the start of the line that the last read cut
        var skipping = false  // inside a line already known to be too long
        var number = 0
        while true {
            // Room for the cut line and at least as much again, so a long line is read in
            // chunks that double: linear time whatever its length.
            let buffer = pool.take(capacity: carry.count + max(BufferPool.standardSize, carry.count))
            buffer.append(carry)
            guard let read = buffer.read(from: descriptor) else {
                pool.give(buffer)
                return false
            }
            var lines: [(number: Int, range: Range<Int>?)] = []
            if read == 0 {  // the end: what was cut is the last line
                if skipping {
                    number += 1
                    lines.append((number, nil))
                } else if buffer.count > 0 {
                    number += 1
                    lines.append(line(number, 0..<buffer.count, in: buffer))
                }
                finish(buffer, lines, visit)
                return true
            }
            var start = 0
            while start < buffer.count,
                let newline = memchr(buffer.bytes.baseAddress! + start, 0x0A, buffer.count - start)
            {
                let end = buffer.bytes.baseAddress!.distance(to: UnsafeRawPointer(newline))
                number += 1
                lines.append(skipping ? (number, nil) : line(number, start..<end, in: buffer))
                skipping = false
                start = end + 1
            }
            // The cut line is kept while it may still fit (a carriage return may end it), and
            // dropped once it cannot.
            carry.removeAll(keepingCapacity: true)
            if skipping || buffer.count - start > maximumLineLength + 1 {
                skipping = true
            } else {
                carry.append(contentsOf: buffer.bytes[start...])
            }
            finish(buffer, lines, visit)
        }
    }

    /// Hands a chunk with lines on, or gives an empty one's buffer back.
    private func finish(
        _ buffer: ChunkBuffer, _ lines: [(number: Int, range: Range<Int>?)], _ visit: (Chunk) -> Void
    ) {
        if lines.isEmpty { pool.give(buffer) } else { visit(Chunk(buffer: buffer, lines: lines)) }
    }

    /// A line's entry: its range without a trailing carriage return, nil when too long.
    private func line(_ number: Int, _ range: Range<Int>, in buffer: ChunkBuffer) -> (number: Int, range: Range<Int>?) {
        var end = range.upperBound
        if end > range.lowerBound, buffer.bytes[end - 1] == 0x0D { end -= 1 }
        return (number, end - range.lowerBound > maximumLineLength ? nil : range.lowerBound..<end)
    }
}
