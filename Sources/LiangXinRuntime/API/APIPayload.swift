/// A value the job API sends or receives: generated from `specs/api.yaml`, read leniently
/// (unknown members ignored) and written in spec order.
public protocol APIPayload: JSONWritable, Sendable, Hashable {
    /// Reads the value at `pointer` of an answer; throws every shape issue.
    init(json: JSONValue, at pointer: JSONPointer) throws(ResponseDecodingError)
}

extension APIPayload {
    /// Reads the value from JSON bytes (a whole answer); invalid JSON is an issue at the root.
    public init(jsonBytes: [UInt8]) throws(ResponseDecodingError) {
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(jsonBytes)
        } catch {
            throw ResponseDecodingError(issues: [CreateTaskBodyValidator.issue(for: error)])
        }
        try self.init(json: json, at: .root)
    }

    /// The value as compact JSON text.
    public var jsonText: String { jsonValue.jsonText }
}

extension JSONValue: JSONWritable {
    /// The value itself.
    public var jsonValue: JSONValue { self }
}
