import Foundation
import LiangXinRuntime

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// `validate --jobs N` for a JSON Lines file, on ``OrderedWorkers``: the workers read their own
/// slices of it (``FileSlices``). A stream (a named pipe) has no slices, and is validated by one
/// job.
struct ParallelLines {
    /// A validation function; each worker makes its own.
    typealias Check = (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome

    /// The workers.
    let jobs: Int
    /// How output is formatted.
    let format: PayloadReport.Format
    /// The reason given for a line over the limit.
    let tooLarge: String

    /// Validates every line of a regular file on the workers, each reading its own slices,
    /// adding to `report` in order; false when reading failed.
    func run(
        _ slices: FileSlices, name: String, makeCheck: @escaping @Sendable () -> Check, into report: inout PayloadReport
    ) -> Bool {
        let format = self.format
        let tooLarge = self.tooLarge
        let pool = BufferPool()
        let numbering = LineNumbering(slices: slices.count)
        let failure = ReadFailure()
        OrderedWorkers.run(batches: slices.count, jobs: jobs, into: &report) {
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
        return !failure.happened
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
