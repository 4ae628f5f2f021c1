import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// `validate --jobs N` on a regular file: each worker reads its own slice of the file
/// (`pread`), so that no thread reads for the others. A line belongs to the slice it starts in,
/// and is read past the slice's end when it runs on. Line numbers need the newlines of every
/// earlier slice: each worker counts its slice's first and publishes the count
/// (``LineNumbering``), then takes the earlier counts, then validates. The line rules
/// are ``LineReader``'s: a trailing carriage return is not part of the line, and a line longer
/// than `maximumLineLength` is reported without its bytes (and never held whole).
struct FileSlices {
    /// The size of a slice: one read. Reused buffers of this size stay mapped and warm; fresh
    /// 1 MiB ones for every read made one job half as fast.
    static let sliceSize = 512 << 10

    /// The size of a regular file with bytes in it; nil for anything else (a pipe has no
    /// slices).
    static func regularFileSize(_ descriptor: Int32) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
        return Int(info.st_size)
    }

    /// The file.
    let descriptor: Int32
    /// Its size when the work started.
    let size: Int
    /// The longest line that is kept.
    let maximumLineLength: Int

    /// How many slices the file has.
    var count: Int { (size + Self.sliceSize - 1) / Self.sliceSize }

    /// One line of a slice: its number and its bytes, nil when too long.
    typealias Visitor = (_ number: Int, _ bytes: UnsafeRawBufferPointer?) -> Void

    /// Reads slice `index`, publishes its newline count to `numbering`, learns from it the
    /// number of the slice's first line (the earlier slices' workers publish as soon as they
    /// have read theirs, before they wait for anything, so the wait is short and cannot close
    /// a cycle), and visits every line that starts in it; false on a read error (the count is
    /// published all the same).
    func forEachLine(
        ofSlice index: Int, numbering: LineNumbering, pool: BufferPool, _ visit: Visitor
    ) -> Bool {
        let start = index * Self.sliceSize
        let end = min(start + Self.sliceSize, size)
        // The byte before the slice says whether a line starts at its first byte.
        let from = max(start - 1, 0)
        let buffer = pool.take(capacity: end - from)
        defer { pool.give(buffer) }
        guard buffer.read(from: descriptor, offset: from, count: end - from) else {
            numbering.publish(0, slice: index)
            return false
        }
        let bytes = buffer.bytes
        guard bytes.count > start - from else {  // the file shrank
            numbering.publish(0, slice: index)
            return true
        }
        // One pass finds the slice's newlines: their count is published at once, and the
        // lines are then cut at them without searching again.
        let newlines = buffer.findNewlines(from: start - from)
        numbering.publish(newlines.count, slice: index)
        var position = start - from  // in `bytes`
        var number = numbering.newlines(before: index) + 1
        var next = 0  // in `newlines`
        if index > 0, bytes[0] != 0x0A {
            // The slice starts inside a line of the slice before: skip to its end.
            guard !newlines.isEmpty else { return true }
            position = newlines[0] + 1
            number += 1
            next = 1
        }
        while next < newlines.count {
            visit(number, line(UnsafeRawBufferPointer(rebasing: bytes[position..<newlines[next]])))
            position = newlines[next] + 1
            number += 1
            next += 1
        }
        guard position < bytes.count else { return true }
        // The last line runs on past the slice.
        let head = UnsafeRawBufferPointer(rebasing: bytes[position...])
        return runOn(from: from + position, head: head, number: number, visit)
    }

    /// Reads the rest of a line that starts in a slice and runs past its end, from `offset`
    /// (`head` holds its bytes up to the slice's end); visits it. False on a read error.
    private func runOn(
        from offset: Int, head: UnsafeRawBufferPointer, number: Int, _ visit: Visitor
    ) -> Bool {
        var kept = head.count <= maximumLineLength + 1 ? Array(head) : nil
        var next = offset + head.count
        // Most lines end within a few bytes of the slice: read 4 KiB first, then pieces that
        // double, up to a slice.
        var piece = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(next)) }
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 { break }  // the end of the file ends the line
            let newline = piece.withUnsafeBytes {
                Self.newline(in: UnsafeRawBufferPointer(rebasing: $0[..<got]), from: 0)
            }
            let part = piece[..<(newline ?? got)]
            if kept != nil {
                if kept!.count + part.count > maximumLineLength + 1 {
                    kept = nil
                } else {
                    kept!.append(contentsOf: part)
                }
            }
            if newline != nil { break }
            next += got
            if piece.count < Self.sliceSize { piece = [UInt8](repeating: 0, count: piece.count * 2) }
        }
        if let kept {
            kept.withUnsafeBytes { visit(number, line($0)) }
        } else {
            visit(number, nil)
        }
        return true
    }

    /// A line's bytes without a trailing carriage return, or nil when too long.
    private func line(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var line = bytes
        if line.last == 0x0D { line = UnsafeRawBufferPointer(rebasing: line.dropLast()) }
        return line.count > maximumLineLength ? nil : line
    }

    /// The position of the first newline at or after `from`.
    static func newline(in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard from < bytes.count, let found = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else {
            return nil
        }
        return bytes.baseAddress!.distance(to: UnsafeRawPointer(found))
    }
}

/// The newline counts of a file's slices, published by the workers in any order; a worker
/// asks for the newlines before its slice once it has published its own.
final class LineNumbering: @unchecked Sendable {
    private let condition = NSCondition()
    private var counts: [Int?]
    /// The slices counted from the start without a gap, and their newlines.
    private var known = 0
    private var newlinesBeforeKnown = 0

    /// Counts for `slices` slices, none published yet.
    init(slices: Int) {
        counts = Array(repeating: nil, count: slices)
    }

    /// Publishes slice `slice`'s newline count.
    func publish(_ count: Int, slice: Int) {
        condition.lock()
        counts[slice] = count
        while known < counts.count, let next = counts[known] {
            newlinesBeforeKnown += next
            known += 1
        }
        condition.broadcast()
        condition.unlock()
    }

    /// The newlines in every slice before `slice`, once they are all published.
    func newlines(before slice: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while known < slice { condition.wait() }
        var total = newlinesBeforeKnown
        for index in slice..<known { total -= counts[index]! }
        return total
    }
}
