import CLiangXinUTF8
import Foundation
import LiangXinCorpus
@_spi(LiangXinGenerated) import LiangXinRuntime
import Testing

@testable import LiangXinSpec

/// The single-pass verifier against the interpreter: it may call a payload valid only when
/// the interpreter finds no issue, and it settles every valid payload of the corpus itself.
@Suite struct SinglePassVerifierTests {
    /// The nine models' specs.
    static let specs = try! ValidationParityTests.specs("specs")
    /// The torture specs (every constraint, patterns, nesting, nullability, rules).
    static let torture = try! ValidationParityTests.specs("Tests/TortureSpecs")

    /// The verifier's verdict and the interpreter's issues for one payload.
    struct Verdicts {
        let settled: Bool
        let issues: [ValidationIssue]
    }

    /// Both verdicts on a body.
    static func verdicts(_ text: String, specs: SpecSet = specs) -> Verdicts {
        let verifier = PayloadVerifier(specs: specs)
        let interpreter = SpecValidator(specs: specs, engine: .interpreterOnly)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes {
            Verdicts(settled: verifier.verify(body: $0) != nil, issues: interpreter.validate(body: $0))
        }
    }

    @Test func settlesBareInputsOfAModel() {
        let verifier = PayloadVerifier(specs: Self.specs)
        let interpreter = SpecValidator(specs: Self.specs, engine: .interpreterOnly)
        let model = try! #require(verifier.modelIDs.firstIndex(of: "z-image"))
        #expect(verifier.position(ofModel: "z-image") == model)
        #expect(verifier.position(ofModel: "z-imag") == nil && verifier.position(ofModel: "") == nil)
        for (text, valid) in [
            (#" {"prompt": "a fox", "seed": 3} "#, true), (#"{"prompt": ""}"#, false), (#"{"prompt": "a"} {}"#, false),
            (#"[]"#, false),
        ] {
            let bytes = Array(text.utf8)
            let (settled, issues) = bytes.withUnsafeBytes {
                (verifier.verify(input: $0, model: model), interpreter.check(input: $0, model: "z-image").issues)
            }
            #expect(settled == valid, "\(text)")
            #expect(issues.isEmpty == valid, "\(text)")
        }
    }

    @Test(arguments: [("specs", 8_000, 11 as UInt64), ("Tests/TortureSpecs", 3_000, 12)])
    func settlesExactlyTheValidPayloadsOfTheCorpus(folder: String, count: Int, seed: UInt64) async throws {
        let specs = try ValidationParityTests.specs(folder)
        let (settled, wronglySettled, unsettledValid, wrongModels) = try await offThePool {
            let verifier = PayloadVerifier(specs: specs)
            let interpreter = SpecValidator(specs: specs, engine: .interpreterOnly)
            var factory = PayloadFactory(models: specs.models, seed: seed, validPercent: 50)
            var settled = 0
            var wronglySettled: [String] = []
            var unsettledValid: [String] = []
            var wrongModels: [String] = []
            for _ in 0..<count {
                let text = factory.next().text
                let bytes = Array(text.utf8)
                let (model, issues) = bytes.withUnsafeBytes { (verifier.verify(body: $0), interpreter.check(body: $0)) }
                if let model {
                    settled += 1
                    if verifier.modelIDs[model] != issues.model { wrongModels.append(text) }
                    if !issues.issues.isEmpty { wronglySettled.append(text) }
                } else if issues.issues.isEmpty {
                    unsettledValid.append(text)
                }
            }
            return (settled, wronglySettled, unsettledValid, wrongModels)
        }
        #expect(wrongModels.isEmpty, "settled as another model: \(wrongModels.prefix(3))")
        #expect(wronglySettled.isEmpty, "called valid, with issues: \(wronglySettled.prefix(3))")
        // Only a key or enum value written with an escape is left to the interpreter (the
        // torture spec has a key with a newline in it).
        let unexplained = unsettledValid.filter { !$0.contains("\\") }
        #expect(unexplained.isEmpty, "valid, not settled: \(unexplained.prefix(3))")
        #expect(settled > count / 3)
    }

    @Test func aBodyMayNameItsInputBeforeItsModel() {
        let verdicts = Self.verdicts(
            #"{"input": {"prompt": "a fox"}, "callBackUrl": "https://x.example/cb", "model": "z-image"}"#)
        #expect(verdicts.settled && verdicts.issues.isEmpty)
        let invalid = Self.verdicts(#"{"input": {"prompt": ""}, "model": "z-image"}"#)
        #expect(!invalid.settled && !invalid.issues.isEmpty)
    }

    @Test(arguments: [
        // Escapes in free text count as the scalars they stand for.
        #"{"model": "z-image", "input": {"prompt": "line\none \"two\" \u00e9 \ud83d\ude00"}}"#,
        // White space everywhere JSON allows it.
        " \t\r\n{ \"model\" : \"z-image\" ,\n\"input\":{ \"prompt\" : \"a\" , \"seed\" : 5 } } \n",
        // Whole numbers for integers, as JSON Schema has them.
        #"{"model": "z-image", "input": {"prompt": "a fox", "seed": 4.0, "num_inference_steps": 5e0}}"#,
        // Arrays, formats, rules.
        #"{"model": "nano-banana-pro", "input": {"prompt": "ab", "image_input": [], "reference_images": ["https://x.example/a.png"]}}"#,
    ])
    func settlesValidBodiesWrittenInAnyJSONForm(text: String) {
        let verdicts = Self.verdicts(text)
        #expect(verdicts.issues.isEmpty)
        #expect(verdicts.settled)
    }

    @Test(arguments: [
        // Written in a form the verifier leaves to the interpreter: still valid.
        #"{"model": "z-\u0069mage", "input": {"prompt": "a fox"}}"#,
        #"{"model": "z-image", "input": {"pr\u006fmpt": "a fox"}}"#,
    ])
    func leavesUnusualFormsToTheInterpreter(text: String) {
        let verdicts = Self.verdicts(text)
        #expect(verdicts.issues.isEmpty)
        #expect(!verdicts.settled)
    }

    @Test(arguments: [
        #"{"model": "z-image", "input": {"prompt": "a", "prompt": "b"}}"#,
        #"{"model": "z-image", "model": "z-image", "input": {"prompt": "a"}}"#,
        #"{"model": "z-image", "input": {"prompt": "a"}} x"#,
        #"{"model": "z-image", "input": {"prompt": "a",}}"#,
        #"{"model": "z-image", "input": {"prompt": "\ud800"}}"#,
        #"{"model": "z-image", "input": {"prompt": "a"}, "extra": 1}"#,
        #"{"model": "z-image", "input": {"prompt": "a", "seed": 01}}"#,
        #"{"model": "z-image", "input": {"prompt": "a", "seed": 1e400}}"#,
        #"{"model": "z-image", "input": {"prompt": "a", "seed": null}}"#,
        #"{"model": "z-image", "callBackUrl": "http://x.example", "input": {"prompt": "a"}}"#,
        #"{"model": "z-image", "input": [{"prompt": "a"}]}"#,
        #"{"model": "z-image"}"#,
        #"{"input": {"prompt": "a"}}"#,
        #"{"model": "z-imag", "input": {"prompt": "a"}}"#,
        #"{"model": "nano-banana-pro", "input": {"prompt": "ab", "image_input": ["https://x.example/a.png", "https://x.example/b.png"], "reference_images": ["https://x.example/a.png", "https://x.example/b.png"]}}"#,
        #"{"model": "nano-banana-pro", "input": {"prompt": "ab", "aspect_ratio": "1:2"}}"#,
        "{\"model\": \"z-image\", \"input\": {\"prompt\": \"a\u{7}\"}}",
        "",
        "   ",
    ])
    func neverSettlesABodyWithAnIssue(text: String) {
        let verdicts = Self.verdicts(text)
        #expect(!verdicts.issues.isEmpty)
        #expect(!verdicts.settled)
    }

    @Test func neverSettlesAPrefixOrAByteFlipOfAValidBody() async throws {
        let (disagreements, settled) = try await offThePool {
            let verifier = PayloadVerifier(specs: Self.torture)
            let interpreter = SpecValidator(specs: Self.torture, engine: .interpreterOnly)
            var factory = PayloadFactory(models: Self.torture.models, seed: 5, validPercent: 100)
            var random = SeededRandom(seed: 99)
            var disagreements: [String] = []
            var settled = 0
            for _ in 0..<60 {
                let original = Array(factory.next().text.utf8)
                var variants = (0...original.count).map { Array(original[..<$0]) }
                let interesting: [UInt8] = [
                    0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x00, 0x80, 0xC0, 0xE0, 0xED, 0xF0, 0xF4, 0xFF,
                ]
                for _ in 0..<60 {
                    var flipped = original
                    flipped[random.below(flipped.count)] = interesting[random.below(interesting.count)]
                    variants.append(flipped)
                }
                // The interpreter runs only where the verifier settles: that is the claim to
                // check (and it keeps the test short).
                for bytes in variants where bytes.withUnsafeBytes({ verifier.verify(body: $0) != nil }) {
                    settled += 1
                    if !bytes.withUnsafeBytes({ interpreter.validate(body: $0) }).isEmpty {
                        disagreements.append(String(decoding: bytes, as: UTF8.self))
                    }
                }
            }
            return (disagreements, settled)
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
        #expect(settled >= 60, "the originals themselves are settled")
    }

    @Test func theStringScannersAgreeOnEveryRunAtEveryAlignment() {
        var random = SeededRandom(seed: 77)
        let bytes: [UInt8] = [
            0x61, 0x22, 0x5C, 0x1F, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        let valid: [[UInt8]] = [[0x61], Array("é".utf8), Array("画".utf8), Array("😀".utf8), [0xF4, 0x8F, 0xBF, 0xBF]]
        var mismatches: [String] = []
        for round in 0..<40_000 {
            var content: [UInt8] = []
            let length = random.below(90)
            while content.count < length {
                if random.below(6) == 0 {
                    content.append(bytes[random.below(bytes.count)])
                } else {
                    content += valid[random.below(valid.count)]
                }
            }
            // Three bytes before the string (they must not count) and the padding after.
            let before = [bytes[random.below(bytes.count)], 0xF0, 0xE0]
            let buffer = before + content + Array(repeating: UInt8(0xE0), count: 64)
            let start = before.count
            // A run starts where the scanner is called: at the string's start, or after an
            // escape, so that no lead byte among the three before it expects more.
            let runStarts = content.indices.filter { index in
                index > 0 && content[max(0, index - 3)..<index].allSatisfy { $0 < 0xC0 }
            }
            let run = start + (runStarts.isEmpty || random.below(2) == 0 ? 0 : runStarts[random.below(runStarts.count)])
            let results = buffer.withUnsafeBufferPointer { pointer in
                let base = pointer.baseAddress!
                let end = base + start + content.count
                return [
                    lx_scan_string_run_portable(base + start, base + run, end),
                    lx_scan_string_run_ssse3(base + start, base + run, end),
                    lx_scan_string_run_avx2(base + start, base + run, end),
                ].map { "\($0.stop),\($0.continuations)" }
            }
            if Set(results).count != 1 {
                mismatches.append(
                    "round \(round), run \(run - start): \(content.map { String($0, radix: 16) }): \(results)")
            }
        }
        #expect(lx_has_ssse3() == 1, "this machine runs the vector scanners")
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func stringsAreCheckedForUTF8AndCountedInScalarsAtEveryAlignment() {
        var random = SeededRandom(seed: 2026)
        let pieces: [[UInt8]] = [
            [0x61], [0x7E], Array("é".utf8), Array("画".utf8), Array("😀".utf8), [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            // Broken: overlong, surrogate, past U+10FFFF, lone continuation, truncated, never UTF-8.
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF], [0xE4, 0xBD], [0xF0, 0x9F, 0x98], [0xF5, 0x80, 0x80, 0x80],
            [0xFF],
            [0xC2], Array(#"\n"#.utf8), Array(#"\u00e9"#.utf8), Array(#"\ud83d\ude00"#.utf8),
        ]
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            var content: [UInt8] = []
            for _ in 0..<random.below(12) { content += pieces[random.below(random.below(4) == 0 ? pieces.count : 9)] }
            let padding = random.below(9)
            let text = Array(repeating: UInt8(ascii: " "), count: padding) + [0x22] + content + [0x22]
            let expected = Self.expectedString(content)
            let actual: (ok: Bool, scalars: Int)? = text.withUnsafeBytes { bytes in
                ByteCursor.withPadding(bytes) { padded in
                    var cursor = ByteCursor(paddedBytes: padded)
                    cursor.index = padding
                    guard let string = cursor.string() else { return nil }
                    return (cursor.index == bytes.count, string.scalars)
                }
            }
            if actual?.ok == false || actual?.scalars != expected {
                mismatches.append(
                    "\(content.map { String($0, radix: 16) }): \(String(describing: actual)) vs \(String(describing: expected))"
                )
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// The scalar count of a JSON string's content as the parser decodes it, or nil when the
    /// parser refuses it.
    static func expectedString(_ content: [UInt8]) -> Int? {
        let json = [0x22] + content + [0x22]
        guard case .string(let value)? = try? JSONParser.parse(json) else { return nil }
        return value.string.unicodeScalars.count
    }
}
