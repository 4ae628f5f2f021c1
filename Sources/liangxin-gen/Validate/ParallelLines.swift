import Foundation
import LiangXinRuntime

/// `validate --jobs N` for JSON Lines: the reader cuts the lines into batches of about 1 MiB
/// for ``OrderedWorkers``.
struct ParallelLines {
    /// A validation function; each worker makes its own.
    typealias Check = (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome

    /// The workers.
    let jobs: Int
    /// How output is formatted.
    let format: PayloadReport.Format
    /// The reason given for a line over the limit.
    let tooLarge: String

    /// One batch: lines copied out of the reader's buffer.
    struct Batch: Sendable {
        /// The lines' bytes, end to end.
        var bytes: [UInt8] = []
        /// Each line: its number, and its range in `bytes` (nil when it was too large).
        var lines: [(number: Int, range: Range<Int>?)] = []
    }

    /// Validates every line of `reader`, adding to `report` in order; false when reading failed.
    func run(
        _ reader: LineReader, name: String, makeCheck: @escaping @Sendable () -> Check,
        into report: inout PayloadReport
    ) -> Bool {
        let format = self.format
        let tooLarge = self.tooLarge
        let workers = OrderedWorkers<Batch>(jobs: jobs) {
            let check = makeCheck()
            // Strings of the worker's own: a shared one's reference count would be bounced
            // between the cores on every payload.
            let name = String(decoding: Array(name.utf8), as: UTF8.self)
            let tooLarge = String(decoding: Array(tooLarge.utf8), as: UTF8.self)
            return { batch in
                var part = PayloadReport(format: format, collecting: true)
                batch.bytes.withUnsafeBytes { bytes in
                    for line in batch.lines {
                        guard let range = line.range else {
                            part.addUnreadable(file: name, line: line.number, reason: tooLarge)
                            continue
                        }
                        part.add(
                            file: name, line: line.number,
                            outcome: check(UnsafeRawBufferPointer(rebasing: bytes[range])))
                    }
                }
                return part
            }
        }
        var batch = Batch()
        let finished = reader.forEachLine { number, bytes in
            guard let bytes else {
                batch.lines.append((number, nil))
                return
            }
            guard !ValidateCommand.isBlank(bytes) else { return }
            let start = batch.bytes.count
            batch.bytes.append(contentsOf: bytes)
            batch.lines.append((number, start..<batch.bytes.count))
            if batch.bytes.count >= 1 << 20 || batch.lines.count >= 4096 {
                workers.submit(batch, into: &report)
                batch = Batch()
            }
        }
        if !batch.lines.isEmpty { workers.submit(batch, into: &report) }
        workers.finish(into: &report)
        return finished
    }
}
