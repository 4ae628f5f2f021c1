/// `JSONValue` through any `Encoder` and `Decoder`, so generated types can be `Codable`
/// by converting to and from it.
extension JSONValue: Codable {
    /// A coding key for any member name.
    struct MemberKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        /// A key for a member name.
        init(stringValue: String) { self.stringValue = stringValue }
        /// Integer keys are not used.
        init?(intValue: Int) { nil }
    }

    /// Decodes whatever the decoder holds: an object, an array or a single value.
    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: MemberKey.self) {
            let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
            var members: [JSONMember] = []
            for key in keys {
                members.append(
                    JSONMember(key: key.stringValue, value: try container.decode(JSONValue.self, forKey: key)))
            }
            self = .object(JSONObject(members))
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? single.decode(Int.self) {
            self = .number(JSONNumber(lexeme: String(integer)))
        } else if let number = try? single.decode(Double.self) {
            self = .number(JSONNumber(lexeme: String(number)))
        } else {
            self = .string(try single.decode(String.self))
        }
    }

    /// Encodes the value; objects keep their member order.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .number(let number):
            var container = encoder.singleValueContainer()
            if let integer = number.integer, !number.lexeme.contains(".") {
                try container.encode(integer)
            } else {
                try container.encode(number.double)
            }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text.string)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let object):
            var container = encoder.container(keyedBy: MemberKey.self)
            for member in object.members {
                try container.encode(member.value, forKey: MemberKey(stringValue: member.key))
            }
        }
    }
}

extension SpecObject where Self: Encodable {
    /// Encodes the value through its JSON form (fields in spec order, absent ones omitted).
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension SpecObject where Self: Decodable {
    /// Decodes the value through its JSON form, as strictly as validation reads it: a wrong
    /// type, a missing required field or an unknown enum value is a data-corrupted error
    /// naming every issue (unknown keys are tolerated).
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        var issues = ValidationIssues()
        guard let value = Self(json: json, at: .root, issues: &issues) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: issues.all.map(\.description).joined(separator: "; ")))
        }
        self = value
    }
}

extension WireEnum {
    /// The canonical wire value.
    public var jsonValue: JSONValue { .string(rawValue) }
}
