/// Spec text made safe for Swift source: string literals and doc-comment lines.
enum SwiftLiteral {
    /// A one-line Swift string literal: quotes, backslashes and control characters escaped,
    /// so any spec text (NUL, `"""`, newlines) round-trips exactly.
    static func string(_ text: String) -> String {
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
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
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
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cleaned = String.UnicodeScalarView()
            for scalar in line.unicodeScalars {
                let isControl = scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value)
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                cleaned.append(isControl ? "\u{FFFD}" : scalar)
            }
            var result = String(cleaned)
            while result.last == " " || result.last == "\t" { result.removeLast() }
            return result
        }
    }

    /// Inline code in a doc comment: backticks in the text are doubled-up safely.
    static func code(_ text: String) -> String {
        let sanitized = docLines(text).joined(separator: " ")
        return sanitized.contains("`") ? "``" + sanitized + "``" : "`" + sanitized + "`"
    }
}
