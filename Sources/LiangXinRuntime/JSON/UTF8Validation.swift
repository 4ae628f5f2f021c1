/// Checks and measures UTF-8 without making a `String`: the stdlib validates a string's bytes
/// one at a time as it creates it, which is most of the cost of parsing a long non-ASCII prompt.
enum UTF8Validation {
    /// The high bit of each of eight bytes: any of them set means a non-ASCII byte.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether `bytes` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF, no truncated sequence).
    ///
    /// A shift-based automaton: each byte's table row holds, for every state, the next state
    /// as a bit offset into the row, so a step is one load and one masking shift, with no
    /// branch to mispredict on text that mixes scripts.
    static func isWellFormed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        return transitions.withUnsafeBufferPointer { rows in
            var state: UInt64 = 0
            var offset = 0
            while offset + 8 <= count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                if word & highBits == 0, state & 63 == 0 {
                    offset += 8
                    continue
                }
                for shift in stride(from: 0, to: 64, by: 8) {
                    state = rows[Int(truncatingIfNeeded: word &>> UInt64(shift)) & 0xFF] &>> state
                }
                offset += 8
            }
            while offset < count {
                state = rows[Int(base.load(fromByteOffset: offset, as: UInt8.self))] &>> state
                offset += 1
            }
            return state & 63 == State.accept.offset
        }
    }

    /// The automaton's states; each is kept as its bit offset in a table row.
    private enum State: UInt64, CaseIterable {
        /// Between sequences.
        case accept
        /// Broken; stays broken.
        case error
        /// One, two or three continuation bytes (80–BF) to go.
        case tail1, tail2, tail3
        /// After E0 (A0–BF next: no overlong form), ED (80–9F: no surrogate), F0 (90–BF: no
        /// overlong form) and F4 (80–8F: nothing above U+10FFFF).
        case afterE0, afterED, afterF0, afterF4

        /// Where the state's next state sits in a row.
        var offset: UInt64 { rawValue * 6 }

        /// The state after `byte`.
        func next(_ byte: UInt8) -> State {
            /// `then` when `byte` is in `range`, else the error state.
            func expect(_ range: ClosedRange<UInt8>, _ then: State) -> State { range.contains(byte) ? then : .error }
            switch self {
            case .accept:
                switch byte {
                case 0x00...0x7F: return .accept
                case 0xC2...0xDF: return .tail1
                case 0xE0: return .afterE0
                case 0xE1...0xEC, 0xEE...0xEF: return .tail2
                case 0xED: return .afterED
                case 0xF0: return .afterF0
                case 0xF1...0xF3: return .tail3
                case 0xF4: return .afterF4
                default: return .error
                }
            case .error: return .error
            case .tail1: return expect(0x80...0xBF, .accept)
            case .tail2: return expect(0x80...0xBF, .tail1)
            case .tail3: return expect(0x80...0xBF, .tail2)
            case .afterE0: return expect(0xA0...0xBF, .tail1)
            case .afterED: return expect(0x80...0x9F, .tail1)
            case .afterF0: return expect(0x90...0xBF, .tail2)
            case .afterF4: return expect(0x80...0x8F, .tail2)
            }
        }
    }

    /// One row per byte value: for each state, the offset of the state after that byte.
    private static let transitions: [UInt64] = (0...255).map { byte in
        State.allCases.reduce(0) { row, state in row | state.next(UInt8(byte)).offset << state.offset }
    }

    /// The number of Unicode scalars of well-formed UTF-8: its bytes that do not continue one.
    static func scalarCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
        return count
    }
}
