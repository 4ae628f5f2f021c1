import Foundation

/// N threads (the caller's and N − 1 more) that turn numbered batches into reports, absorbed
/// into the caller's report in batch order: the output of `validate --jobs N` is byte for byte
/// that of one job.
///
/// The threads take the next batch number themselves, so none waits for a feeder; whichever
/// thread finishes the oldest batch still pending writes it out, with every later one already
/// done. A thread does not start a batch more than 8N ahead of the oldest pending one, which
/// bounds memory whatever the input's size. Each thread makes its own worker (its own
/// validator and strings: shared ones would have their reference counts bounced between the
/// cores).
final class OrderedWorkers: @unchecked Sendable {
    /// What a thread does with a batch, given its number.
    typealias Worker = (Int) -> PayloadReport

    /// How many batches a job may be ahead of the oldest pending one: enough that a thread
    /// rarely waits for a slow batch (a batch is small: a 512 KiB slice, or 64 files).
    static var batchesPerJob: Int { 8 }

    private let condition = NSCondition()
    private let batches: Int
    private let window: Int
    /// The next batch to start.
    private var next = 0
    /// The oldest batch not yet written out.
    private var emitted = 0
    /// Reports done out of order, waiting for the earlier ones.
    private var done: [Int: PayloadReport] = [:]
    /// Whether a thread is writing reports out.
    private var emitting = false
    /// Threads still running.
    private var running = 0
    /// The report the batches are absorbed into.
    private var report: PayloadReport

    /// Runs batches `0..<batches` on `jobs` threads, each with a worker from `makeWorker`, and
    /// absorbs their reports into `report` in order; returns when all are written out. The
    /// threads write into a copy of `report`, which then replaces it.
    static func run(
        batches: Int, jobs: Int, into report: inout PayloadReport, makeWorker: @escaping @Sendable () -> Worker
    ) {
        let threads = max(jobs, 1)
        let workers = OrderedWorkers(batches: batches, threads: threads, report: report)
        workers.running = threads
        for _ in 1..<threads {
            Thread { workers.work(makeWorker()) }.start()
        }
        workers.work(makeWorker())
        workers.condition.lock()
        while workers.running > 0 { workers.condition.wait() }
        report = workers.report
        workers.condition.unlock()
    }

    /// A coordinator for `batches` batches and `threads` threads.
    private init(batches: Int, threads: Int, report: PayloadReport) {
        self.batches = batches
        self.window = Self.batchesPerJob * threads
        self.report = report
    }

    /// One thread's loop: take a batch, do it, hand its report over; until none is left.
    private func work(_ worker: Worker) {
        while let index = take() {
            let part = worker(index)
            finish(index, part)
        }
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch to start, once it is within the window; nil when none is left.
    private func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < batches && next - emitted >= window { condition.wait() }
        guard next < batches else { return nil }
        next += 1
        return next - 1
    }

    /// Hands a batch's report over; writes out, in order, every report that is now due,
    /// unless another thread is already doing so (it will find this one).
    private func finish(_ index: Int, _ part: PayloadReport) {
        condition.lock()
        done[index] = part
        guard !emitting else {
            condition.unlock()
            return
        }
        emitting = true
        while var due = done.removeValue(forKey: emitted) {
            condition.unlock()
            report.absorb(&due)
            condition.lock()
            emitted += 1
            condition.broadcast()
        }
        emitting = false
        condition.unlock()
    }
}
