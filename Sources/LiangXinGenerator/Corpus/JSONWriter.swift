import LiangXinRuntime

/// Serializes JSON values for generated payloads, keeping member order and number lexemes.
enum JSONWriter {
    /// Compact JSON text.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.lexeme
        case .string(let text): return JSONString.quote(text)
        case .array(let items): return "[" + items.map(text).joined(separator: ",") + "]"
        case .object(let object):
            return "{"
                + object.members.map { JSONString.quote($0.key) + ":" + text($0.value) }.joined(
                    separator: ",") + "}"
        }
    }
}

extension JSONValue {
    /// A number from an integer.
    static func int(_ value: Int) -> JSONValue { .number(JSONNumber(lexeme: String(value))) }
    /// A number from its lexeme.
    static func lexeme(_ text: String) -> JSONValue { .number(JSONNumber(lexeme: text)) }
    /// An object from ordered members.
    static func members(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { (key: $0.0, value: $0.1) }))
    }
}
