/// How values and limits are shown inside issue messages.
enum IssueText {
    /// The longest string shown in a message before it is cut with `…`.
    static let maximumQuotedLength = 60

    /// A string as a JSON literal, cut to ``maximumQuotedLength`` characters.
    static func quoted(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maximumQuotedLength {
                scalars.append("…")
                break
            }
            scalars.append(scalar)
            count += 1
        }
        return JSONString.quote(String(scalars))
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
}
