#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hash tables from byte strings (object keys, enum values, model ids) to small integers, many
/// tables in one storage: a payload's key is found by its bytes as they lie in the payload,
/// in constant time whatever the number of fields, values or models.
///
/// Strings are equal when their bytes are, as ``WireString`` has it. Each table is open
/// addressing with linear probing, at most half full, so a search ends at an empty bucket.
enum ByteStringTable {
    /// Where one table lives in the storage.
    struct Location {
        /// Its first bucket.
        let firstBucket: Int
        /// Its bucket count minus one (the count is a power of two).
        let mask: Int
    }

    /// One string: its bytes in the pool, and its value.
    struct Entry {
        let offset: Int
        let count: Int
        let value: Int
    }

    /// Tables being built.
    struct Builder {
        private var bytes: [UInt8] = []
        private var entries: [Entry] = []
        private var buckets: [Int32] = []

        /// Adds a table of `strings` and their values; a repeated string keeps its first value.
        mutating func add(_ strings: [([UInt8], Int)]) -> Location {
            var size = 2
            while size < strings.count * 2 { size *= 2 }
            let location = Location(firstBucket: buckets.count, mask: size - 1)
            buckets += repeatElement(-1, count: size)
            for (string, value) in strings {
                let found = string.withUnsafeBufferPointer { pointer in
                    Storage.find(
                        pointer.baseAddress, pointer.count, in: location, bytes: bytes, entries: entries,
                        buckets: buckets)
                }
                guard found.entry == nil else { continue }
                buckets[location.firstBucket + found.bucket] = Int32(entries.count)
                entries.append(Entry(offset: bytes.count, count: string.count, value: value))
                bytes += string
            }
            return location
        }

        /// The tables, copied to memory that lives until ``Storage/deallocate()``.
        func frozen() -> Storage {
            Storage(
                bytes: VerifierProgram.frozen(bytes), entries: VerifierProgram.frozen(entries),
                buckets: VerifierProgram.frozen(buckets))
        }
    }

    /// The tables, frozen: plain pointers, read by any number of threads.
    struct Storage {
        let bytes: UnsafePointer<UInt8>
        let entries: UnsafePointer<Entry>
        let buckets: UnsafePointer<Int32>

        /// The value of the string of `count` bytes at `start` in the table at `location`, or
        /// -1 when the table does not have it.
        @inline(__always)
        func value(_ start: UnsafePointer<UInt8>, _ count: Int, in location: Location) -> Int {
            var bucket = Int(truncatingIfNeeded: ByteStringTable.hash(start, count)) & location.mask
            while true {
                let index = Int(buckets[location.firstBucket + bucket])
                if index < 0 { return -1 }
                let entry = entries[index]
                if entry.count == count, memcmp(bytes + entry.offset, start, count) == 0 { return entry.value }
                bucket = (bucket + 1) & location.mask
            }
        }

        /// Frees the tables.
        func deallocate() {
            UnsafeMutablePointer(mutating: bytes).deallocate()
            UnsafeMutablePointer(mutating: entries).deallocate()
            UnsafeMutablePointer(mutating: buckets).deallocate()
        }

        /// Where a string is, or the empty bucket where it would go, in tables being built.
        fileprivate static func find(
            _ start: UnsafePointer<UInt8>?, _ count: Int, in location: Location, bytes: [UInt8], entries: [Entry],
            buckets: [Int32]
        ) -> (entry: Int?, bucket: Int) {
            let hash = start.map { ByteStringTable.hash($0, count) } ?? ByteStringTable.hashOfEmpty
            var bucket = Int(truncatingIfNeeded: hash) & location.mask
            while true {
                let index = Int(buckets[location.firstBucket + bucket])
                if index < 0 { return (nil, bucket) }
                let entry = entries[index]
                if entry.count == count,
                    bytes[entry.offset..<entry.offset + count].elementsEqual(
                        UnsafeBufferPointer(start: start, count: count))
                {
                    return (index, bucket)
                }
                bucket = (bucket + 1) & location.mask
            }
        }
    }

    /// The hash of the empty string (what ``hash(_:_:)`` gives for no bytes).
    static let hashOfEmpty = finish(0)

    /// A hash of `count` bytes at `start`: a short string's bytes as one word, a longer
    /// one's first and last eight bytes, mixed with its length.
    @inline(__always)
    static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if count >= 8 {
            let raw = UnsafeRawPointer(start)
            let first = raw.loadUnaligned(as: UInt64.self)
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            return finish((first &* 0x9E37_79B9_7F4A_7C15 ^ last) &+ UInt64(count))
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(start[offset]) &<< (UInt64(offset) &* 8) }
        return finish(word &+ UInt64(count))
    }

    /// Mixes a word's bits into its high and low bits (the finalizer of MurmurHash3).
    @inline(__always)
    private static func finish(_ word: UInt64) -> UInt64 {
        var word = word
        word ^= word >> 33
        word &*= 0xFF51_AFD7_ED55_8CCD
        word ^= word >> 33
        return word
    }
}
