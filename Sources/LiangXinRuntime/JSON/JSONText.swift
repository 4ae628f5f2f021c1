extension JSONValue {
    /// Compact JSON text, keeping member order and number lexemes.
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.lexeme
        case .string(let text): return JSONString.quote(text.string)
        case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let object):
            return "{"
                + object.members.map { JSONString.quote($0.key) + ":" + $0.value.jsonText }.joined(
                    separator: ",") + "}"
        }
    }

    /// A number from an integer.
    public static func integer(_ value: Int) -> JSONValue { .number(JSONNumber(lexeme: String(value))) }
}
