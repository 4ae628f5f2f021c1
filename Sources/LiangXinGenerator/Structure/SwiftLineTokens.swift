/// What ``LineBreaker`` needs to know about one line of generated Swift (as UTF-8 bytes: every
/// character it looks for is ASCII): where its string
/// literals are, which brackets match, and how deep each character is nested.
struct SwiftLineTokens {
    /// The line.
    private let line: [UInt8]
    /// For each character, how many brackets (of any kind, string contents excluded) enclose it;
    /// -1 inside a string literal, so that no comma, bracket or keyword is found there.
    private var depth: [Int]
    /// For each opening bracket, its closing bracket's index; -1 elsewhere and for a bracket
    /// that does not close on the line.
    private var closers: [Int]
    /// The ranges of string literals, quotes included.
    private(set) var literals: [Range<Int>] = []

    /// Scans a line once.
    init(_ line: [UInt8]) {
        self.line = line
        depth = Array(repeating: 0, count: line.count)
        closers = Array(repeating: -1, count: line.count)
        var stack: [Int] = []
        var index = 0
        while index < line.count {
            depth[index] = stack.count
            switch line[index] {
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < line.count, line[index] != UInt8(ascii: "\"") {
                    if line[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
                let end = min(index + 1, line.count)
                for inside in start..<end { depth[inside] = -1 }
                literals.append(start..<end)
                index = end
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(index)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let open = stack.popLast() { closers[open] = index }
                depth[index] = stack.count
            default:
                break
            }
            index += 1
        }
    }

    /// Whether the line is a `guard` statement.
    var startsWithGuard: Bool { line.starts(with: "guard ".utf8) }

    /// The outermost `(…)` list, or `[…]` literal of two or more elements (one element in
    /// brackets is a type or a subscript), that spans the most characters: the one to break.
    func widestList() -> (open: Int, close: Int)? {
        var best: (open: Int, close: Int)?
        for open in line.indices
        where depth[open] == 0 && (line[open] == UInt8(ascii: "(") || line[open] == UInt8(ascii: "[")) {
            let close = closers[open]
            guard close > open + 1 else { continue }
            if line[open] == UInt8(ascii: "["), topLevelItems(from: open + 1, to: close).count < 2 { continue }
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
        for index in start..<end where line[index] == UInt8(ascii: ",") && depth[index] == level {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<end)
        return items
    }

    /// A `guard`'s conditions (after `guard `) and where ` else` begins; nil unless there are
    /// at least two conditions.
    func guardConditions() -> (items: [Range<Int>], elseStart: Int)? {
        let keyword = Array(" else ".utf8)
        var elseStart: Int?
        var index = 6
        while index + keyword.count <= line.count {
            if depth[index] == 0, line[index..<(index + keyword.count)].elementsEqual(keyword) {
                elseStart = index + 1
                break
            }
            index += 1
        }
        guard let elseStart else { return nil }
        var items: [Range<Int>] = []
        var itemStart = 6
        for index in 6..<elseStart where line[index] == UInt8(ascii: ",") && depth[index] == 0 {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<(elseStart - 1))
        return items.count >= 2 ? (items, elseStart) : nil
    }

    /// In `public struct Name: A, B {` (or `enum`), the colon before the conformances.
    func conformanceColon() -> Int? {
        guard line.starts(with: "public struct ".utf8) || line.starts(with: "public enum ".utf8),
            line.last == UInt8(ascii: "{"), line.count >= 2, line[line.count - 2] == UInt8(ascii: " ")
        else { return nil }
        var angles = 0  // a generic clause's colons (`<Input: …>`) are not the conformance colon
        for index in line.indices where depth[index] == 0 {
            switch line[index] {
            case UInt8(ascii: "<"): angles += 1
            case UInt8(ascii: ">"): angles -= 1
            case UInt8(ascii: ":") where angles == 0: return index
            default: break
            }
        }
        return nil
    }

    /// The longest string literal of the line, when it is long enough to be worth continuing.
    func widestStringLiteral() -> Range<Int>? {
        guard let widest = literals.max(by: { $0.count < $1.count }), widest.count > 40,
            line[widest.upperBound - 1] == UInt8(ascii: "\"")
        else { return nil }
        return widest
    }
}
