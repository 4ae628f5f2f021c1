import Foundation
import LiangXinGenerator
import LiangXinSpec
import Testing

/// The checked-in specs: all ten files load and check with no diagnostic.
@Suite struct RepositorySpecTests {
    @Test func theTenSpecFilesAreClean() throws {
        let files = try SpecFixtures.repositorySpecs()
        let report = LintReport(files: files)
        #expect(report.text == "10 files checked: 0 errors, 0 warnings\n")
        #expect(!report.failed)
    }

    @Test func everyModelHasSourcesEvidenceAndDescribedFields() throws {
        let result = SpecLoader.load(try SpecFixtures.repositorySpecs())
        let specs = try #require(result.specs)
        #expect(
            specs.models.map(\.id.value) == [
                "flux-2-pro", "gemini-2.5-flash-image-preview", "imagen4-fast", "imagen4-ultra",
                "nano-banana-pro", "nano-banana-pro-flash", "seedream-v4-5", "seedream-v5-lite", "z-image",
            ])
        for model in specs.models {
            #expect(!model.sources.isEmpty, "\(model.id.value)")
            #expect(model.input.first?.name == "prompt", "\(model.id.value)")
            #expect(model.input.first?.required == true, "\(model.id.value)")
            for field in model.input {
                #expect(field.schema.description?.isEmpty == false, "\(model.id.value).\(field.name)")
            }
        }
        let gemini = try #require(
            specs.models.first { $0.id.value == "gemini-2.5-flash-image-preview" })
        #expect(gemini.deprecation != nil)
        #expect(gemini.evidence.level == .mediumLow)
    }

    @Test func theAPISpecDescribesTheJobAPI() throws {
        let api = try #require(SpecLoader.load(try SpecFixtures.repositorySpecs()).specs?.api)
        #expect(api.endpoints.map(\.path) == ["/api/v1/jobs/createTask", "/api/v1/jobs/recordInfo"])
        #expect(api.states.map(\.name) == ["waiting", "queuing", "generating", "success", "fail"])
        #expect(api.states.filter(\.terminal).map(\.name) == ["success", "fail"])
        #expect(api.errors.map(\.status) == [400, 401, 403, 404, 413, 422, 429, 500])
        #expect(api.callback.payload.value == "recordInfo")
        #expect(api.polling.maximumQueriesPerSecond == 10)
    }
}

/// The complete example of `specs/README.md` stays a clean spec.
@Suite struct SpecLanguageDocumentationTests {
    @Test func theReadmeExampleLintsClean() throws {
        let readme = try String(
            contentsOfFile: SpecFixtures.packageRoot + "/specs/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "## A model spec, complete\n\n```yaml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        let report = LintReport(files: try SpecFixtures.folder(models: [("flux-2-pro.yaml", example)]))
        #expect(report.text == "2 files checked: 0 errors, 0 warnings\n")
    }
}
