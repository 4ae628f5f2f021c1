import Foundation
import LiangXinSpec
import Testing

@testable import LiangXinGenerator

/// The page width of generated code: how long lines are broken, and that none is left over.
struct LineBreakerTests {
    /// The lines a statement becomes at an indentation, joined for comparison.
    private func broken(_ line: String, indent: Int = 8) -> String {
        LineBreaker.lines(line, indent: indent).joined(separator: "\n")
    }

    @Test func aLineThatFitsIsLeftAlone() {
        let line = "let seed = _reader.readInt(\"seed\", required: false, nullable: false, issues: &_issues)"
        #expect(broken(line) == line)
    }

    @Test func argumentsThatFitOnOneContinuationLineAreFilled() {
        let line =
            "let aspectRatio = _reader.readEnum(\"aspect_ratio\", AspectRatio.self, required: false, nullable: false, issues: &_issues)"
        #expect(
            broken(line, indent: 12) == """
                let aspectRatio = _reader.readEnum(
                    "aspect_ratio", AspectRatio.self, required: false, nullable: false, issues: &_issues)
                """)
    }

    @Test func anArrayLiteralGoesOneElementALineWithATrailingComma() {
        let keys = (1...12).map { "\"key_number_\($0)\"" }.joined(separator: ", ")
        let line = "_reader.reportUnknownKeys(known: [\(keys)], issues: &_issues)"
        let expected =
            ["_reader.reportUnknownKeys(", "    known: ["] + (1...12).map { "        \"key_number_\($0)\"," }
            + ["    ],", "    issues: &_issues", ")"]
        #expect(broken(line) == expected.joined(separator: "\n"))
    }

    @Test func aLongGuardPutsEachConditionOnItsOwnLine() {
        let unwraps = (1...8).map { "let field\($0) = field\($0)" }.joined(separator: ", ")
        let line = "guard _reader.isSound, \(unwraps) else { return nil }"
        let expected =
            ["guard _reader.isSound,"] + (1...7).map { "    let field\($0) = field\($0)," }
            + ["    let field8 = field8", "else { return nil }"]
        #expect(broken(line) == expected.joined(separator: "\n"))
    }

    @Test func aConformanceListGoesOnALineOfItsOwn() {
        let line =
            "public enum AnyItem: Swift.String, LiangXinRuntime.WireEnum, LiangXinRuntime.JSONReadable, LiangXinRuntime.JSONWritable {"
        #expect(
            broken(line) == """
                public enum AnyItem:
                    Swift.String, LiangXinRuntime.WireEnum, LiangXinRuntime.JSONReadable, LiangXinRuntime.JSONWritable
                {
                """)
    }

    @Test func aLongStringLiteralBecomesAContinuedMultiLineLiteral() {
        let text = String(repeating: "word ", count: 30) + "end."
        let line = "case .badRequest: return \"\(text)\""
        let lines = LineBreaker.lines(line, indent: 8)
        #expect(lines.first == "case .badRequest: return \"\"\"")
        #expect(lines.last == "    \"\"\"")
        #expect(lines.allSatisfy { 8 + $0.count <= LineBreaker.width })
        // The content lines, continuations removed, give the literal back.
        let content = lines.dropFirst().dropLast().map { line -> String in
            let body = String(line.dropFirst(4))
            return body.hasSuffix("\\") ? String(body.dropLast()) : body
        }
        #expect(content.joined() == text)
    }

    @Test func docLinesWrapAtSpacesAndKeepListItemsTogether() {
        let url = "<https://docs.example.com/api-reference/text-to-image/a-rather-long-path-for-a-model-page>"
        let lines = DocWrapper.lines("- Upstream reference (limits the service does not state): \(url)", indent: 4)
        #expect(lines == ["- Upstream reference (limits the service does not state):", "  \(url)"])
        let code = "A sentence that mentions `a code span with spaces in it` near the end of a very long line of text."
        #expect(DocWrapper.lines(code, indent: 40).contains { $0.contains("`a code span with spaces in it`") })
    }

    @Test func noGeneratedLineIsWiderThanThePage() throws {
        for folder in ["specs", "Tests/TortureSpecs"] {
            let files = try #require(
                GeneratorPipeline().run(try SpecDirectoryReader.read(SpecFixtures.packageRoot + "/" + folder)).files)
            for file in files where file.path.hasSuffix(".swift") {
                for (number, line) in file.contents.split(separator: "\n").enumerated()
                where line.unicodeScalars.count > LineBreaker.width {
                    Issue.record("\(folder) → \(file.path):\(number + 1) is \(line.unicodeScalars.count) wide")
                }
            }
        }
    }
}
