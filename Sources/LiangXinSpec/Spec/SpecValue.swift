import LiangXinRuntime

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
        case .string(let value): return JSONString.quote(value)
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .object(let entries):
            return "{"
                + entries.map { JSONString.quote($0.key) + ":" + $0.value.json }
                .joined(separator: ",") + "}"
        }
    }

    /// A number without a trailing `.0` when it is whole.
    package static func format(_ value: Double) -> String {
        NumberText.shortest(value)
    }
}

/// One key-value pair of an object literal, in spec order.
public struct SpecObjectEntry: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: SpecValue
}
