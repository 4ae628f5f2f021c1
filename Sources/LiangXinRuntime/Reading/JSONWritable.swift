/// A value that can be written as JSON: the generated types, their fields, and `JSONValue`.
///
/// Generated types get `Codable` through ``JSONValue``: they write themselves with a
/// ``JSONObjectWriter`` and read themselves with the strict ``JSONObjectReader``, so no
/// `CodingKeys` or synthesized coding code is compiled per type (debug builds of thousands
/// of models stay fast), and decoding is exactly as strict as validation.
public protocol JSONWritable {
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

extension String: JSONWritable {
    /// A JSON string.
    public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONWritable {
    /// A JSON integer.
    public var jsonValue: JSONValue { .number(JSONNumber(lexeme: String(self))) }
}

extension Double: JSONWritable {
    /// A JSON number.
    public var jsonValue: JSONValue { .number(JSONNumber(lexeme: NumberText.shortest(self))) }
}

extension Bool: JSONWritable {
    /// A JSON boolean.
    public var jsonValue: JSONValue { .bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// A JSON array.
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// The wrapped value, or JSON null.
    public var jsonValue: JSONValue { map(\.jsonValue) ?? .null }
}

/// Builds a JSON object member by member, in the order written.
@_spi(LiangXinGenerated) public struct JSONObjectWriter {
    private var members: [JSONMember] = []

    /// Creates an empty object.
    public init() {}

    /// Writes a member (an optional that is nil is written as null).
    public mutating func write<Value: JSONWritable>(_ key: String, _ value: Value) {
        members.append(JSONMember(key: key, value: value.jsonValue))
    }

    /// Writes a member only when the value is present.
    public mutating func writeIfPresent<Value: JSONWritable>(_ key: String, _ value: Value?) {
        if let value { members.append(JSONMember(key: key, value: value.jsonValue)) }
    }

    /// The object written so far.
    public var value: JSONValue { .object(JSONObject(members)) }
}

extension JSONValue {
    /// An object of the members whose value is present, in the order given: how generated
    /// types write themselves (an optional field that is nil is left out).
    @_spi(LiangXinGenerated) public static func object(omittingAbsent members: [(key: String, value: JSONValue?)])
        -> JSONValue
    {
        var present: [JSONMember] = []
        present.reserveCapacity(members.count)
        for member in members {
            if let value = member.value { present.append(JSONMember(key: member.key, value: value)) }
        }
        return .object(JSONObject(present))
    }
}
