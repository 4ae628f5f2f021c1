import Foundation
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// Paths and in-memory spec folders for the generator's tests.
enum SpecFixtures {
    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The checked-in `specs/` folder, read from disk with display paths under `specs`.
    static func repositorySpecs() throws -> SpecFiles {
        let files = try SpecDirectoryReader.read(packageRoot + "/specs")
        let prefix = packageRoot + "/"
        func relative(_ file: SourceFile) -> SourceFile {
            SourceFile(path: String(file.path.dropFirst(prefix.count)), bytes: file.bytes)
        }
        return SpecFiles(
            root: "specs", api: files.api.map(relative), models: files.models.map(relative))
    }

    /// The repository's api.yaml and the given model files (`name → YAML`).
    static func folder(models: [(name: String, yaml: String)]) throws -> SpecFiles {
        let api = try repositorySpecs().api
        let files = models.map { SourceFile(path: "specs/models/\($0.name)", text: $0.yaml) }
        return SpecFiles(root: "specs", api: api, models: files)
    }

    /// What `lint` prints for one model file next to the repository's api.yaml.
    static func lint(_ yaml: String, fileName: String = "m.yaml") throws -> String {
        LintReport(files: try folder(models: [(fileName, yaml)])).text
    }

    /// A valid model spec whose `input` and `rules` are replaced by the given YAML blocks.
    static func model(id: String = "m", input: String, rules: String = "", extra: String = "")
        -> String
    {
        """
        id: \(id)
        title: M
        summary: A model for tests.
        sources:
          - label: Test
            url: https://example.com/m
        evidence:
          level: high
        \(extra)input:
        \(input)
        \(rules)
        """
    }
}
