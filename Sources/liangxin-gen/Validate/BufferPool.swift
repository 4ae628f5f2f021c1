import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A byte buffer that a worker reads a slice into, and gives back to the pool.
final class ChunkBuffer: @unchecked Sendable {
    /// The memory.
    private let storage: UnsafeMutableRawBufferPointer
    /// How many bytes hold data.
    private(set) var count = 0
    /// Where the newlines are, from ``findNewlines(from:)``; its storage is reused.
    private var newlinePositions: [Int] = []

    /// An empty buffer of `capacity` bytes.
    init(capacity: Int) {
        storage = .allocate(byteCount: capacity, alignment: 16)
    }

    deinit { storage.deallocate() }

    /// How many bytes it can hold.
    var capacity: Int { storage.count }

    /// The bytes that hold data.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: storage[..<count]) }

    /// Empties the buffer.
    func reset() { count = 0 }

    /// The positions of the newlines in the data from `start` on, in order.
    func findNewlines(from start: Int) -> [Int] {
        // Built in a local array: appending to the stored one would check exclusive access
        // (a class's property) once a line.
        var positions = newlinePositions
        newlinePositions = []
        positions.removeAll(keepingCapacity: true)
        let data = bytes
        var position = start
        while let found = FileSlices.newline(in: data, from: position) {
            positions.append(found)
            position = found + 1
        }
        newlinePositions = positions
        return positions
    }

    /// Reads `count` bytes at `offset` of `descriptor` into the free room (fewer at the end of
    /// the file); false on an error.
    func read(from descriptor: Int32, offset: Int, count wanted: Int) -> Bool {
        var done = 0
        while done < wanted {
            let got = pread(descriptor, storage.baseAddress! + count, wanted - done, off_t(offset + done))
            if got < 0 {
                if errno == EINTR { continue }
                return false
            }
            if got == 0 { break }
            count += got
            done += got
        }
        return true
    }
}

/// Buffers for slices, reused: a buffer comes back to the reader warm in the cache and already
/// mapped, instead of a fresh allocation's page faults for every chunk.
final class BufferPool: @unchecked Sendable {
    /// The size of a buffer: a slice and the byte before it (which says whether a line starts
    /// at the slice's first byte).
    static let standardSize = FileSlices.sliceSize + 1

    private let lock = NSLock()
    private var free: [ChunkBuffer] = []

    /// A pool with no buffer yet.
    init() {}

    /// An empty buffer of at least `capacity` bytes.
    func take(capacity: Int) -> ChunkBuffer {
        lock.lock()
        let reused = capacity <= Self.standardSize ? free.popLast() : nil
        lock.unlock()
        if let reused {
            reused.reset()
            return reused
        }
        return ChunkBuffer(capacity: max(capacity, Self.standardSize))
    }

    /// Takes a buffer back; a larger one (a long line's) is freed instead, and so is any
    /// beyond the few that the workers can hold at once.
    func give(_ buffer: ChunkBuffer) {
        guard buffer.capacity == Self.standardSize else { return }
        lock.lock()
        if free.count < 64 { free.append(buffer) }
        lock.unlock()
    }
}
