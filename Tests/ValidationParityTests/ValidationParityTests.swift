import Foundation
import LiangXin
import LiangXinCorpus
import LiangXinRuntime
import LiangXinSpec
import Testing
import TortureSDK

/// The differential test: `liangxin-gen validate`'s spec interpreter and the generated
/// `LiangXinModels.validate(createTaskBody:)` agree, issue for issue, on seeded payloads.
@Suite struct ValidationParityTests {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Loads a spec folder under the package root.
    static func specs(_ folder: String) throws -> SpecSet {
        try #require(SpecLoader.load(folder: root + "/" + folder).specs)
    }

    @Test func interpreterAndGeneratedValidatorsAgreeOnTheNineModels() async throws {
        let specs = try Self.specs("specs")
        try await compare(specs: specs, count: 12_000, seed: 20_261_129) {
            LiangXin.LiangXinModels.validate(createTaskBody: $0)
        }
    }

    @Test func interpreterAndGeneratedValidatorsAgreeOnTheTortureSpec() async throws {
        let specs = try Self.specs("Tests/TortureSpecs")
        try await compare(specs: specs, count: 3_000, seed: 7) {
            TortureSDK.LiangXinModels.validate(createTaskBody: $0)
        }
    }

    /// Generates `count` payloads and compares both validators on each.
    private func compare(
        specs: SpecSet, count: Int, seed: UInt64, generated: @escaping @Sendable ([UInt8]) -> [ValidationIssue]
    ) async throws {
        let (seenMutations, invalid, disagreements) = try await offThePool {
            let interpreter = SpecValidator(specs: specs)
            var factory = PayloadFactory(models: specs.models, seed: seed)
            var seenMutations = Set<String>()
            var invalid = 0
            var disagreements: [String] = []
            for _ in 0..<count {
                let (text, mutation) = factory.next()
                let bytes = Array(text.utf8)
                let expected = generated(bytes)
                let actual = bytes.withUnsafeBytes { interpreter.validate(body: $0) }
                seenMutations.insert("\(mutation)")
                if !expected.isEmpty { invalid += 1 }
                if expected != actual, disagreements.count < 5 {
                    disagreements.append("\(text)\n  generated: \(expected)\n  interpreted: \(actual)")
                }
            }
            return (seenMutations, invalid, disagreements)
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(seenMutations.count == PayloadFactory.Mutation.allCases.count)
        #expect(invalid > count / 3 && invalid < count)
    }
}
