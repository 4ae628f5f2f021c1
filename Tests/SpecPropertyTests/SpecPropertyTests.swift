import Foundation
import LiangXinCorpus
import LiangXinGenerator
import LiangXinRuntime
import LiangXinSpec
import LiangXinYAML
import Testing

/// The property behind `lint`'s promise: for random spec sets (``RandomSpecSet``), every model
/// lint rejects is rejected with located errors, and the lint-clean ones generate Swift that
/// compiles, in one module, against the runtime; each valid payload round-trips through its
/// typed input, and the interpreter and the generated validators report the same issues on
/// valid and mutated payloads.
///
/// Seeded and replayable: `LIANGXIN_PROPERTY_SEED=7,8,9 swift test --filter SpecPropertyTests`
/// runs those seeds instead of the default one; a failure names its seed.
@Suite(.serialized) struct SpecPropertyTests {
    /// The seed `swift test` and CI run.
    static let defaultSeed: UInt64 = 20_261_202
    /// Models a spec set has before lint drops the ones it rejects.
    static let modelCount = 56
    /// Payloads checked a model.
    static let payloadsPerModel = 60

    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The seeds to run: `LIANGXIN_PROPERTY_SEED` (comma-separated) or the default.
    static var seeds: [UInt64] {
        guard let text = ProcessInfo.processInfo.environment["LIANGXIN_PROPERTY_SEED"] else { return [defaultSeed] }
        return text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Every public type and protocol name of `LiangXinRuntime`, read from its sources.
    static func runtimeNames() throws -> [String] {
        var names = Set<String>()
        let declaration = try Regex(#"public (?:final )?(?:struct|enum|protocol|class|typealias) (\w+)"#)
        for file in SwiftCompiler.swiftFiles(under: root + "/Sources/LiangXinRuntime") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for match in text.matches(of: declaration) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names.sorted()
    }

    @Test func randomLintCleanSpecSetsCompileAndAllValidatorsAgree() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "liangxin-property-\(ProcessInfo.processInfo.processIdentifier)"
        ).path
        try? FileManager.default.removeItem(atPath: work)
        try FileManager.default.createDirectory(atPath: work + "/runtime", withIntermediateDirectories: true)
        defer {
            if ProcessInfo.processInfo.environment["LIANGXIN_PROPERTY_KEEP"] == nil {
                try? FileManager.default.removeItem(atPath: work)
            }
        }
        // The compiler runs are waited for off the cooperative pool (minutes of them on a slow
        // machine would hold one of its threads).
        try await offThePool {
            try SwiftCompiler.buildRuntime(sources: Self.root + "/Sources/LiangXinRuntime", into: work + "/runtime")
        }
        let names = try Self.runtimeNames()
        #expect(names.contains("JSONValue") && names.contains("Pattern") && names.count > 40)
        for seed in Self.seeds {
            try await check(seed: seed, runtimeNames: names, work: work + "/\(seed)", runtime: work + "/runtime")
        }
    }

    /// One seed, end to end.
    private func check(seed: UInt64, runtimeNames: [String], work: String, runtime: String) async throws {
        let replay = "(replay: LIANGXIN_PROPERTY_SEED=\(seed) swift test --filter SpecPropertyTests)"
        var generator = RandomSpecSet(seed: seed, runtimeNames: runtimeNames)
        let models = generator.models(count: Self.modelCount)
        // The specs on disk too, for `liangxin-gen lint` when a run is kept (LIANGXIN_PROPERTY_KEEP=1).
        try FileManager.default.createDirectory(atPath: work + "/specs/models", withIntermediateDirectories: true)
        for (name, yaml) in models {
            try yaml.write(toFile: work + "/specs/models/" + name, atomically: true, encoding: .utf8)
        }
        let (specs, kept) = try lintCleanSpecs(models, seed: seed, replay: replay)
        #expect(specs.models.count >= Self.modelCount * 3 / 4, "seed \(seed): lint rejected too many models")
        #expect(
            kept.contains { $0.0 == RandomSpecSet.allNamesFile },
            "a model naming a field after every public runtime type does not lint clean")

        // Generate, then compile the models with a driver in one module, as an app would.
        let files = try #require(GeneratorPipeline(exportsSchemas: false).run(specFiles(kept)).files)
        let generated = try files.filter { $0.path.hasPrefix("LiangXin/") && $0.path.hasSuffix(".swift") }.map { file in
            let path = work + "/" + file.path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        try Self.driverSource.write(toFile: work + "/main.swift", atomically: true, encoding: .utf8)
        do {
            try await offThePool {
                try SwiftCompiler.buildDriver(
                    generated: generated, driver: work + "/main.swift", runtimeFolder: runtime, output: work + "/driver"
                )
            }
        } catch {
            Issue.record("seed \(seed): lint-clean specs generated Swift that does not compile \(replay)\n\(error)")
            return
        }

        // Valid and mutated payloads: the driver's verdicts against the interpreter's.
        var factory = PayloadFactory(models: specs.models, seed: seed)
        let payloads = (0..<(specs.models.count * Self.payloadsPerModel)).map { _ in factory.next().text }
        try (payloads.joined(separator: "\n") + "\n").write(
            toFile: work + "/payloads.jsonl", atomically: true, encoding: .utf8)
        let output = try await offThePool { try SwiftCompiler.run([work + "/driver", work + "/payloads.jsonl"]) }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == payloads.count, "seed \(seed): the driver answered \(lines.count) payloads")
        let interpreter = SpecValidator(specs: specs)
        var disagreements: [String] = []
        var roundTrips = 0
        var roundTripped = Set<String>()
        for (payload, line) in zip(payloads, lines) {
            let answer = try JSONDecoder().decode(DriverAnswer.self, from: Data(line.utf8))
            let bytes = Array(payload.utf8)
            let interpreted = bytes.withUnsafeBytes { interpreter.validate(body: $0) }
            if answer.issues != interpreted {
                disagreements.append("\(payload)\n  generated: \(answer.issues)\n  interpreted: \(interpreted)")
            }
            if answer.roundTrip == "ok" {
                roundTrips += 1
                if case .object(let body)? = try? JSONParser.parse(bytes), case .string(let id)? = body["model"] {
                    roundTripped.insert(id.string)
                }
            }
            if answer.roundTrip != "ok" && answer.roundTrip != "invalid" {
                disagreements.append("\(payload)\n  round trip: \(answer.roundTrip)")
            }
        }
        #expect(
            disagreements.isEmpty,
            "seed \(seed): \(disagreements.count) disagreements \(replay)\n\(disagreements.prefix(5).joined(separator: "\n"))"
        )
        #expect(roundTrips > payloads.count / 10, "seed \(seed): only \(roundTrips) valid payloads round-tripped")
        let without = specs.models.map(\.id.value).filter { !roundTripped.contains($0) }
        #expect(without.isEmpty, "seed \(seed): no valid payload round-tripped for \(without) \(replay)")
        print(
            "seed \(seed): \(specs.models.count) of \(models.count) models lint-clean, compiled; "
                + "\(payloads.count) payloads, \(roundTrips) valid ones round-tripped "
                + "(\(roundTripped.count) of the models), \(disagreements.count) disagreements"
        )
    }

    /// The spec files of a set of models, with the repository's `api.yaml`.
    private func specFiles(_ models: [(String, String)]) throws -> SpecFiles {
        let api = try SpecDirectoryReader.read(Self.root + "/specs").api
        return SpecFiles(
            root: "specs", api: api,
            models: models.map { SourceFile(path: "specs/models/\($0.0)", bytes: Array($0.1.utf8)) })
    }

    /// Lints the set; every diagnostic must be located in a real line of its file. The models
    /// with errors are dropped and the rest must then load clean.
    private func lintCleanSpecs(_ models: [(String, String)], seed: UInt64, replay: String) throws -> (
        SpecSet, [(String, String)]
    ) {
        let files = try specFiles(models)
        let loaded = SpecLoader.load(files)
        var rejected = Set<String>()
        for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
            let location = diagnostic.location
            let source = files.all.first { $0.path == location.file }
            let lineCount = source.map { $0.bytes.split(separator: UInt8(ascii: "\n")).count + 1 } ?? 0
            #expect(
                source != nil && location.line >= 1 && location.line <= lineCount && location.column >= 1,
                "seed \(seed): an unlocated diagnostic \(replay): \(diagnostic)")
            rejected.insert(location.file)
        }
        let kept = models.filter { !rejected.contains("specs/models/\($0.0)") }
        let reloaded = SpecLoader.load(try specFiles(kept))
        let errors = reloaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "seed \(seed): models clean on their own fail together \(replay): \(errors)")
        return (try #require(reloaded.specs), kept)
    }

    /// One line of the driver's output.
    struct DriverAnswer: Decodable {
        /// The generated validators' issues.
        var issues: [ValidationIssue]
        /// `ok`, `invalid` (not checked), or what went wrong.
        var roundTrip: String
    }

    /// The driver: reads createTask bodies, one a line of the file it is given, and answers each with the generated
    /// validators' issues and, for a valid body, the outcome of its round trip (typed input →
    /// `jsonValue` → typed input; `Codable` both ways; the value valid). Every name it uses is
    /// qualified, and its own names start with `_PropertyDriver`/`_propertyDriver`, since the
    /// generated types share its module.
    static let driverSource = """
        import Foundation
        @_spi(LiangXinGenerated) import LiangXinRuntime

        func _propertyDriverRoundTrip<M: LiangXinRuntime.LiangXinModel>(_ model: M.Type, _ json: LiangXinRuntime.JSONValue) -> Swift.String {
            var issues = LiangXinRuntime.ValidationIssues()
            guard let typed = M.Input(json: json, at: .input, issues: &issues) else { return "did not decode: \\(issues.all)" }
            let written = typed.jsonValue
            var again = LiangXinRuntime.ValidationIssues()
            guard let reread = M.Input(json: written, at: .input, issues: &again), again.all.isEmpty else {
                return "its jsonValue did not decode: \\(again.all)"
            }
            guard reread == typed else { return "reading its jsonValue gives another value" }
            let problems = typed.validate()
            guard problems.isEmpty else { return "the typed value has issues: \\(problems)" }
            do {
                let data = try Foundation.JSONEncoder().encode(typed)
                let decoded = try Foundation.JSONDecoder().decode(M.Input.self, from: data)
                guard decoded == typed else { return "Codable gives another value" }
            } catch {
                return "Codable: \\(error)"
            }
            return "ok"
        }

        struct _PropertyDriverAnswer: Swift.Encodable {
            var issues: [LiangXinRuntime.ValidationIssue]
            var roundTrip: Swift.String
        }

        let encoder = Foundation.JSONEncoder()
        let text = try! Swift.String(contentsOfFile: Swift.CommandLine.arguments[1], encoding: .utf8)
        for line in text.split(separator: "\\n") {
            let bytes = Swift.Array(line.utf8)
            let issues = LiangXinModels.validate(createTaskBody: bytes)
            var status = "invalid"
            if issues.isEmpty, case .object(let body)? = try? LiangXinRuntime.JSONParser.parse(bytes),
                case .string(let id)? = body["model"], let input = body["input"],
                let model = LiangXinModels.model(id: id.string)
            {
                status = _propertyDriverRoundTrip(model, input)
            }
            let data = try! encoder.encode(_PropertyDriverAnswer(issues: issues, roundTrip: status))
            Swift.print(Swift.String(decoding: data, as: Swift.UTF8.self))
        }
        """
}
