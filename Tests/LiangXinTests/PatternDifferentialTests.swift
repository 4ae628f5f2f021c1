import LiangXin
import Testing

/// The pattern matcher against Swift `Regex` on random patterns and strings where both have
/// the same semantics: ASCII text without line breaks, and the constructs whose meaning
/// ECMA-262 and Swift share there (literals, classes, `\d` `\w` `\s`, `.`, groups,
/// alternation, anchors and every quantifier).
@Suite struct PatternDifferentialTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed by its seed.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random pattern of at most `depth` levels over the alphabet `ab1 _`.
    private static func pattern(depth: Int, _ random: inout SeededGenerator) -> String {
        let atoms = ["a", "b", "1", " ", "_", ".", "\\d", "\\w", "\\s", "\\W", "[ab]", "[^a]", "[a-z0-9]", "\\."]
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            var atom: String
            if depth > 0, Int.random(in: 0..<3, using: &random) == 0 {
                let inner = pattern(depth: depth - 1, &random)
                let other = pattern(depth: depth - 1, &random)
                atom = Bool.random(using: &random) ? "(\(inner))" : "(?:\(inner)|\(other))"
            } else {
                atom = atoms.randomElement(using: &random)!
            }
            switch Int.random(in: 0..<8, using: &random) {
            case 0: atom += "*"
            case 1: atom += "+"
            case 2: atom += "?"
            case 3: atom += "{\(Int.random(in: 0...2, using: &random)),\(Int.random(in: 2...3, using: &random))}"
            case 4: atom += "*?"
            default: break
            }
            parts.append(atom)
        }
        if Int.random(in: 0..<6, using: &random) == 0 { parts.insert("^", at: 0) }
        if Int.random(in: 0..<6, using: &random) == 0 { parts.append("$") }
        return parts.joined()
    }

    @Test func agreesWithSwiftRegexOnASCII() throws {
        let seed = UInt64(20_261_201)
        var random = SeededGenerator(state: seed)
        let alphabet = Array("ab1 _.")
        var compared = 0
        var matched = 0
        for round in 0..<400 {
            let source = Self.pattern(depth: 2, &random)
            let ours = Pattern(source)
            try #require(ours.syntaxError == nil, "seed \(seed) round \(round): \(source)")
            let regex = try Regex(source)
            for _ in 0..<25 {
                let text = String(
                    (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
                let expected = (try? regex.wholeMatch(in: text)) != nil
                #expect(ours.matches(text) == expected, "seed \(seed) round \(round): /\(source)/ on \"\(text)\"")
                compared += 1
                if expected { matched += 1 }
            }
        }
        // Both verdicts must be common, or the comparison says little.
        #expect(compared == 10_000)
        #expect(matched > 500 && matched < 9_500, "\(matched) of \(compared) matched")
    }
}
