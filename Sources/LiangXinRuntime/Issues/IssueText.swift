/// How values and limits are shown inside issue messages.
enum IssueText {
    /// The longest string shown in a message before it is cut with `…`.
    static let maximumQuotedLength = 60

    /// A string as a JSON literal, cut to ``maximumQuotedLength`` characters.
    static func quoted(_ text: String) -> String {
        // Fewer bytes than the limit means fewer scalars too: nothing to cut.
        guard text.utf8.count > maximumQuotedLength else { return JSONString.quote(text) }
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: maximumQuotedLength, limitedBy: scalars.endIndex),
            cut != scalars.endIndex
        else { return JSONString.quote(text) }
        return JSONString.quote(String(scalars[..<cut]) + "…")
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

    /// Whether `text` has a character that ``quote(_:)`` escapes.
    public static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains(where: needsEscape)
    }

    /// Whether a UTF-8 byte is a quote, a backslash or a control character, all escaped.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F
    }
}
