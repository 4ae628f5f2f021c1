import Foundation
import LiangXinRuntime

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// `validate --jobs N` for JSON Lines, on ``OrderedWorkers``: a regular file's workers read
/// their own slices (``FileSlices``); a stream is read by the calling thread in chunks of
/// whole lines (``LineChunks``) that the workers validate in place.
struct ParallelLines {
    /// A validation function; each worker makes its own.
    typealias Check = (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome

    /// The workers.
    let jobs: Int
    /// How output is formatted.
    let format: PayloadReport.Format
    /// The reason given for a line over the limit.
    let tooLarge: String

    /// Validates every line of `descriptor`, adding to `report` in order; false when reading
    /// failed. A regular file is read by the workers themselves, in slices (``FileSlices``);
    /// anything else by this thread, in chunks (``LineChunks``).
    func run(
        descriptor: Int32, maximumLineLength: Int, name: String, makeCheck: @escaping @Sendable () -> Check,
        into report: inout PayloadReport
    ) -> Bool {
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
            let slices = FileSlices(
                descriptor: descriptor, size: Int(info.st_size), maximumLineLength: maximumLineLength)
            return run(slices, name: name, makeCheck: makeCheck, into: &report)
        }
        return runChunks(
            descriptor: descriptor, maximumLineLength: maximumLineLength, name: name, makeCheck: makeCheck,
            into: &report)
    }

    /// Validates a regular file's slices on the workers, each reading its own.
    private func run(
        _ slices: FileSlices, name: String, makeCheck: @escaping @Sendable () -> Check, into report: inout PayloadReport
    ) -> Bool {
        let format = self.format
        let tooLarge = self.tooLarge
        let pool = BufferPool()
        let numbering = LineNumbering(slices: slices.count)
        let failure = ReadFailure()
        let workers = OrderedWorkers<Int>(jobs: jobs) {
            let check = makeCheck()
            let name = String(decoding: Array(name.utf8), as: UTF8.self)
            let tooLarge = String(decoding: Array(tooLarge.utf8), as: UTF8.self)
            return { index in
                var part = PayloadReport(format: format, collecting: true)
                let read = slices.forEachLine(ofSlice: index, numbering: numbering, pool: pool) { number, bytes in
                    guard let bytes else {
                        part.addUnreadable(file: name, line: number, reason: tooLarge)
                        return
                    }
                    guard !ValidateCommand.isBlank(bytes) else { return }
                    part.add(file: name, line: number, outcome: check(bytes))
                }
                if !read { failure.record() }
                return part
            }
        }
        for index in 0..<slices.count { workers.submit(index, into: &report) }
        workers.finish(into: &report)
        return !failure.happened
    }

    /// Validates the lines of a pipe or other stream, read by this thread in chunks.
    private func runChunks(
        descriptor: Int32, maximumLineLength: Int, name: String, makeCheck: @escaping @Sendable () -> Check,
        into report: inout PayloadReport
    ) -> Bool {
        let format = self.format
        let tooLarge = self.tooLarge
        let pool = BufferPool()
        let workers = OrderedWorkers<LineChunks.Chunk>(jobs: jobs) {
            let check = makeCheck()
            // Strings of the worker's own: a shared one's reference count would be bounced
            // between the cores on every payload.
            let name = String(decoding: Array(name.utf8), as: UTF8.self)
            let tooLarge = String(decoding: Array(tooLarge.utf8), as: UTF8.self)
            return { chunk in
                var part = PayloadReport(format: format, collecting: true)
                let bytes = chunk.buffer.bytes
                for line in chunk.lines {
                    guard let range = line.range else {
                        part.addUnreadable(file: name, line: line.number, reason: tooLarge)
                        continue
                    }
                    let payload = UnsafeRawBufferPointer(rebasing: bytes[range])
                    guard !ValidateCommand.isBlank(payload) else { continue }
                    part.add(file: name, line: line.number, outcome: check(payload))
                }
                pool.give(chunk.buffer)
                return part
            }
        }
        let finished = LineChunks(descriptor: descriptor, maximumLineLength: maximumLineLength, pool: pool)
            .forEachChunk { workers.submit($0, into: &report) }
        workers.finish(into: &report)
        return finished
    }
}

/// Whether any worker failed to read: a flag the workers set and the reader checks at the end.
final class ReadFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failed = false

    /// Records a failure.
    func record() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    /// Whether a failure was recorded.
    var happened: Bool {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }
}
