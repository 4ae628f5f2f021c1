/// What ``LineBreaker`` needs to know about one line of generated Swift: where its string
/// literals are, which brackets match, and how deep each character is nested.
struct SwiftLineTokens {
    /// The line.
    private let line: [Unicode.Scalar]
    /// For each character, how many brackets (of any kind, string contents excluded) enclose it.
    private var depth: [Int]
    /// Each opening bracket's index → its closing bracket's index (when it closes on the line).
    private var closers: [Int: Int] = [:]
    /// The ranges of string literals, quotes included.
    private(set) var literals: [Range<Int>] = []

    /// Scans a line once.
    init(_ line: [Unicode.Scalar]) {
        self.line = line
        depth = Array(repeating: 0, count: line.count)
        var stack: [Int] = []
        var index = 0
        while index < line.count {
            depth[index] = stack.count
            switch line[index] {
            case "\"":
                let start = index
                index += 1
                while index < line.count, line[index] != "\"" {
                    if line[index] == "\\" { index += 1 }
                    index += 1
                }
                let end = min(index + 1, line.count)
                for inside in start..<end { depth[inside] = stack.count }
                literals.append(start..<end)
                index = end
                continue
            case "(", "[", "{":
                stack.append(index)
            case ")", "]", "}":
                if let open = stack.popLast() { closers[open] = index }
                depth[index] = stack.count
            default:
                break
            }
            index += 1
        }
    }

    /// Whether the line is a `guard` statement.
    var startsWithGuard: Bool { line.starts(with: "guard ".unicodeScalars) }

    /// The outermost `(…)` list, or `[…]` literal of two or more elements (one element in
    /// brackets is a type or a subscript), that spans the most characters: the one to break.
    func widestList() -> (open: Int, close: Int)? {
        var best: (open: Int, close: Int)?
        for (open, close) in closers where depth[open] == 0 && (line[open] == "(" || line[open] == "[") {
            guard close > open + 1 else { continue }
            if line[open] == "[", topLevelItems(from: open + 1, to: close).count < 2 { continue }
            if let current = best,
                current.close - current.open > close - open
                    || (current.close - current.open == close - open && current.open < open)
            {
                continue
            }
            best = (open, close)
        }
        return best
    }

    /// The items of the list between `start` and `end`, split at its own commas.
    func topLevelItems(from start: Int, to end: Int) -> [Range<Int>] {
        guard start < end else { return [] }
        let level = depth[start - 1] + 1
        var items: [Range<Int>] = []
        var itemStart = start
        for index in start..<end where line[index] == "," && depth[index] == level && !isInLiteral(index) {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<end)
        return items
    }

    /// A `guard`'s conditions (after `guard `) and where ` else` begins; nil unless there are
    /// at least two conditions.
    func guardConditions() -> (items: [Range<Int>], elseStart: Int)? {
        let keyword = Array(" else ".unicodeScalars)
        var elseStart: Int?
        var index = 6
        while index + keyword.count <= line.count {
            if depth[index] == 0, !isInLiteral(index), Array(line[index..<(index + keyword.count)]) == keyword {
                elseStart = index + 1
                break
            }
            index += 1
        }
        guard let elseStart else { return nil }
        var items: [Range<Int>] = []
        var itemStart = 6
        for index in 6..<elseStart where line[index] == "," && depth[index] == 0 && !isInLiteral(index) {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<(elseStart - 1))
        return items.count >= 2 ? (items, elseStart) : nil
    }

    /// In `public struct Name: A, B {` (or `enum`), the colon before the conformances.
    func conformanceColon() -> Int? {
        guard line.starts(with: "public struct ".unicodeScalars) || line.starts(with: "public enum ".unicodeScalars),
            line.last == "{", line.count >= 2, line[line.count - 2] == " "
        else { return nil }
        var angles = 0  // a generic clause's colons (`<Input: …>`) are not the conformance colon
        for index in line.indices where depth[index] == 0 && !isInLiteral(index) {
            switch line[index] {
            case "<": angles += 1
            case ">": angles -= 1
            case ":" where angles == 0: return index
            default: break
            }
        }
        return nil
    }

    /// The longest string literal of the line, when it is long enough to be worth continuing.
    func widestStringLiteral() -> Range<Int>? {
        guard let widest = literals.max(by: { $0.count < $1.count }), widest.count > 40,
            line[widest.upperBound - 1] == "\""
        else { return nil }
        return widest
    }

    /// Whether a character is inside a string literal.
    private func isInLiteral(_ index: Int) -> Bool {
        literals.contains { $0.contains(index) }
    }
}
