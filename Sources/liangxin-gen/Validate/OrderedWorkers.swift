import Foundation

/// N worker threads that turn batches into reports, absorbed into the caller's report in the
/// order the batches were submitted: the output of `validate --jobs N` is byte for byte that of
/// one job. At most 8N batches are in flight, which bounds memory whatever the input's size.
/// Each thread makes its own worker (its own validator and strings: shared ones would have
/// their reference counts bounced between the cores).
final class OrderedWorkers<Batch: Sendable>: @unchecked Sendable {
    /// What a thread does with a batch.
    typealias Worker = (Batch) -> PayloadReport

    private let jobs: Int
    /// How many batches a job may have waiting or in progress: enough that a worker rarely
    /// waits for the reader (chunks of JSON Lines are small, 512 KiB).
    static var batchesPerJob: Int { 8 }
    private let condition = NSCondition()
    private var waiting: [(index: Int, batch: Batch)] = []
    private var done: [Int: PayloadReport] = [:]
    private var inFlight = 0
    private var finished = false
    private var next = 0
    private var emitted = 0

    /// Starts `jobs` threads, each with a worker from `makeWorker`.
    init(jobs: Int, makeWorker: @escaping @Sendable () -> Worker) {
        self.jobs = jobs
        for _ in 0..<jobs {
            Thread { [self] in
                let worker = makeWorker()
                while let (index, batch) = take() {
                    let part = worker(batch)
                    condition.lock()
                    done[index] = part
                    condition.broadcast()
                    condition.unlock()
                }
            }.start()
        }
    }

    /// The next batch for a thread, or nil once the work is over.
    private func take() -> (Int, Batch)? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        return waiting.isEmpty ? nil : waiting.removeFirst()
    }

    /// Queues a batch once fewer than 8N are in flight, absorbing what is done meanwhile.
    func submit(_ batch: Batch, into report: inout PayloadReport) {
        drain(into: &report) { inFlight >= Self.batchesPerJob * jobs }
        condition.lock()
        waiting.append((next, batch))
        next += 1
        inFlight += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for every batch, absorbs the rest in order, and lets the threads end.
    func finish(into report: inout PayloadReport) {
        drain(into: &report) { emitted < next }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Absorbs, in order, every report that is done; waits for more while `until` holds.
    private func drain(into report: inout PayloadReport, waitingWhile until: () -> Bool) {
        condition.lock()
        while true {
            if var part = done.removeValue(forKey: emitted) {
                inFlight -= 1
                emitted += 1
                condition.unlock()
                report.absorb(&part)
                condition.lock()
                continue
            }
            guard until() else { break }
            condition.wait()
        }
        condition.unlock()
    }
}
