/// How values and limits are shown inside issue messages.
///
/// Whatever a payload holds, what an issue says about it is bounded: a payload's string or
/// number shown in a message is cut to ``maximumQuotedLength`` Unicode scalars, an issue's
/// `actual` to ``maximumActualLength`` and its message to ``maximumMessageLength``, each cut
/// marked with `…`. The pointer and the code are never cut.
public enum IssueText {
    /// The longest payload string or number shown in a message before it is cut with `…`.
    public static let maximumQuotedLength = 60
    /// The longest `actual` of an issue, in Unicode scalars (a quoted, cut string fits).
    public static let maximumActualLength = 64
    /// The longest message of an issue, in Unicode scalars.
    public static let maximumMessageLength = 1000

    /// A string as a JSON literal whose content, escapes included, is at most
    /// ``maximumQuotedLength`` characters (and `…` when cut): 60 control characters would
    /// otherwise become 360 characters of `\u007f`.
    static func quoted(_ text: String) -> String {
        if text.utf8.count <= maximumQuotedLength, !JSONString.needsEscaping(text) {
            return JSONString.quote(text)
        }
        var width = 0
        var end = text.unicodeScalars.startIndex
        for index in text.unicodeScalars.indices {
            width += JSONString.escapedWidth(text.unicodeScalars[index])
            if width > maximumQuotedLength { break }
            end = text.unicodeScalars.index(after: index)
        }
        guard end != text.unicodeScalars.endIndex else { return JSONString.quote(text) }
        return JSONString.quote(String(text.unicodeScalars[..<end]) + "…")
    }

    /// `text` when it has at most `limit` Unicode scalars; otherwise its first `limit` scalars
    /// and `…`.
    public static func cut(_ text: String, to limit: Int) -> String {
        // Fewer bytes than the limit means fewer scalars too: nothing to cut.
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
            end != scalars.endIndex
        else { return text }
        return String(scalars[..<end]) + "…"
    }

    /// `text` when it has at most `limit` Unicode scalars; otherwise cut so that it has
    /// `limit`, `…` included.
    static func bounded(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
            end != scalars.endIndex
        else { return text }
        return cut(text, to: limit - 1)
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// `1 character`, `2 characters`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A Double without a trailing `.0` when it is whole.
    static func number(_ value: Double) -> String {
        NumberText.shortest(value)
    }
}

/// How numbers are written in messages, docs and exports.
public enum NumberText {
    /// A Double without a trailing `.0` when it is whole (`50`, `1.5`).
    public static func shortest(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

/// JSON string quoting.
public enum JSONString {
    /// `text` as a JSON string literal, with control characters escaped.
    public static func quote(_ text: String) -> String {
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// How many characters ``quote(_:)`` writes for `scalar`: 1, 2 for `\"`-style escapes,
    /// 6 for `\uXXXX`.
    public static func escapedWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar {
        case "\"", "\\", "\n", "\r", "\t": return 2
        default: return scalar.value < 0x20 || scalar.value == 0x7F ? 6 : 1
        }
    }

    /// Whether `text` has a character that ``quote(_:)`` escapes.
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains(where: needsEscape)
    }

    /// Whether a UTF-8 byte is a quote, a backslash or a control character, all escaped.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F
    }
}
