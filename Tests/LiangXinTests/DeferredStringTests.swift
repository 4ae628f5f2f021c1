import LiangXin
@_spi(LiangXinGenerated) import LiangXinRuntime
import Testing

/// `JSONParser`'s deferred strings: checked by its own UTF-8 automaton instead of the stdlib's,
/// so both decodings must agree on every input: the same value, or the same error.
@Suite struct DeferredStringTests {
    /// Parses `"<bytes>"` both ways; nil when they agree (the same value, or the same error),
    /// otherwise what each gave.
    private static func disagreement(_ bytes: [UInt8]) -> String? {
        let document = [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
        let eager = Result { () throws(JSONParseError) in try JSONParser.parse(document) }
        let deferred = Result { () throws(JSONParseError) in try JSONParser.parse(document, strings: .deferNonASCII) }
        switch (eager, deferred) {
        case (.success(let left), .success(let right)) where left == right: return nil
        case (.failure(let left), .failure(let right)) where left.description == right.description: return nil
        default: return "\(bytes): \(eager) vs \(deferred)"
        }
    }

    /// Whether a byte may appear unescaped in a JSON string (so the plain fast path sees it).
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    /// Every sequence of one or two bytes, and every three- and four-byte sequence whose later
    /// bytes sit at the edges of the continuation range, after no padding and after 7 bytes of
    /// ASCII (so that the sequence straddles the automaton's 8-byte words).
    @Test func agreesWithTheStdlibOnEveryShortSequence() {
        let plain = (0...255).map(UInt8.init).filter(Self.isPlain)
        let edges: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0]
        var sequences = plain.map { [$0] }
        for first in plain where first >= 0x80 {
            for second in plain { sequences.append([first, second]) }
            guard first >= 0xE0 else { continue }
            for second in edges {
                for third in edges { sequences.append([first, second, third]) }
                guard first >= 0xF0 else { continue }
                for third in edges where third >= 0x80 {
                    for fourth in edges { sequences.append([first, second, third, fourth]) }
                }
            }
        }
        var disagreements: [String] = []
        for sequence in sequences {
            for padding in [[], Array("abcdefg".utf8)] {
                if let disagreement = Self.disagreement(padding + sequence) { disagreements.append(disagreement) }
            }
        }
        #expect(sequences.count > 30_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Seeded random strings mixing ASCII, well-formed scalars of every length and raw bytes.
    @Test func agreesWithTheStdlibOnRandomText() {
        var state: UInt64 = 0x5EED
        /// SplitMix64: the next pseudo-random number.
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
        let pieces: [[UInt8]] = ["a", "fox ", "é", "画像", "𝄞", "\u{FFFD}", "\u{10FFFF}"].map { Array($0.utf8) }
        var disagreements: [String] = []
        var invalid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 24) {
                if next() % 16 == 0 {
                    let byte = UInt8(truncatingIfNeeded: next())
                    if Self.isPlain(byte) { bytes.append(byte) }
                } else {
                    bytes += pieces[Int(next() % UInt64(pieces.count))]
                }
            }
            if (try? JSONParser.parse([0x22] + bytes + [0x22])) == nil { invalid += 1 }
            if let disagreement = Self.disagreement(bytes) { disagreements.append(disagreement) }
        }
        #expect(invalid > 1_000)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// A deferred value equals, hashes and counts like the `String` it stands for.
    @Test func aDeferredValueBehavesLikeItsString() throws {
        let text = "é画像 fox 𝄞"
        let deferred = try JSONParser.parse(Array("\"\(text)\"".utf8), strings: .deferNonASCII)
        guard case .string(let value) = deferred else {
            Issue.record("not a string: \(deferred)")
            return
        }
        #expect(value.string == text)
        #expect(value.description == text)
        #expect(value.scalarCount == 9)
        #expect(value == JSONStringValue(text))
        #expect(value.hashValue == JSONStringValue(text).hashValue)
        #expect(deferred == JSONValue.string(text))
        #expect(value != JSONStringValue("e\u{301}画像 fox 𝄞"))
    }

    /// `LiangXinModels.validate` decodes eagerly; a body validator over the same models may
    /// defer (as `liangxin-gen validate` does) and must report exactly the same issues.
    @Test func deferringValidatorsReportTheSameIssues() {
        let deferring = CreateTaskBodyValidator(
            validators: Dictionary(uniqueKeysWithValues: LiangXinModels.entries.map { ($0.id, $0.validateInput) }),
            strings: .deferNonASCII)
        let bodies = [
            #"{"model":"z-image","input":{"prompt":"\#(String(repeating: "画", count: 4_097))"}}"#,
            #"{"model":"z-image","input":{"prompt":"café 画像","image_size":"ré"}}"#,
            #"{"model":"flux-2-pro","input":{"prompt":"é","input_image":"é"}}"#,
        ]
        for body in bodies {
            let eager = LiangXinModels.validate(createTaskBody: Array(body.utf8))
            #expect(deferring.validate(body: Array(body.utf8)) == eager)
            #expect(!eager.isEmpty)
        }
        #expect(
            WireJSON.issues(bodies[0]) == ["/input/prompt maxLength must be at most 4096 characters (got 4097)"])
    }
}

/// `JSONKnownStrings`: a parser given known strings returns exactly what it would have made.
@Suite struct KnownStringTests {
    @Test func knownAndUnknownStringsParseAlike() throws {
        let known = JSONKnownStrings(["model", "prompt", "16:9", "reference_images", "é", "x"])
        let text = #"{"model":"z","prompt":"16:9","reference_images":["16:9","16:90","","é",""],"x":"x","modelx":1}"#
        for decoding in [JSONParser.StringDecoding.eager, .deferNonASCII] {
            let plain = try JSONParser.parse(Array(text.utf8), strings: decoding)
            let reused = try JSONParser.parse(Array(text.utf8), strings: decoding, known: known)
            #expect(plain == reused)
            #expect(reused.jsonText == text)
        }
        #expect(known.string(for: "16:9") == "16:9")
        #expect(known.string(for: "16:") == nil)
        #expect(JSONKnownStrings(["a_key_longer_than_16_bytes"]).string(for: "a_key_longer_than_16_bytes") == nil)
    }
}
