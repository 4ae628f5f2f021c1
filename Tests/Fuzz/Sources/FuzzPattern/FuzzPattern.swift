import FuzzSupport

/// The pieces patterns are made of: where ECMA-262 and Swift `Regex` mean the same on the
/// texts below (ASCII without line breaks, no `\b`, no class set operations).
private let tokens = [
    "a", "b", "1", " ", "_", ".", "-", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\.", "\\-", "[", "]", "[^",
    "^", "$", "(", ")", "(?:", "|", "*", "+", "?", "{", "}", ",", "2", "0", "{1,2}", "{2}", "a-z",
]
/// The characters texts are made of.
private let textCharacters: [Character] = ["a", "b", "1", " ", "_", ".", "-", "z"]

/// libFuzzer's entry point: the first bytes choose a pattern's tokens up to a zero byte, the
/// rest a text; where both engines accept the pattern, they must agree on the whole match.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPattern(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let source = bytes[..<split].map { tokens[Int($0) % tokens.count] }.joined()
    let text = String(bytes[min(split + 1, bytes.count)...].map { textCharacters[Int($0) % textCharacters.count] })
    let ours = Pattern(source)
    guard ours.syntaxError == nil, let regex = try? Regex(source) else { return 0 }
    let expected = (try? regex.wholeMatch(in: text)) != nil
    if ours.matches(text) != expected {
        FuzzSupport.fail("/\(source)/ on \"\(text)\": ours \(!expected), Swift Regex \(expected)")
    }
    return 0
}
