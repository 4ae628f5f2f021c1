import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// read(2), by a name that the buffer's own `read(from:)` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// A byte buffer that a chunk of lines owns until its worker gives it back to the pool.
final class ChunkBuffer: @unchecked Sendable {
    /// The memory.
    private let storage: UnsafeMutableRawBufferPointer
    /// How many bytes hold data.
    private(set) var count = 0

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

    /// Appends bytes (the caller made room).
    func append(_ data: [UInt8]) {
        data.withUnsafeBytes { (storage.baseAddress! + count).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        count += data.count
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

    /// Reads once from `descriptor` into the free room: the bytes read (0 at the end), or nil
    /// on an error.
    func read(from descriptor: Int32) -> Int? {
        while true {
            let got = systemRead(descriptor, storage.baseAddress! + count, storage.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += got
            return got
        }
    }
}

/// Buffers for chunks, reused: a buffer comes back to the reader warm in the cache and already
/// mapped, instead of a fresh allocation's page faults for every chunk.
final class BufferPool: @unchecked Sendable {
    /// The size of a buffer: one read. Reused buffers stay mapped and warm; fresh 1 MiB ones
    /// for every read made one job half as fast.
    static let standardSize = 512 << 10

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
