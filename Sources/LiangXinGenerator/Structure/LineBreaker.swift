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
        // Most lines fit: their UTF-8 length (never below the scalar count) says so without a copy.
        if indent + line.utf8.count <= width { return [line] }
        let bytes = Array(line.utf8)
        guard indent + columns(bytes) > width else { return [line] }
        return layout(bytes, indent: indent).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The columns UTF-8 text takes: its scalars, the bytes that do not continue one.
    static func columns<Bytes: Collection<UInt8>>(_ text: Bytes) -> Int {
        var count = 0
        for byte in text where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// One unit of indentation within a broken line.
    private static let unit = Array("    ".utf8)

    /// The lines of `line` at `indent` columns.
    private static func layout(_ line: [UInt8], indent: Int) -> [[UInt8]] {
        guard indent + columns(line) > width else { return [line] }
        let tokens = SwiftLineTokens(line)
        if tokens.startsWithGuard, let conditions = tokens.guardConditions() {
            return guardLayout(line, conditions: conditions, indent: indent)
        }
        if let colon = tokens.conformanceColon() {
            let body = trimmed(Array(line[(colon + 1)..<(line.count - 1)]))
            return [Array(line[...colon]), unit + body, [UInt8(ascii: "{")]]
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
        _ line: [UInt8], open: Int, close: Int, tokens: SwiftLineTokens, indent: Int
    ) -> [[UInt8]] {
        let head = Array(line[...open])
        let tail = Array(line[close...])
        let items = tokens.topLevelItems(from: open + 1, to: close).map { trimmed(Array(line[$0])) }
        guard !items.isEmpty else { return [line] }
        let isArray = line[open] == UInt8(ascii: "[")
        var result = layout(head, indent: indent)
        let inner = indent + unit.count
        if !isArray {
            var filled: [UInt8] = []
            filled.reserveCapacity(line.count)
            for (index, item) in items.enumerated() {
                if index > 0 { filled += [UInt8(ascii: ","), UInt8(ascii: " ")] }
                filled += item
            }
            filled += tail
            if inner + columns(filled) <= width {
                result.append(unit + filled)
                return result
            }
        }
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            let comma: [UInt8] = isArray || !isLast ? [UInt8(ascii: ",")] : []
            result += layout(item + comma, indent: inner).map { unit + $0 }
        }
        result += layout(tail, indent: indent)
        return result
    }

    /// `guard a,` / `let b = b` / `else { … }`, Swift's own layout of a long guard.
    private static func guardLayout(
        _ line: [UInt8], conditions: (items: [Range<Int>], elseStart: Int), indent: Int
    ) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for (index, range) in conditions.items.enumerated() {
            let item = trimmed(Array(line[range]))
            let comma: [UInt8] = index == conditions.items.count - 1 ? [] : [UInt8(ascii: ",")]
            let text = index == 0 ? Array("guard ".utf8) + item + comma : unit + item + comma
            result += layout(text, indent: indent)
        }
        result.append(Array(line[conditions.elseStart...]))
        return result
    }

    /// `head"…"tail` with the literal as a multi-line literal of continued lines.
    private static func stringLayout(
        _ line: [UInt8], literal: Range<Int>, indent: Int
    ) -> [[UInt8]] {
        let quote = Array("\"\"\"".utf8)
        let content = Array(line[(literal.lowerBound + 1)..<(literal.upperBound - 1)])
        let room = max(width - indent - unit.count - 2, 20)
        var result = [Array(line[..<literal.lowerBound]) + quote]
        var current: [UInt8] = []
        for word in words(content) {
            if !current.isEmpty, columns(current) + columns(word) > room {
                result.append(unit + current + [UInt8(ascii: "\\")])
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
    private static func words(_ content: [UInt8]) -> [[UInt8]] {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in content {
            current.append(byte)
            if byte == UInt8(ascii: " ") {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Without leading and trailing spaces.
    private static func trimmed(_ text: [UInt8]) -> [UInt8] {
        let space = UInt8(ascii: " ")
        guard let first = text.firstIndex(where: { $0 != space }), let last = text.lastIndex(where: { $0 != space })
        else { return [] }
        return Array(text[first...last])
    }
}
