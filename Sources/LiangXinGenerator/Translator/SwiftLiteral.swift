import LiangXinSpec

/// Spec text made safe for Swift source: string literals and doc-comment lines.
enum SwiftLiteral {
    /// A one-line Swift string literal: quotes, backslashes and control characters escaped,
    /// so any spec text (NUL, `"""`, newlines) round-trips exactly.
    static func string(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if isUnprintable(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Doc-comment lines from free text: one line per source line, control characters
    /// replaced with U+FFFD, trailing white space trimmed.
    static func docLines(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var line = text
            while line.last == " " { line.removeLast() }
            return [line]
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cleaned = String.UnicodeScalarView()
            for scalar in line.unicodeScalars {
                cleaned.append(scalar != "\t" && isUnprintable(scalar) ? "\u{FFFD}" : scalar)
            }
            var result = String(cleaned)
            while result.last == " " || result.last == "\t" { result.removeLast() }
            return result
        }
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators, which
    /// would end a comment line or a string literal.
    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }

    /// Inline code in a doc comment: backticks in the text are doubled-up safely.
    static func code(_ text: String) -> String {
        // Printable ASCII without backticks or a trailing space (field paths, most names) is
        // used as it is: this runs for every property's remark.
        let utf8 = text.utf8
        if let last = utf8.last, last != UInt8(ascii: " "),
            utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "`") })
        {
            return "`" + text + "`"
        }
        let sanitized = docLines(text).joined(separator: " ")
        let hasBacktick = sanitized.utf8.contains(UInt8(ascii: "`"))
        return hasBacktick ? "``" + sanitized + "``" : "`" + sanitized + "`"
    }
}
