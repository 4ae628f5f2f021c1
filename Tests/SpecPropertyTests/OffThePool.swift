import Foundation

/// Runs slow synchronous work on a thread of its own and waits for it without holding a thread
/// of Swift's cooperative pool. The pool has one thread a core: on two cores, two long
/// synchronous tests stalled every other test for over a minute, and a timing test failed. The
/// work returns what it found, and the test checks it (an expectation belongs to the test's
/// task, not to another thread).
func offThePool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
