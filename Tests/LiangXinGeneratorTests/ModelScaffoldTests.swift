import LiangXinSpec
import LiangXinYAML
import Testing

/// `liangxin-gen new`: the skeleton and the copy lint clean at once; ids that are not model ids
/// (and so not safe file names) are refused with the same words the CLI prints.
@Suite struct ModelScaffoldTests {
    @Test func theSkeletonAndACopyLintClean() throws {
        var files = try SpecFixtures.repositorySpecs()
        let source = try #require(files.models.first { $0.path.hasSuffix("/seedream-v4-5.yaml") })
        files.models.append(
            SourceFile(path: "specs/models/flux-3.yaml", text: try ModelScaffold.skeleton(id: "flux-3")))
        let copy = try ModelScaffold.copy(
            of: String(decoding: source.bytes, as: UTF8.self), from: "seedream-v4-5", as: "seedream-v6")
        files.models.append(SourceFile(path: "specs/models/seedream-v6.yaml", text: copy))
        let loaded = SpecLoader.load(files)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.renderedDiagnostics)")
        let models = try #require(loaded.specs).models
        #expect(models.first { $0.id.value == "seedream-v6" }?.title == "Seedream V6")
        #expect(models.first { $0.id.value == "flux-3" }?.input.map(\.name) == ["prompt"])
        #expect(copy.hasPrefix("id: seedream-v6\ntitle: Seedream V6\n"))
    }

    @Test func idsThatAreNotModelIDsAreRefused() {
        for id in ["Flux", "../x", "-x", ".x", "a b", "", "画像"] {
            #expect(
                throws: ModelScaffold.Failure(
                    description:
                        "'\(id)' is not a model id: use lowercase letters, digits, '-' and '.', starting with a letter or digit"
                )
            ) { try ModelScaffold.skeleton(id: id) }
        }
        #expect(ModelScaffold.isValidID("gemini-2.5-flash"))
    }

    @Test func aCopyOfASpecWithoutItsIDLineIsRefused() {
        #expect(throws: ModelScaffold.Failure(description: "the spec of 'x' has no line 'id: x'")) {
            try ModelScaffold.copy(of: "title: X\n", from: "x", as: "y")
        }
    }
}
