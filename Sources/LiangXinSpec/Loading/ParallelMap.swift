import Dispatch

/// Maps independent work items across the machine's cores, keeping input order, so the
/// output is the same bytes whatever the scheduling.
package enum ParallelMap {
    /// `items.map(transform)`, computed concurrently.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let slots = SendableBuffer(buffer: results)
        items.withUnsafeBufferPointer { input in
            let source = SendableInput(buffer: input)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.buffer[index] = transform(source.buffer[index])
            }
        }
        return results.map { $0! }
    }

    /// A buffer whose slots are written by distinct iterations only.
    private struct SendableBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }

    /// Read-only input shared by every iteration.
    private struct SendableInput<Element>: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<Element>
    }
}
