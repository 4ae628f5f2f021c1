/// A parsed JSON document that keeps what validation needs: member order, number lexemes,
/// and the difference between `4`, `4.5` and `"4"`.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    indirect case number(JSONNumber)
    case string(JSONStringValue)
    case array([JSONValue])
    case object(JSONObject)

    /// How a value is named in type-mismatch messages: numbers by their text (cut to
    /// ``IssueText/maximumQuotedLength`` characters), others by kind.
    public var shownInMessages: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let number): return IssueText.cut(number.lexeme, to: IssueText.maximumQuotedLength)
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON number as written, with its exact integer value when it has one that fits.
public struct JSONNumber: Sendable, Hashable {
    /// The number exactly as written, e.g. `4.50` or `1e400`.
    public let lexeme: String
    /// The nearest Double (infinite when out of range).
    public let double: Double
    /// The value as an Int when it is whole and fits in 64 bits (`4`, `4.0`, `4e2`).
    public let integer: Int?

    /// Creates a number from its lexeme.
    public init(lexeme: String) {
        self.lexeme = lexeme
        if let exact = Self.smallInteger(lexeme) {
            integer = exact
            double = Double(exact)
            return
        }
        let double = Double(lexeme) ?? .nan
        self.double = double
        if let exact = Int(lexeme) {
            integer = exact
        } else if double.isFinite, double == double.rounded(), abs(double) < 9.007_199_254_740_992e15 {
            integer = Int(double)
        } else {
            integer = nil
        }
    }

    /// The value of `-?[0-9]{1,18}` without going through the general number parser.
    private static func smallInteger(_ lexeme: String) -> Int? {
        var utf8 = lexeme.utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        guard !utf8.isEmpty, utf8.count <= 18 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// Whether the value is mathematically whole (`4.0` is, `4.5` is not), in range or not.
    public var isWhole: Bool {
        integer != nil || (double.isFinite && double == double.rounded()) || isIntegerLexeme
    }

    /// Whether it is written as digits only (so an oversized integer stays an integer).
    private var isIntegerLexeme: Bool {
        lexeme.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }
    }
}

/// A JSON object's members in document order (keys are unique: the parser rejects repeats).
public struct JSONObject: Sendable, Hashable {
    /// The members in document order.
    public let members: [JSONMember]

    /// Creates an object from ordered members.
    public init(_ members: [JSONMember]) { self.members = members }

    /// The value of a key (objects here are small: a linear scan beats hashing).
    @inlinable
    public subscript(key: String) -> JSONValue? {
        // By index: a `for member in members` loop copies (and retains) every member it passes.
        for index in members.indices where JSONObject.sameKey(members[index].key, key) {
            return members[index].value
        }
        return nil
    }

    /// Whether two keys are equal: the same UTF-8 bytes (``WireString``), so canonically
    /// equivalent but distinct keys stay distinct, as RFC 8259 has them.
    @inlinable
    public static func sameKey(_ first: String, _ second: String) -> Bool {
        WireString.equal(first, second)
    }
}

/// One member of a JSON object. (A struct, not a tuple: arrays of it are copied and destroyed
/// by compiled value witnesses instead of the runtime's generic tuple ones.)
public struct JSONMember: Sendable, Hashable {
    /// Members are equal when their keys have the same bytes and their values are equal.
    public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
        WireString.equal(lhs.key, rhs.key) && lhs.value == rhs.value
    }

    /// Hashes the key's bytes and the value.
    public func hash(into hasher: inout Hasher) {
        WireString.hash(key, into: &hasher)
        hasher.combine(value)
    }

    /// The member's key.
    public let key: String
    /// The member's value.
    public let value: JSONValue

    /// A member from its key and value.
    @inlinable
    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
