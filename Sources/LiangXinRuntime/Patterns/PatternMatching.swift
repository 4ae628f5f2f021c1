extension PatternProgram {
    /// Whether the whole of `text` matches, by simulating every thread of the NFA in lock step
    /// (Thompson's construction, as in RE2 and Rust's regex): each scalar is looked at once,
    /// and each instruction runs at most once a scalar, so no input makes it backtrack.
    public func matches(_ text: String) -> Bool {
        var iterator = text.unicodeScalars.makeIterator()
        return matches(scalars: &iterator)
    }

    /// Whether the whole of a string given as well-formed UTF-8 matches.
    public func matches(wellFormedUTF8 bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = WellFormedUTF8Scalars(bytes)
        return matches(scalars: &iterator)
    }

    /// Whether the whole of the text that `iterator` yields matches.
    private func matches(scalars iterator: inout some IteratorProtocol<Unicode.Scalar>) -> Bool {
        var threads = ThreadLists(size: instructions.count)
        var upcoming = iterator.next()?.value
        var context = Context(previous: nil, next: upcoming)
        addThread(0, to: &threads.current, context: context, stack: &threads.stack)
        while let scalar = upcoming {
            if threads.current.count == 0 { return false }
            upcoming = iterator.next()?.value
            context = Context(previous: scalar, next: upcoming)
            threads.next.removeAll()
            for slot in 0..<threads.current.count {
                let pc = threads.current.dense[slot]
                let consumed: Bool
                switch instructions[pc] {
                case .scalar(let value): consumed = value == scalar
                case .set(let index): consumed = sets[index].contains(scalar)
                default: consumed = false
                }
                if consumed { addThread(pc + 1, to: &threads.next, context: context, stack: &threads.stack) }
            }
            swap(&threads.current, &threads.next)
        }
        for slot in 0..<threads.current.count {
            if case .match = instructions[threads.current.dense[slot]] { return true }
        }
        return false
    }

    /// What the zero-width assertions see at a position: the scalars on either side.
    struct Context {
        var previous: UInt32?
        var next: UInt32?

        /// Whether `assertion` holds here.
        func holds(_ assertion: PatternAssertion) -> Bool {
            switch assertion {
            case .start: return previous == nil
            case .end: return next == nil
            case .wordBoundary: return isWord(previous) != isWord(next)
            case .notWordBoundary: return isWord(previous) == isWord(next)
            }
        }

        /// Whether a scalar is an ECMA-262 word character.
        private func isWord(_ scalar: UInt32?) -> Bool {
            guard let scalar else { return false }
            return ScalarSet.wordCharacters.contains(scalar)
        }
    }

    /// Adds the thread at `pc` and every thread its jumps, splits and true assertions lead to;
    /// the set's membership stops each instruction from being followed twice.
    private func addThread(_ pc: Int, to list: inout SparseSet, context: Context, stack: inout [Int]) {
        stack.append(pc)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch instructions[pc] {
            case .jump(let target):
                stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assert(let assertion):
                if context.holds(assertion) { stack.append(pc + 1) }
            case .scalar, .set, .match:
                break
            }
        }
    }

    /// The two thread lists of a run and the work stack, made once per call.
    private struct ThreadLists {
        var current: SparseSet
        var next: SparseSet
        var stack: [Int] = []

        /// Empty lists for a program of `size` instructions.
        init(size: Int) {
            current = SparseSet(capacity: size)
            next = SparseSet(capacity: size)
            stack.reserveCapacity(16)
        }
    }
}

/// A set of instruction indices with constant-time insert, membership and clearing
/// (Briggs and Torczon's sparse set), kept in insertion order.
struct SparseSet {
    /// The members, in insertion order, in `dense[0..<count]`.
    private(set) var dense: [Int]
    /// Where each member sits in `dense`.
    private var sparse: [Int]
    /// How many members there are.
    private(set) var count = 0

    /// An empty set for members below `capacity`.
    init(capacity: Int) {
        dense = [Int](repeating: 0, count: capacity)
        sparse = [Int](repeating: 0, count: capacity)
    }

    /// Adds `value`; false when it was already there.
    mutating func insert(_ value: Int) -> Bool {
        let slot = sparse[value]
        if slot < count, dense[slot] == value { return false }
        sparse[value] = count
        dense[count] = value
        count += 1
        return true
    }

    /// Removes every member.
    mutating func removeAll() { count = 0 }
}
