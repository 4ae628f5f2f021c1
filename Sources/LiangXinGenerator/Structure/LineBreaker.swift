/// Breaks a line of generated code that is wider than the page into lines that fit, the way a
/// reviewer would write them by hand, so that no generated line is longer than ``width``.
///
/// Translators write each statement on one line; the breaker splits the widest bracketed list
/// of a long line at its top-level commas:
/// - an argument or parameter list goes on one continuation line when it fits there (adding an
///   argument then changes one line), otherwise one argument a line;
/// - an array literal goes one element a line, with a trailing comma, so adding an element adds
///   a line instead of rewriting one;
/// - a `guard` puts each condition on its own line;
/// - a type's conformance list goes on a line of its own, with the `{` below it;
/// - a string literal that still does not fit becomes a multi-line literal whose lines end in
///   `\` continuations (the same string).
/// String literals are never split elsewhere, and closures (`{ … }`) stay whole.
enum LineBreaker {
    /// The page width: the longest line generated code may have, indentation included.
    static let width = 120

    /// The lines `line` becomes at `indent` columns, each given relative to `indent` (a
    /// continuation line starts with its own extra indentation).
    static func lines(_ line: String, indent: Int) -> [String] {
        let scalars = Array(line.unicodeScalars)
        guard indent + scalars.count > width else { return [line] }
        return layout(scalars, indent: indent).map { String(String.UnicodeScalarView($0)) }
    }

    /// One unit of indentation within a broken line.
    private static let unit = Array("    ".unicodeScalars)

    /// The lines of `line` at `indent` columns.
    private static func layout(_ line: [Unicode.Scalar], indent: Int) -> [[Unicode.Scalar]] {
        guard indent + line.count > width else { return [line] }
        let tokens = SwiftLineTokens(line)
        if tokens.startsWithGuard, let conditions = tokens.guardConditions() {
            return guardLayout(line, conditions: conditions, indent: indent)
        }
        if let colon = tokens.conformanceColon() {
            let body = trimmed(Array(line[(colon + 1)..<(line.count - 1)]))
            return [Array(line[...colon]), unit + body, ["{"]]
        }
        if let (open, close) = tokens.widestList() {
            return listLayout(line, open: open, close: close, tokens: tokens, indent: indent)
        }
        if let literal = tokens.widestStringLiteral() {
            return stringLayout(line, literal: literal, indent: indent)
        }
        return [line]
    }

    /// `head(` items `)tail`: filled on one continuation line or one item a line.
    private static func listLayout(
        _ line: [Unicode.Scalar], open: Int, close: Int, tokens: SwiftLineTokens, indent: Int
    ) -> [[Unicode.Scalar]] {
        let head = Array(line[...open])
        let tail = Array(line[close...])
        let items = tokens.topLevelItems(from: open + 1, to: close).map { trimmed(Array(line[$0])) }
        guard !items.isEmpty else { return [line] }
        let isArray = line[open] == "["
        var result = layout(head, indent: indent)
        let inner = indent + unit.count
        if !isArray {
            let filled = items.dropFirst().reduce(items[0]) { $0 + [",", " "] + $1 } + tail
            if inner + filled.count <= width {
                result.append(unit + filled)
                return result
            }
        }
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            let comma: [Unicode.Scalar] = isArray || !isLast ? [","] : []
            result += layout(item + comma, indent: inner).map { unit + $0 }
        }
        result += layout(tail, indent: indent)
        return result
    }

    /// `guard a,` / `let b = b` / `else { … }`, Swift's own layout of a long guard.
    private static func guardLayout(
        _ line: [Unicode.Scalar], conditions: (items: [Range<Int>], elseStart: Int), indent: Int
    ) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        for (index, range) in conditions.items.enumerated() {
            let item = trimmed(Array(line[range]))
            let comma: [Unicode.Scalar] = index == conditions.items.count - 1 ? [] : [","]
            let text = index == 0 ? Array("guard ".unicodeScalars) + item + comma : unit + item + comma
            result += layout(text, indent: indent)
        }
        result.append(Array(line[conditions.elseStart...]))
        return result
    }

    /// `head"…"tail` with the literal as a multi-line literal of continued lines.
    private static func stringLayout(
        _ line: [Unicode.Scalar], literal: Range<Int>, indent: Int
    ) -> [[Unicode.Scalar]] {
        let quote = Array("\"\"\"".unicodeScalars)
        let content = Array(line[(literal.lowerBound + 1)..<(literal.upperBound - 1)])
        let room = max(width - indent - unit.count - 2, 20)
        var result = [Array(line[..<literal.lowerBound]) + quote]
        var current: [Unicode.Scalar] = []
        for word in words(content) {
            if !current.isEmpty, current.count + word.count > room {
                result.append(unit + current + ["\\"])
                current = []
            }
            current += word
        }
        result.append(unit + current)
        result.append(unit + quote + Array(line[literal.upperBound...]))
        return result
    }

    /// The escaped content of a literal cut after each space (the space stays with its word,
    /// so joining the words gives the content back).
    private static func words(_ content: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in content {
            current.append(scalar)
            if scalar == " " {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Without leading and trailing spaces.
    private static func trimmed(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " })
        else { return [] }
        return Array(text[first...last])
    }
}
