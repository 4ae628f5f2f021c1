import LiangXinCorpus
import LiangXinRuntime
import LiangXinSpec
import Testing

/// The seeded corpus keeps to a spec's bounds, even at the ends of Int64.
struct PayloadFactoryTests {
    @Test func loneBoundsAtTheEndsOfInt64AreNeitherCrossedNorOverflowed() throws {
        let yaml = SpecFixtures.model(
            input: """
                  high: {type: integer, required: true, minimum: 9223372036854775000, description: H.}
                  low: {type: integer, required: true, maximum: -9223372036854775000, description: L.}
                  all: {type: integer, required: true, minimum: -9223372036854775808, maximum: 9223372036854775807, description: A.}
                  ratio: {type: number, required: true, minimum: 15.25, description: R.}
                """)
        let specs = try #require(SpecLoader.load(try SpecFixtures.folder(models: [("m.yaml", yaml)])).specs)
        let validator = SpecValidator(specs: specs)
        var factory = PayloadFactory(models: specs.models, seed: 7, validPercent: 100)
        for _ in 0..<200 {
            let text = factory.next().text
            // The factory's callBackUrl is sometimes http:// on purpose; the input must be valid.
            let issues = Array(text.utf8).withUnsafeBytes { validator.validate(body: $0) }
                .filter { $0.pointer.hasPrefix("/input") }
            #expect(issues.isEmpty, "\(text): \(issues)")
        }
    }
}
