import Foundation
import LiangXinBuiltInSpecs
import LiangXinSpec
import Testing

/// The specs built into the tools are the repository's, byte for byte, and load as they do.
@Suite struct BuiltInSpecsTests {
    @Test func theBuiltInSpecsAreTheRepositorysFiles() throws {
        let root = SpecFixtures.packageRoot + "/specs/"
        var paths = ["api.yaml"]
        paths += try FileManager.default.contentsOfDirectory(atPath: root + "models").filter { $0.hasSuffix(".yaml") }
            .map { "models/" + $0 }
        #expect(LiangXinBuiltInSpecs.files.map(\.path) == paths.sorted())
        for file in LiangXinBuiltInSpecs.files {
            let bytes = try #require(FileManager.default.contents(atPath: root + file.path))
            #expect(Array(file.text.utf8) == Array(bytes), "\(file.path)")
        }
    }

    @Test func theBuiltInSpecsLoadClean() throws {
        let loaded = SpecLoader.load(SpecLocator.builtIn(LiangXinBuiltInSpecs.files))
        #expect(loaded.diagnostics.isEmpty)
        #expect(try #require(loaded.specs).models.count == 9)
    }

    @Test func specsAreFoundAtOrAboveTheCurrentDirectory() {
        #expect(SpecLocator.find(from: SpecFixtures.packageRoot) == "specs")
        #expect(
            SpecLocator.find(from: SpecFixtures.packageRoot + "/Sources/LiangXinRuntime") == SpecFixtures.packageRoot
                + "/specs")
        #expect(SpecLocator.find(from: "/") == nil)
    }
}
