import FuzzSupport

/// libFuzzer's entry point: the same bytes through the JSON parser with eager and deferred
/// strings; both must accept with equal values or reject with the same error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let eager = Result { () throws(JSONParseError) in try JSONParser.parse(bytes, strings: .eager) }
    let deferred = Result { () throws(JSONParseError) in try JSONParser.parse(bytes, strings: .deferNonASCII) }
    switch (eager, deferred) {
    case (.success(let first), .success(let second)):
        if first != second { FuzzSupport.fail("the two string modes parsed different values") }
        // A value written back out parses to itself.
        let text = Array(first.jsonText.utf8)
        guard let again = try? JSONParser.parse(text), again == first else {
            FuzzSupport.fail("a parsed value does not survive writing and parsing again: \(first.jsonText)")
        }
    case (.failure(let first), .failure(let second)):
        if first != second { FuzzSupport.fail("the two string modes failed differently: \(first) / \(second)") }
    default:
        FuzzSupport.fail("one string mode accepted what the other rejected: \(eager) / \(deferred)")
    }
    return 0
}
