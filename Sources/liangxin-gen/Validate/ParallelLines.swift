import Foundation
import LiangXinRuntime

/// `validate --jobs N` for JSON Lines: the reader cuts the lines into batches of about 1 MiB
/// and N worker threads validate them, each into a report of its own; the reports are absorbed
/// in input order, so the output is byte for byte that of one job. At most 2N batches are read
/// ahead, which bounds memory whatever the file's size. Each worker makes its own validator:
/// shared ones would have their reference counts bounced between the cores.
struct ParallelLines {
    /// A validation function, and a way to make one for each worker.
    typealias Check = (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome

    /// The workers.
    let jobs: Int
    /// How output is formatted.
    let format: PayloadReport.Format
    /// The reason given for a line over the limit.
    let tooLarge: String

    /// One batch: lines copied out of the reader's buffer.
    private struct Batch: Sendable {
        /// Its place in the input.
        var index = 0
        /// The lines' bytes, end to end.
        var bytes: [UInt8] = []
        /// Each line: its number, and its range in `bytes` (nil when it was too large).
        var lines: [(number: Int, range: Range<Int>?)] = []
    }

    /// The batches waiting, the reports done, and whether reading is over; one lock for all.
    private final class Pipeline: @unchecked Sendable {
        let condition = NSCondition()
        var waiting: [Batch] = []
        var done: [Int: PayloadReport] = [:]
        var inFlight = 0
        var finished = false
    }

    /// Validates every line of `reader`, adding to `report` in order; false when reading failed.
    func run(
        _ reader: LineReader, name: String, makeCheck: @escaping @Sendable () -> Check,
        into report: inout PayloadReport
    ) -> Bool {
        let pipeline = Pipeline()
        let format = self.format
        let tooLarge = self.tooLarge
        let threads = (0..<jobs).map { _ in
            Thread {
                let check = makeCheck()
                // Strings of the worker's own: a shared one's reference count would be bounced
                // between the cores on every payload.
                let name = String(decoding: Array(name.utf8), as: UTF8.self)
                let tooLarge = String(decoding: Array(tooLarge.utf8), as: UTF8.self)
                while true {
                    pipeline.condition.lock()
                    while pipeline.waiting.isEmpty && !pipeline.finished { pipeline.condition.wait() }
                    guard !pipeline.waiting.isEmpty else {
                        pipeline.condition.unlock()
                        return
                    }
                    let batch = pipeline.waiting.removeFirst()
                    pipeline.condition.unlock()
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
                    pipeline.condition.lock()
                    pipeline.done[batch.index] = part
                    pipeline.condition.broadcast()
                    pipeline.condition.unlock()
                }
            }
        }
        threads.forEach { $0.start() }
        var next = 0
        var emitted = 0
        var batch = Batch()

        /// Absorbs, in order, every report that is done; waits for one while `until` holds.
        func drain(waitingWhile until: () -> Bool) {
            pipeline.condition.lock()
            while true {
                if var part = pipeline.done.removeValue(forKey: emitted) {
                    pipeline.inFlight -= 1
                    emitted += 1
                    pipeline.condition.unlock()
                    report.absorb(&part)
                    pipeline.condition.lock()
                    continue
                }
                guard until() else { break }
                pipeline.condition.wait()
            }
            pipeline.condition.unlock()
        }

        /// Queues the batch for the workers, once fewer than 2N are in flight.
        func submit() {
            guard !batch.lines.isEmpty else { return }
            drain { pipeline.inFlight >= 2 * jobs }
            batch.index = next
            next += 1
            pipeline.condition.lock()
            pipeline.inFlight += 1
            pipeline.waiting.append(batch)
            pipeline.condition.broadcast()
            pipeline.condition.unlock()
            batch = Batch()
        }

        let finished = reader.forEachLine { number, bytes in
            guard let bytes else {
                batch.lines.append((number, nil))
                return
            }
            guard !ValidateCommand.isBlank(bytes) else { return }
            let start = batch.bytes.count
            batch.bytes.append(contentsOf: bytes)
            batch.lines.append((number, start..<batch.bytes.count))
            if batch.bytes.count >= 1 << 20 || batch.lines.count >= 4096 { submit() }
        }
        submit()
        pipeline.condition.lock()
        pipeline.finished = true
        pipeline.condition.broadcast()
        pipeline.condition.unlock()
        drain { emitted < next }
        return finished
    }
}
