/// A value the job API sends or receives: generated from `specs/api.yaml`, read leniently
/// (unknown members ignored) and written in spec order.
public protocol APIPayload: JSONWritable, Sendable, Hashable, CustomStringConvertible {
    /// Reads the value at `pointer` of an answer; throws every shape issue.
    @_spi(LiangXinGenerated) init(json: JSONValue, at pointer: JSONPointer) throws(ResponseDecodingError)
}

extension APIPayload {
    /// The value as the compact JSON the wire carries (what `print` and string interpolation show).
    public var description: String { jsonValue.jsonText }

    /// Reads the value from JSON bytes (a whole answer, or JSON held in a string member at
    /// `pointer`); invalid JSON is an issue at `pointer`.
    public init(jsonBytes: [UInt8], at pointer: JSONPointer = .root) throws(ResponseDecodingError) {
        let json: JSONValue
        do throws(JSONParseError) {
            json = try JSONParser.parse(jsonBytes)
        } catch {
            throw ResponseDecodingError(issues: [
                ValidationIssue(pointer: pointer.text, code: .invalidJSON, message: error.description)
            ])
        }
        try self.init(json: json, at: pointer)
    }

    /// The value as compact JSON text.
    public var jsonText: String { jsonValue.jsonText }
}

extension JSONValue: JSONWritable {
    /// The value itself.
    public var jsonValue: JSONValue { self }
}
