import Foundation
import LiangXin

/// Encoding and decoding helpers for exact wire-JSON comparisons.
enum WireJSON {
    /// The value as compact JSON with sorted keys, for exact comparisons.
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a value from JSON text.
    static func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The issues of an untyped createTask body, as `pointer code message` lines.
    static func issues(_ body: String) -> [String] {
        LiangXinModels.validate(createTaskBody: Data(body.utf8)).map {
            "\($0.pointer) \($0.code) \($0.message)"
        }
    }
}
