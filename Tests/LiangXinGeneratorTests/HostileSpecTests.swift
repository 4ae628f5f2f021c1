import Foundation
import LiangXinCorpus
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML
import Testing

/// Malformed, binary, huge and deeply nested spec files: each gets a located error, no crash.
@Suite struct HostileSpecTests {
    /// Lints one model file with the given bytes.
    func lint(bytes: [UInt8]) throws -> LintReport {
        var files = try SpecFixtures.folder(models: [])
        files.models = [SourceFile(path: "specs/models/m.yaml", bytes: bytes)]
        return LintReport(files: files)
    }

    @Test func binaryNoise() throws {
        var generator = SeededRandom(seed: 42)
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let report = try lint(bytes: bytes)
        #expect(report.failed)
        #expect(report.text.hasPrefix("specs/models/m.yaml:1:"))
        #expect(report.text.hasSuffix("2 files checked: 1 error, 0 warnings\n"))
    }

    @Test func threeAndAHalfMegabytesInOneScalar() throws {
        let huge = String(repeating: "word ", count: 700_000)
        let spec = SpecFixtures.model(input: "  p: {type: string, description: \(huge), colour: 1}")
        let report = try lint(bytes: Array(spec.utf8))
        #expect(report.failed)
        #expect(
            report.text.hasPrefix("specs/models/m.yaml:10:3500036: error: unknown key 'colour'\n…"))
        #expect(report.text.hasSuffix("2 files checked: 1 error, 0 warnings\n"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnparsed() throws {
        let huge = String(repeating: "word ", count: 1_000_000)
        let spec = SpecFixtures.model(input: "  p: {type: string, description: \(huge), colour: 1}")
        let report = try lint(bytes: Array(spec.utf8))
        #expect(report.failed)
        #expect(
            report.text.hasPrefix(
                "specs/models/m.yaml:1:1: error: the file is larger than 4194304 bytes, the limit for a spec file\nid: m\n^\n"
            ))
        #expect(report.text.hasSuffix("2 files checked: 1 error, 0 warnings\n"))
    }

    @Test func theReaderReadsNoMoreThanOneByteOverTheLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("models"), withIntermediateDirectories: true)
        try Data(repeating: 0x61, count: 10 << 20).write(to: folder.appendingPathComponent("models/m.yaml"))
        let files = try SpecDirectoryReader.read(folder.path)
        #expect(files.models.map(\.bytes.count) == [SpecLoader.maximumFileBytes + 1])
    }

    @Test func aMegabyteOfUnknownKeys() throws {
        var text = "id: m\n"
        var index = 0
        while text.utf8.count < 1_000_000 {
            text += "key_\(index): \(String(repeating: "v", count: 40))\n"
            index += 1
        }
        let report = try lint(bytes: Array(text.utf8))
        #expect(report.failed)
        #expect(report.text.contains("specs/models/m.yaml:2:1: error: unknown key 'key_0'\nkey_0: "))
        let summary = report.text.split(separator: "\n").last.map(String.init)
        #expect(summary == "2 files checked: \(index + 5) errors, 0 warnings")
    }

    @Test func tenThousandLevelsOfNesting() throws {
        let text =
            "input: " + String(repeating: "{a: ", count: 10_000) + "1"
            + String(repeating: "}", count: 10_000)
        let report = try lint(bytes: Array(text.utf8))
        #expect(report.failed)
        #expect(
            report.text.hasPrefix(
                "specs/models/m.yaml:1:260: error: the document nests deeper than 64 levels\n"))
    }

    @Test func deeplyNestedObjectFieldsWithinTheLimit() throws {
        var input = "  p: {type: string}\n  o:"
        for depth in 0..<20 { input += " {type: object, fields: {f\(depth):" }
        input += " {type: string}" + String(repeating: "}}", count: 20) + "\n"
        let report = try lint(bytes: Array(SpecFixtures.model(input: input).utf8))
        #expect(report.text == "2 files checked: 0 errors, 0 warnings\n")
    }

    @Test func aSequenceWhereAMappingBelongs() throws {
        let report = try lint(bytes: Array("- a\n- b\n".utf8))
        #expect(
            report.text == """
                specs/models/m.yaml:1:1: error: a model spec must be a mapping, not a sequence
                - a
                ^
                2 files checked: 1 error, 0 warnings

                """)
    }
}
