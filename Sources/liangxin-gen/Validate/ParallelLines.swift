import Foundation
import LiangXinRuntime

/// `validate --jobs N` for JSON Lines: ``LineChunks`` reads the file in chunks of whole lines
/// (512 KiB) for ``OrderedWorkers``, whose workers validate them in place.
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
    /// failed.
    func run(
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
