import LiangXin
@_spi(LiangXinGenerated) import LiangXinRuntime
import Testing

/// Reading answers by the API spec: optional scalars are nil when absent or null and an issue
/// with its pointer when of the wrong type.
@Suite struct ResponseReaderTests {
    /// Parses a JSON object literal.
    private func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func optionalScalarsReadWhatIsThere() throws {
        var reader = ResponseReader(try json(#"{"on":true,"ratio":1.5,"n":3,"s":"x"}"#), at: JSONPointer("/data"))
        #expect(reader.optionalBool("on") == true)
        #expect(reader.optionalNumber("ratio") == 1.5)
        #expect(reader.optionalInteger("n") == 3)
        #expect(reader.optionalString("s") == "x")
        try reader.finish()
    }

    @Test func absentOrNullOptionalScalarsAreNil() throws {
        var reader = ResponseReader(try json(#"{"on":null}"#), at: JSONPointer("/data"))
        #expect(reader.optionalBool("on") == nil)
        #expect(reader.optionalNumber("ratio") == nil)
        try reader.finish()
    }

    @Test func aWrongTypeIsAnIssueAtItsPointer() throws {
        var reader = ResponseReader(try json(#"{"on":"yes","ratio":true}"#), at: JSONPointer("/data"))
        #expect(reader.optionalBool("on") == nil)
        #expect(reader.optionalNumber("ratio") == nil)
        do throws(ResponseDecodingError) {
            try reader.finish()
            Issue.record("a wrong type must fail the answer")
        } catch {
            #expect(
                error.description
                    == "the answer does not match the API spec: /data/on: must be a boolean (got a string); /data/ratio: must be a number (got true)"
            )
        }
    }
}
