/// A literal value written in a spec (a default, for instance), independent of YAML.
public indirect enum SpecValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([SpecValue])
    case object([SpecObjectEntry])

    /// `a string`, `an integer`, … for error messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer: return "an integer"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value as compact JSON, e.g. `"square_hd"` or `[1,2]`, for docs and messages.
    public var json: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return Self.format(value)
        case .string(let value): return JSONText.quote(value)
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let entries):
            return "{" + entries.map { JSONText.quote($0.key) + ":" + $0.value.json }
                .joined(separator: ",") + "}"
        }
    }

    /// A number without a trailing `.0` when it is whole.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

/// One key-value pair of an object literal, in spec order.
public struct SpecObjectEntry: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: SpecValue
}

/// JSON string quoting shared by docs, messages and exports.
enum JSONText {
    /// `text` as a JSON string literal, with control characters escaped.
    static func quote(_ text: String) -> String {
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
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
