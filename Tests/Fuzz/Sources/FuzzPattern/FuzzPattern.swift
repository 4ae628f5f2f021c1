import FuzzSupport

/// The pieces patterns are made of: where ECMA-262 and Swift `Regex` mean the same on the
/// texts below (ASCII without line breaks, no `\b`, no class set operations).
private let tokens = [
    "a", "b", "1", " ", "_", ".", "-", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\.", "\\-", "[", "]", "[^",
    "^", "$", "(", ")", "(?:", "|", "*", "+", "?", "{", "}", ",", "2", "0", "{1,2}", "{2}", "a-z",
]
/// The characters texts are made of.
private let textCharacters: [Character] = ["a", "b", "1", " ", "_", ".", "-", "z"]

/// The longest text compared with Swift `Regex`, which backtracks: `a+?aa??a+?…` against 150
/// characters, and `|(|)((|)(|)\S)*\w{1,2}\w` against 12, took it longer than the 10-second
/// timeout (findings of this fuzzer about Swift `Regex`, not about our matcher, which runs on
/// the whole text).
private let comparedLength = 6
/// The most pattern tokens used.
private let maximumTokens = 24

/// libFuzzer's entry point: the first bytes choose a pattern's tokens up to a zero byte, the
/// rest a text. Our matcher runs on the whole text (libFuzzer's timeout catches any
/// non-linear run); where both engines accept the pattern, they must agree on the whole match
/// of the text's first characters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPattern(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let source = bytes[..<min(split, maximumTokens)].map { tokens[Int($0) % tokens.count] }.joined()
    let text = String(bytes[min(split + 1, bytes.count)...].map { textCharacters[Int($0) % textCharacters.count] })
    let ours = Pattern(source)
    _ = ours.matches(text)
    let compared = String(text.prefix(comparedLength))
    // `--` in a class is set subtraction to Swift (`[a-z--b]`) and a range to ECMA-262: the
    // engines mean different things there, so such patterns are not compared (a finding of
    // this fuzzer about the harness, not about either engine).
    guard ours.syntaxError == nil, !source.contains("--"), isTractableForBacktracking(source),
        let regex = try? Regex(source)
    else { return 0 }
    let expected = (try? regex.wholeMatch(in: compared)) != nil
    if ours.matches(compared) != expected {
        FuzzSupport.fail("/\(source)/ on \"\(compared)\": ours \(!expected), Swift Regex \(expected)")
    }
    return 0
}

/// Whether Swift `Regex`, which backtracks, can judge `source` on a short text in bounded time:
/// at most six quantifiers and no count above 9 (`(?:|\\d?){111}` against 6 characters ran
/// past the timeout, a third finding about Swift `Regex`).
private func isTractableForBacktracking(_ source: String) -> Bool {
    let quantifiers = source.filter { "*+?{".contains($0) }.count
    return quantifiers <= 6 && source.firstMatch(of: /\{[0-9]*[0-9][0-9]/) == nil
}
