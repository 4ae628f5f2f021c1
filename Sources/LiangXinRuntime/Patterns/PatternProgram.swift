/// A pattern compiled to the instructions of a Thompson NFA, simulated by ``PatternProgram/matches(_:)``
/// in time proportional to the text's length times the program's size, whatever the pattern.
public struct PatternProgram: Sendable {
    /// One step of the automaton.
    enum Instruction: Sendable {
        /// Consume exactly this scalar.
        case scalar(UInt32)
        /// Consume one scalar of `sets[index]`.
        case set(Int)
        /// Go on at both targets.
        case split(Int, Int)
        /// Go on at the target.
        case jump(Int)
        /// Go on only where the assertion holds.
        case assert(PatternAssertion)
        /// The whole pattern has matched (whole-string matching accepts it only at the end).
        case match
    }

    /// The instructions; execution starts at 0.
    let instructions: [Instruction]
    /// The scalar sets that `.set` instructions consume.
    let sets: [ScalarSet]

    /// Compiles a parsed pattern; throws when the program would exceed
    /// ``PatternLimits/maximumProgramSize`` instructions.
    public init(_ node: PatternNode) throws(PatternSyntaxError) {
        let size = Self.size(of: node)
        guard size <= PatternLimits.maximumProgramSize else {
            throw PatternSyntaxError(
                "the pattern's repetitions expand to more than \(PatternLimits.maximumProgramSize) steps", at: 0)
        }
        var compiler = Compiler()
        compiler.emit(node)
        compiler.instructions.append(.match)
        instructions = compiler.instructions
        sets = compiler.sets
    }

    /// The number of instructions `node` compiles to, saturating far above the limit.
    private static func size(of node: PatternNode) -> Int {
        let ceiling = PatternLimits.maximumProgramSize + 1
        switch node {
        case .empty: return 0
        case .scalars, .assertion: return 1
        case .sequence(let parts): return min(ceiling, parts.reduce(0) { min(ceiling, $0 + size(of: $1)) })
        case .alternation(let parts): return min(ceiling, parts.reduce(0) { min(ceiling, $0 + size(of: $1) + 2) })
        case .repetition(let body, let minimum, let maximum):
            let copies = maximum.map { $0 } ?? (minimum + 1)
            let each = size(of: body) + 2
            return copies == 0
                ? 0 : min(ceiling, each.multipliedReportingOverflow(by: copies).overflow ? ceiling : each * copies)
        }
    }

    /// Emits instructions for nodes.
    private struct Compiler {
        var instructions: [Instruction] = []
        var sets: [ScalarSet] = []
        var setIndex: [ScalarSet: Int] = [:]

        /// Appends the instructions of `node`.
        mutating func emit(_ node: PatternNode) {
            switch node {
            case .empty:
                break
            case .scalars(let set):
                if set.ranges.count == 1, set.ranges[0].lowerBound == set.ranges[0].upperBound {
                    instructions.append(.scalar(set.ranges[0].lowerBound))
                } else if let index = setIndex[set] {
                    instructions.append(.set(index))
                } else {
                    setIndex[set] = sets.count
                    instructions.append(.set(sets.count))
                    sets.append(set)
                }
            case .assertion(let assertion):
                instructions.append(.assert(assertion))
            case .sequence(let parts):
                for part in parts { emit(part) }
            case .alternation(let parts):
                emitAlternation(parts[...])
            case .repetition(let body, let minimum, let maximum):
                for _ in 0..<minimum { emit(body) }
                if let maximum {
                    emitOptionalCopies(body, count: maximum - minimum)
                } else {
                    emitStar(body)
                }
            }
        }

        /// `a|b|…`: a split to the first and to the rest; each branch jumps to the end.
        private mutating func emitAlternation(_ parts: ArraySlice<PatternNode>) {
            guard parts.count > 1 else {
                if let only = parts.first { emit(only) }
                return
            }
            let split = instructions.count
            instructions.append(.split(split + 1, 0))
            emit(parts[parts.startIndex])
            let jump = instructions.count
            instructions.append(.jump(0))
            instructions[split] = .split(split + 1, instructions.count)
            emitAlternation(parts.dropFirst())
            instructions[jump] = .jump(instructions.count)
        }

        /// `body*`: a split into the body or past it; the body jumps back to the split.
        private mutating func emitStar(_ body: PatternNode) {
            let split = instructions.count
            instructions.append(.split(split + 1, 0))
            emit(body)
            instructions.append(.jump(split))
            instructions[split] = .split(split + 1, instructions.count)
        }

        /// `(body(body(…)?)?)?`: up to `count` more copies, each skipping to the end.
        private mutating func emitOptionalCopies(_ body: PatternNode, count: Int) {
            var splits: [Int] = []
            for _ in 0..<count {
                splits.append(instructions.count)
                instructions.append(.split(instructions.count + 1, 0))
                emit(body)
            }
            for split in splits { instructions[split] = .split(split + 1, instructions.count) }
        }
    }
}
