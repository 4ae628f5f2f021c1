import LiangXinRuntime
import LiangXinSpec

extension JSONValue {
    /// A number from an integer.
    static func int(_ value: Int) -> JSONValue { .number(JSONNumber(lexeme: String(value))) }
    /// A number from its lexeme.
    static func lexeme(_ text: String) -> JSONValue { .number(JSONNumber(lexeme: text)) }
    /// An object from ordered members.
    static func members(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
    }
}
