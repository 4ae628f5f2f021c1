/// Checks and measures UTF-8 without making a `String`: the stdlib validates a string's bytes
/// one at a time as it creates it, which is most of the cost of parsing a long non-ASCII prompt.
enum UTF8Validation {
    /// A shift-based automaton for well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF, no truncated sequence).
    ///
    /// Each byte's table row holds, for every state, the next state as a bit offset into the
    /// row, so a step is one load and one masking shift, with no branch to mispredict on text
    /// that mixes scripts. A state is a `UInt64` whose low six bits are its offset.
    struct Automaton {
        /// One row per byte value.
        let rows: UnsafePointer<UInt64>

        /// The state before any byte, and between sequences.
        static let start: UInt64 = 0

        /// Whether `state` is between sequences (none begun and not finished, none broken).
        @inline(__always)
        static func isBetweenSequences(_ state: UInt64) -> Bool { state & 63 == Node.between.offset }

        /// The state after `byte`.
        @inline(__always)
        func step(_ state: UInt64, _ byte: UInt8) -> UInt64 { rows[Int(byte)] &>> state }

        /// The state after the eight bytes of `word`, its lowest byte first.
        @inline(__always)
        func step(_ state: UInt64, word: UInt64) -> UInt64 {
            var state = state
            for shift in stride(from: 0 as UInt64, to: 64, by: 8) {
                state = rows[Int(truncatingIfNeeded: (word &>> shift) & 0xFF)] &>> state
            }
            return state
        }
    }

    /// The automaton. Its table is made once and lives as long as the process; nothing writes
    /// to it after that, so sharing it between threads is safe.
    nonisolated(unsafe) static let automaton: Automaton = {
        let rows = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for byte in 0...255 {
            rows[byte] = Node.allCases.reduce(0) { row, node in
                row | node.next(UInt8(byte)).offset << node.offset
            }
        }
        return Automaton(rows: UnsafePointer(rows))
    }()

    /// The automaton's states; each is kept as its bit offset in a table row.
    private enum Node: UInt64, CaseIterable {
        /// Between sequences.
        case between
        /// Broken; stays broken.
        case broken
        /// One, two or three continuation bytes (80–BF) to go.
        case tail1, tail2, tail3
        /// After E0 (A0–BF next: no overlong form), ED (80–9F: no surrogate), F0 (90–BF: no
        /// overlong form) and F4 (80–8F: nothing above U+10FFFF).
        case afterE0, afterED, afterF0, afterF4

        /// Where the node's next node sits in a row.
        var offset: UInt64 { rawValue * 6 }

        /// The node after `byte`.
        func next(_ byte: UInt8) -> Node {
            /// `then` when `byte` is in `range`, else the broken node.
            func expect(_ range: ClosedRange<UInt8>, _ then: Node) -> Node { range.contains(byte) ? then : .broken }
            switch self {
            case .between:
                switch byte {
                case 0x00...0x7F: return .between
                case 0xC2...0xDF: return .tail1
                case 0xE0: return .afterE0
                case 0xE1...0xEC, 0xEE...0xEF: return .tail2
                case 0xED: return .afterED
                case 0xF0: return .afterF0
                case 0xF1...0xF3: return .tail3
                case 0xF4: return .afterF4
                default: return .broken
                }
            case .broken: return .broken
            case .tail1: return expect(0x80...0xBF, .between)
            case .tail2: return expect(0x80...0xBF, .tail1)
            case .tail3: return expect(0x80...0xBF, .tail2)
            case .afterE0: return expect(0xA0...0xBF, .tail1)
            case .afterED: return expect(0x80...0x9F, .tail1)
            case .afterF0: return expect(0x90...0xBF, .tail2)
            case .afterF4: return expect(0x80...0x8F, .tail2)
            }
        }
    }

    /// Whether `bytes` are well-formed UTF-8. `String(validating:as:)` does the same from macOS 15
    /// and iOS 18 only; the package supports macOS 13 and iOS 16.
    static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var state = Automaton.start
        for byte in bytes { state = automaton.step(state, byte) }
        return Automaton.isBetweenSequences(state)
    }

    /// The number of Unicode scalars of well-formed UTF-8: its bytes that do not continue one.
    static func scalarCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
        return count
    }
}
