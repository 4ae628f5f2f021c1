import Foundation
import LiangXin
@_spi(LiangXinGenerated) import LiangXinRuntime
import LiangXinSpec
import LiangXinYAML
import Testing

/// One string equality everywhere: enum values, aliases, keys and model ids are equal when
/// their UTF-8 bytes are, in the generated validators and in the interpreter alike, never by
/// Swift's canonical equivalence ("1K" with U+212A KELVIN SIGN is not "1K").
@Suite struct CanonicalEquivalenceTests {
    /// The issues of both validators on the repository's specs, which must agree.
    private func issues(_ body: String) throws -> [ValidationIssue] {
        let specs = try ValidationParityTests.specs("specs")
        let bytes = Array(body.utf8)
        let generated = LiangXin.LiangXinModels.validate(createTaskBody: bytes)
        let interpreted = bytes.withUnsafeBytes { SpecValidator(specs: specs).validate(body: $0) }
        #expect(generated == interpreted)
        return generated
    }

    @Test func theKelvinSignIsNotK() throws {
        let found = try issues(#"{"model":"nano-banana-pro","input":{"prompt":"xx","resolution":"1\u212a"}}"#)
        #expect(found.map(\.pointer) == ["/input/resolution"])
        #expect(found.map(\.code) == [.enum])
        #expect(found.map(\.message) == ["must be one of 1K, 2K, 4K, low, medium, high (got \"1\u{212A}\")"])
        #expect(try issues(#"{"model":"nano-banana-pro","input":{"prompt":"xx","resolution":"1K"}}"#) == [])
    }

    @Test func aModelIdWithAKelvinSignIsUnknown() throws {
        // No model id holds a K, but ids are looked up by bytes all the same.
        let found = try issues(#"{"model":"z-image\u0301","input":{"prompt":"x"}}"#)
        #expect(found.map(\.code) == [.unknownModel])
    }

    /// A hand-written enum with a non-ASCII alias, as the generator writes them.
    enum Unit: String, AliasedWireEnum {
        case angstrom = "\u{C5}"
        case kelvin = "K"
        static let aliases: [String: Unit] = ["caf\u{E9}": .angstrom]
    }

    @Test func generatedEnumsMatchValuesAndAliasesByBytes() {
        #expect(Unit(rawValue: "\u{C5}") == .angstrom)
        #expect(Unit(rawValue: "\u{212B}") == nil)  // ANGSTROM SIGN
        #expect(Unit(rawValue: "A\u{30A}") == nil)  // A + COMBINING RING ABOVE
        #expect(Unit(rawValue: "\u{212A}") == nil)
        #expect(Unit(wireValue: "caf\u{E9}") == .angstrom)
        #expect(Unit(wireValue: "cafe\u{301}") == nil)
        var issues = ValidationIssues()
        #expect(Unit.read(.string("cafe\u{301}"), at: .input, issues: &issues) == nil)
        #expect(issues.all.map(\.message) == ["must be one of \u{C5}, K (got \"cafe\u{301}\")"])
    }

    @Test func theInterpreterMatchesAliasesByBytes() throws {
        let yaml = Self.model(
            input: """
                  unit:
                    type: string
                    required: true
                    enum:
                      - value: A
                        aliases: ["caf\u{E9}"]
                """)
        var files = try SpecDirectoryReader.read(ValidationParityTests.root + "/specs")
        files.models = [SourceFile(path: "specs/models/m.yaml", text: yaml)]
        let specs = try #require(SpecLoader.load(files).specs)
        let validator = SpecValidator(specs: specs)
        func check(_ unit: String) -> [String] {
            let body = Array(#"{"model":"m","input":{"unit":"\#(unit)"}}"#.utf8)
            return body.withUnsafeBytes { validator.validate(body: $0) }.map(\.message)
        }
        #expect(check("caf\u{E9}") == [])
        #expect(check("cafe\u{301}") == ["must be one of A (got \"cafe\u{301}\")"])
    }

    @Test func lintRefusesCanonicallyEquivalentSpellingsInOneEnum() throws {
        var files = try SpecDirectoryReader.read(ValidationParityTests.root + "/specs")
        let yaml = Self.model(input: "  unit: {type: string, enum: [\"caf\u{E9}\", \"cafe\u{301}\"]}\n")
        files.models = [SourceFile(path: "specs/models/m.yaml", text: yaml)]
        let loaded = SpecLoader.load(files)
        #expect(loaded.specs == nil)
        #expect(
            loaded.diagnostics.map(\.description) == [
                "specs/models/m.yaml:10:39: error: enum value 'cafe\u{301}' is canonically equivalent to 'caf\u{E9}' "
                    + "at line 10, column 31: the service tells them apart, Swift's String does not; "
                    + "spell one of them differently"
            ])
    }

    /// A model spec `m` with the given `input:` block.
    private static func model(input: String) -> String {
        """
        id: m
        title: M
        summary: A model for tests.
        sources:
          - label: Test
            url: https://example.com/m
        evidence:
          level: high
        input:

        """ + input
    }
}
