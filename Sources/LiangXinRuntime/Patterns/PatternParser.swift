/// Parses a pattern in the ECMA-262 syntax (as with the `u` flag: escapes are strict and the
/// unit is a Unicode scalar) into a ``PatternNode``, refusing, with the construct named, what
/// cannot be matched in linear time (backreferences, lookaround) or is not in the subset.
public struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var depth = 0

    /// A parser at the start of `source`.
    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The parsed pattern, or the first reason it is not in the subset.
    public static func parse(_ source: String) throws(PatternSyntaxError) -> PatternNode {
        var parser = PatternParser(source)
        let node = try parser.parseDisjunction()
        if parser.index < parser.scalars.count {
            // Only an unmatched `)` stops a top-level disjunction early.
            throw PatternSyntaxError("unmatched ')'", at: parser.index)
        }
        return node
    }

    // MARK: - Structure

    /// `a|b|c`, up to an unmatched `)` or the end.
    private mutating func parseDisjunction() throws(PatternSyntaxError) -> PatternNode {
        var alternatives = [try parseAlternative()]
        while peek("|") {
            index += 1
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    /// The terms of one alternative.
    private mutating func parseAlternative() throws(PatternSyntaxError) -> PatternNode {
        var terms: [PatternNode] = []
        while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
            terms.append(try parseTerm())
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    /// An assertion, or an atom with an optional quantifier.
    private mutating func parseTerm() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        let scalar = scalars[index]
        var atom: PatternNode
        switch scalar {
        case "^":
            index += 1
            return try refuseQuantifier(after: .assertion(.start), what: "'^'")
        case "$":
            index += 1
            return try refuseQuantifier(after: .assertion(.end), what: "'$'")
        case "\\" where index + 1 < scalars.count && (scalars[index + 1] == "b" || scalars[index + 1] == "B"):
            index += 2
            let assertion: PatternAssertion = scalars[start + 1] == "b" ? .wordBoundary : .notWordBoundary
            return try refuseQuantifier(after: .assertion(assertion), what: "'\\\(scalars[start + 1])'")
        case "(":
            atom = try parseGroup()
        case "[":
            atom = .scalars(try parseClass())
        case ".":
            index += 1
            atom = .scalars(.dot)
        case "\\":
            atom = .scalars(try parseAtomEscape())
        case "*", "+", "?":
            throw PatternSyntaxError("nothing to repeat before '\(scalar)'", at: index)
        case "{":
            if try quantifierBounds(at: index) != nil {
                throw PatternSyntaxError("nothing to repeat before '{'", at: index)
            }
            throw PatternSyntaxError("a literal '{' must be escaped as '\\{'", at: index)
        case "}":
            throw PatternSyntaxError("a literal '}' must be escaped as '\\}'", at: index)
        case "]":
            throw PatternSyntaxError("a literal ']' must be escaped as '\\]'", at: index)
        default:
            index += 1
            atom = .scalars(ScalarSet(scalar: scalar.value))
        }
        return try parseQuantifier(on: atom)
    }

    /// An assertion followed by a quantifier is an error (ECMA-262 with the `u` flag).
    private mutating func refuseQuantifier(after node: PatternNode, what: String) throws(PatternSyntaxError)
        -> PatternNode
    {
        if try startsQuantifier(at: index) {
            throw PatternSyntaxError("the assertion \(what) cannot be repeated", at: index)
        }
        return node
    }

    /// `(…)`, `(?:…)` or `(?<name>…)`; lookaround is refused by name.
    private mutating func parseGroup() throws(PatternSyntaxError) -> PatternNode {
        let start = index
        index += 1
        if peek("?") {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let after = index + 2 < scalars.count ? scalars[index + 2] : nil
            switch (next, after) {
            case (":", _):
                index += 2
            case ("=", _), ("!", _):
                throw PatternSyntaxError(
                    "lookahead '(?\(next!)' is not supported: patterns are matched in linear time", at: start)
            case ("<", "="), ("<", "!"):
                throw PatternSyntaxError(
                    "lookbehind '(?<\(after!)' is not supported: patterns are matched in linear time", at: start)
            case ("<", _):
                index += 2
                try skipGroupName(groupStart: start)
            default:
                throw PatternSyntaxError("invalid group '(?'", at: start)
            }
        }
        depth += 1
        guard depth <= PatternLimits.maximumNesting else {
            throw PatternSyntaxError("groups nest deeper than \(PatternLimits.maximumNesting) levels", at: start)
        }
        let body = try parseDisjunction()
        depth -= 1
        guard peek(")") else { throw PatternSyntaxError("unterminated group", at: start) }
        index += 1
        return body
    }

    /// The name of `(?<name>…)` up to its `>` (ASCII letters, digits, `_` and `$`).
    private mutating func skipGroupName(groupStart: Int) throws(PatternSyntaxError) {
        let nameStart = index
        while index < scalars.count, scalars[index] != ">" {
            let scalar = scalars[index]
            let isNameScalar =
                scalar.properties.isAlphabetic || scalar == "_" || scalar == "$"
                || (index > nameStart && scalar.properties.numericType == .decimal)
            guard isNameScalar else { throw PatternSyntaxError("invalid group name", at: index) }
            index += 1
        }
        guard index < scalars.count, index > nameStart else {
            throw PatternSyntaxError("invalid group name", at: groupStart)
        }
        index += 1
    }

    // MARK: - Quantifiers

    /// `*`, `+`, `?` or `{m}`, `{m,}`, `{m,n}`, each optionally lazy (`?`), after an atom.
    private mutating func parseQuantifier(on atom: PatternNode) throws(PatternSyntaxError) -> PatternNode {
        guard index < scalars.count else { return atom }
        let bounds: (minimum: Int, maximum: Int?)
        switch scalars[index] {
        case "*":
            index += 1
            bounds = (0, nil)
        case "+":
            index += 1
            bounds = (1, nil)
        case "?":
            index += 1
            bounds = (0, 1)
        case "{":
            guard let (minimum, maximum, end) = try quantifierBounds(at: index) else {
                throw PatternSyntaxError("a literal '{' must be escaped as '\\{'", at: index)
            }
            index = end
            bounds = (minimum, maximum)
        default:
            return atom
        }
        // Laziness changes which match is found, never whether one is: whole-string matching
        // only asks the second question.
        if peek("?") { index += 1 }
        if try startsQuantifier(at: index) {
            throw PatternSyntaxError("nothing to repeat before '\(scalars[index])'", at: index)
        }
        return .repetition(atom, minimum: bounds.minimum, maximum: bounds.maximum)
    }

    /// Whether a quantifier (`*`, `+`, `?` or a well-formed `{…}`) starts at `position`.
    private func startsQuantifier(at position: Int) throws(PatternSyntaxError) -> Bool {
        guard position < scalars.count else { return false }
        switch scalars[position] {
        case "*", "+", "?": return true
        case "{": return try quantifierBounds(at: position) != nil
        default: return false
        }
    }

    /// The bounds of `{m}`, `{m,}` or `{m,n}` at `start`, and the index after its `}`; nil
    /// when the text there is not such a quantifier; throws when its counts are out of range
    /// or order.
    private func quantifierBounds(at start: Int) throws(PatternSyntaxError) -> (Int, Int?, Int)? {
        var position = start + 1
        func number() -> Int?? {
            let first = position
            var value = 0
            while position < scalars.count, let digit = scalars[position].asciiDigit {
                value = min(value * 10 + digit, Int(Int32.max))
                position += 1
            }
            return position == first ? .some(nil) : .some(value)
        }
        guard let minimum = number()! else { return nil }
        var maximum: Int? = minimum
        if position < scalars.count, scalars[position] == "," {
            position += 1
            maximum = number()!
        }
        guard position < scalars.count, scalars[position] == "}" else { return nil }
        if let maximum, maximum < minimum {
            throw PatternSyntaxError("numbers out of order in the quantifier {\(minimum),\(maximum)}", at: start)
        }
        let largest = maximum ?? minimum
        if largest > PatternLimits.maximumRepetition {
            throw PatternSyntaxError(
                "the repetition count \(largest) is above the limit of \(PatternLimits.maximumRepetition)",
                at: start)
        }
        return (minimum, maximum, position + 1)
    }

    // MARK: - Escapes

    /// An escape outside a class: `\d`, `\n`, `\u{1F600}`, `\.` …; backreferences and
    /// property escapes are refused by name.
    private mutating func parseAtomEscape() throws(PatternSyntaxError) -> ScalarSet {
        let start = index
        index += 1
        guard index < scalars.count else { throw PatternSyntaxError("'\\' at the end of the pattern", at: start) }
        let scalar = scalars[index]
        if let digit = scalar.asciiDigit, digit != 0 {
            var end = index
            while end < scalars.count, scalars[end].asciiDigit != nil { end += 1 }
            let reference = String(String.UnicodeScalarView(scalars[index..<end]))
            throw PatternSyntaxError(
                "backreference '\\\(reference)' is not supported: patterns are matched in linear time", at: start)
        }
        if scalar == "k" {
            throw PatternSyntaxError(
                "backreference '\\k<…>' is not supported: patterns are matched in linear time", at: start)
        }
        return try parseSharedEscape(start: start, inClass: false)
    }

    /// The escapes that mean the same inside and outside a class; `index` is after the `\`.
    private mutating func parseSharedEscape(start: Int, inClass: Bool) throws(PatternSyntaxError) -> ScalarSet {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "d": return .digits
        case "D": return ScalarSet.digits.inverted
        case "w": return .wordCharacters
        case "W": return ScalarSet.wordCharacters.inverted
        case "s": return .whiteSpace
        case "S": return ScalarSet.whiteSpace.inverted
        case "t": return ScalarSet(scalar: 0x09)
        case "n": return ScalarSet(scalar: 0x0A)
        case "v": return ScalarSet(scalar: 0x0B)
        case "f": return ScalarSet(scalar: 0x0C)
        case "r": return ScalarSet(scalar: 0x0D)
        case "0":
            if index < scalars.count, scalars[index].asciiDigit != nil {
                throw PatternSyntaxError("octal escapes such as '\\0\(scalars[index])' are not supported", at: start)
            }
            return ScalarSet(scalar: 0)
        case "c":
            guard index < scalars.count, scalars[index].isASCIILetter else {
                throw PatternSyntaxError("'\\c' must be followed by an ASCII letter", at: start)
            }
            index += 1
            return ScalarSet(scalar: scalars[index - 1].value % 32)
        case "x":
            return ScalarSet(scalar: try hexDigits(count: 2, escapeStart: start))
        case "u":
            return ScalarSet(scalar: try unicodeEscape(escapeStart: start))
        case "p", "P":
            throw PatternSyntaxError(
                "Unicode property escapes such as '\\\(scalar){…}' are not supported", at: start)
        case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
            return ScalarSet(scalar: scalar.value)
        case "-" where inClass:
            return ScalarSet(scalar: scalar.value)
        default:
            throw PatternSyntaxError("unknown escape '\\\(scalar.escapedForMessage)'", at: start)
        }
    }

    /// `n` hexadecimal digits at the index, as a value.
    private mutating func hexDigits(count: Int, escapeStart: Int) throws(PatternSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard index < scalars.count, let digit = scalars[index].hexDigitValue else {
                throw PatternSyntaxError("invalid hexadecimal escape", at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// `\uXXXX` (a surrogate pair joined) or `\u{X…}`; the index is after the `u`.
    private mutating func unicodeEscape(escapeStart: Int) throws(PatternSyntaxError) -> UInt32 {
        if peek("{") {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while index < scalars.count, let digit = scalars[index].hexDigitValue {
                value = value << 4 | digit
                digits += 1
                index += 1
                guard value <= 0x10FFFF else { throw PatternSyntaxError("\\u{…} above U+10FFFF", at: escapeStart) }
            }
            guard digits > 0, peek("}") else { throw PatternSyntaxError("invalid \\u{…} escape", at: escapeStart) }
            index += 1
            return try scalarValue(value, escapeStart: escapeStart)
        }
        let first = try hexDigits(count: 4, escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(first), index + 5 < scalars.count, scalars[index] == "\\",
            scalars[index + 1] == "u"
        {
            let saved = index
            index += 2
            if let second = try? hexDigits(count: 4, escapeStart: escapeStart), (0xDC00...0xDFFF).contains(second) {
                return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            index = saved
        }
        return try scalarValue(first, escapeStart: escapeStart)
    }

    /// A code point that must be a scalar (a lone surrogate never occurs in a string).
    private func scalarValue(_ value: UInt32, escapeStart: Int) throws(PatternSyntaxError) -> UInt32 {
        guard Unicode.Scalar(value) != nil else {
            throw PatternSyntaxError("a lone surrogate escape can never match", at: escapeStart)
        }
        return value
    }

    // MARK: - Classes

    /// `[…]` or `[^…]`.
    private mutating func parseClass() throws(PatternSyntaxError) -> ScalarSet {
        let start = index
        index += 1
        let negated = peek("^")
        if negated { index += 1 }
        var ranges: [ClosedRange<UInt32>] = []
        while true {
            guard index < scalars.count else { throw PatternSyntaxError("unterminated character class", at: start) }
            if scalars[index] == "]" {
                index += 1
                break
            }
            let atomStart = index
            let first = try parseClassAtom()
            if peek("-"), index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                let secondStart = index
                let second = try parseClassAtom()
                guard let low = first.single, let high = second.single else {
                    throw PatternSyntaxError(
                        "a class escape cannot bound a range", at: first.single == nil ? atomStart : secondStart)
                }
                guard low <= high else {
                    throw PatternSyntaxError("range out of order in character class", at: atomStart)
                }
                ranges.append(low...high)
            } else {
                ranges.append(contentsOf: first.ranges)
            }
        }
        let set = ScalarSet(ranges)
        return negated ? set.inverted : set
    }

    /// One scalar or class escape inside `[…]`.
    private mutating func parseClassAtom() throws(PatternSyntaxError) -> ScalarSet {
        let scalar = scalars[index]
        guard scalar == "\\" else {
            index += 1
            return ScalarSet(scalar: scalar.value)
        }
        let start = index
        index += 1
        guard index < scalars.count else { throw PatternSyntaxError("'\\' at the end of the pattern", at: start) }
        if scalars[index] == "b" {
            index += 1
            return ScalarSet(scalar: 0x08)
        }
        if let digit = scalars[index].asciiDigit, digit != 0 {
            throw PatternSyntaxError("unknown escape '\\\(scalars[index])' in a character class", at: start)
        }
        return try parseSharedEscape(start: start, inClass: true)
    }

    /// Whether the next scalar is `scalar`.
    private func peek(_ scalar: Unicode.Scalar) -> Bool {
        index < scalars.count && scalars[index] == scalar
    }
}

extension ScalarSet {
    /// The one scalar of a single-scalar set.
    fileprivate var single: UInt32? {
        ranges.count == 1 && ranges[0].lowerBound == ranges[0].upperBound ? ranges[0].lowerBound : nil
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII digit.
    fileprivate var asciiDigit: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    /// The value of an ASCII hexadecimal digit.
    fileprivate var hexDigitValue: UInt32? {
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }

    /// Whether it is an ASCII letter.
    fileprivate var isASCIILetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// The scalar, or `u{…}` when it is not printable, for messages.
    fileprivate var escapedForMessage: String {
        value < 0x20 || value == 0x7F ? "u{\(String(value, radix: 16))}" : String(self)
    }
}
