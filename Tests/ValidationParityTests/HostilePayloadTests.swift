import Foundation
import LiangXin
import LiangXinRuntime
import LiangXinSpec
import Testing

/// Hostile payloads through both validators (the generated one and the interpreter of
/// `liangxin-gen validate`): the same issues, linear work, and bounded text.
@Suite struct HostilePayloadTests {
    /// The issues of both validators, which must agree.
    private func issues(_ body: [UInt8]) throws -> [ValidationIssue] {
        let specs = try ValidationParityTests.specs("specs")
        let generated = LiangXin.LiangXinModels.validate(createTaskBody: body)
        let interpreted = body.withUnsafeBytes { SpecValidator(specs: specs).validate(body: $0) }
        #expect(generated == interpreted)
        return generated
    }

    @Test func aHugeNumberIsCutInTheMessageAndActual() throws {
        let digits = String(repeating: "9", count: 1_000_000)
        let found = try issues(Array(#"{"model":"z-image","input":{"prompt":"x","seed":\#(digits)}}"#.utf8))
        let cut = String(repeating: "9", count: 60) + "…"
        #expect(found.map(\.pointer) == ["/input/seed"])
        #expect(found.map(\.message) == ["must be an integer that fits in 64 bits (got \(cut))"])
        #expect(found.map(\.actual) == [cut])
    }

    @Test func aHugeUnknownKeyKeepsAnExactPointerAndACutActual() throws {
        let key = String(repeating: "k", count: 100_000)
        let found = try issues(Array(#"{"model":"z-image","input":{"prompt":"x","\#(key)":1}}"#.utf8))
        #expect(found.map(\.pointer) == ["/input/" + key])
        #expect(found.map(\.message) == ["is not a known field"])
        #expect(found.map(\.actual) == ["\"" + String(repeating: "k", count: 60) + "…\""])
    }

    @Test func aHugeDuplicateKeyIsCutInTheParseError() throws {
        let key = String(repeating: "d", count: 10_000)
        let found = try issues(Array(#"{"model":"z-image","input":{"\#(key)":1,"\#(key)":2}}"#.utf8))
        #expect(
            found.map(\.message) == [
                "invalid JSON at line 1, column 10034: duplicate key \"" + String(repeating: "d", count: 60) + "…\""
            ])
    }

    @Test func escapesCountTowardTheCutOfAQuotedValue() throws {
        // A fuzzer's finding: 60 control characters quoted as `\u007f` made a 362-character actual.
        let value = "https:" + String(repeating: "\u{7F}", count: 100)
        let body = #"{"model":"nano-banana-pro","input":{"prompt":"xx","image_input":["\#(value)"]}}"#
        let found = try issues(Array(body.utf8))
        let shown = "\"https:" + String(repeating: "\\u007f", count: 9) + "…\""
        #expect(found.map(\.pointer) == ["/input/image_input/0"])
        #expect(found.map(\.actual) == [shown])
        #expect(found.first?.message.hasSuffix("(got \(shown))") == true)
        #expect(found.allSatisfy { ($0.actual?.unicodeScalars.count ?? 0) <= IssueText.maximumActualLength })
    }

    @Test func tenThousandDistinctKeysAreEachReportedOnce() throws {
        let members = (0..<10_000).map { #""k\#($0)":1"# }.joined(separator: ",")
        let found = try issues(Array(#"{"model":"z-image","input":{"prompt":"x",\#(members)}}"#.utf8))
        #expect(found.count == 10_000)
        #expect(found.first?.pointer == "/input/k0")
        #expect(found.last?.pointer == "/input/k9999")
        #expect(Set(found.map(\.code)) == [.unknownKey])
    }

    @Test func aDuplicateFarIntoALargeObjectIsFound() throws {
        let members = (0..<5_000).map { #""k\#($0)":1"# }.joined(separator: ",")
        let found = try issues(Array(#"{"model":"z-image","input":{\#(members),"k17":2}}"#.utf8))
        #expect(found.map(\.code) == [.invalidJSON])
        #expect(found.first?.message.hasSuffix(#"duplicate key "k17""#) == true)
    }

    @Test func canonicallyEquivalentKeysAreDistinct() throws {
        // "é" precomposed and decomposed, "Å" and the ÅNGSTRÖM SIGN, "K" and the KELVIN SIGN:
        // RFC 8259 compares code points, so none of these objects repeats a key.
        for (first, second) in [("\u{E9}", "e\u{301}"), ("\u{C5}", "\u{212B}"), ("K", "\u{212A}")] {
            for count in [2, 40] {  // below and above the parser's scan limit
                let filler = (0..<count - 2).map { #""f\#($0)":1,"# }.joined()
                let body = #"{"model":"z-image","input":{"prompt":"x",\#(filler)"\#(first)":1,"\#(second)":2}}"#
                let found = try issues(Array(body.utf8))
                #expect(found.map(\.code).allSatisfy { $0 == .unknownKey }, "\(found)")
                #expect(found.count == count, "\(first) \(second)")
            }
        }
    }
}
