import Foundation

extension FuzzSupport {
    /// Writes each harness's seed corpus and dictionary under `folder` (`<harness>/` and
    /// `<harness>.dict`): the repository's and the torture specs for the YAML harness, payload
    /// factory bodies for the JSON and createTask harnesses, and every key, enum value, alias
    /// and model id of the specs as dictionary words.
    public static func writeSeeds(to folder: String) throws {
        let manager = FileManager.default
        func write(_ harness: String, _ name: String, _ bytes: [UInt8]) throws {
            let directory = folder + "/" + harness
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
        }
        var yamlSeeds = specFiles.models
        if let torture = try? SpecDirectoryReader.read(packageRoot + "/Tests/TortureSpecs") {
            yamlSeeds += torture.models
        }
        for file in yamlSeeds {
            try write("FuzzSpecYAML", String(file.path.split(separator: "/").last ?? "spec"), file.bytes)
        }
        var factory = PayloadFactory(models: specs.models, seed: 2026, textLength: 40, validPercent: 50)
        for index in 0..<200 {
            let body = Array(factory.next().text.utf8)
            try write("FuzzCreateTaskBody", "body-\(index).json", body)
            if index < 50 { try write("FuzzJSONParser", "body-\(index).json", body) }
        }
        for (index, pattern) in [[0, 24, 0, 0], [16, 35, 17, 25, 0, 1, 2], [20, 0, 23, 1, 21, 24]].enumerated() {
            try write("FuzzPattern", "seed-\(index)", pattern.map(UInt8.init))
        }
        let words = Set(dictionaryWords()).sorted()
        let json = words.map { "\"\\\"" + escaped($0) + "\\\"\"" }
        let yaml = words.map { "\"" + escaped($0) + "\"" } + schemaKeys.map { "\"\($0):\"" }
        for (harness, entries) in [("FuzzCreateTaskBody", json), ("FuzzJSONParser", json), ("FuzzSpecYAML", yaml)] {
            try Data((entries.joined(separator: "\n") + "\n").utf8).write(
                to: URL(fileURLWithPath: folder + "/" + harness + ".dict"))
        }
    }

    /// The keys of a spec's fields, for the YAML dictionary.
    private static let schemaKeys = [
        "type", "description", "nullable", "default", "enum", "open", "minLength", "maxLength", "minimum", "maximum",
        "pattern", "format", "items", "minItems", "maxItems", "fields", "content", "required", "rules", "together",
        "maxTotalItems", "aliases", "value", "deprecated", "id", "title", "summary", "sources", "evidence", "input",
    ]

    /// The specs' model ids, field names, enum values and aliases.
    private static func dictionaryWords() -> [String] {
        var words = specs.models.map(\.id.value) + ["model", "input", "callBackUrl"]
        func visit(_ schema: SchemaSpec) {
            for value in schema.enumValues ?? [] {
                words.append(value.value)
                words += value.aliases.map(\.value)
            }
            switch schema.kind {
            case .array(let items): visit(items)
            case .object(let fields):
                for field in fields {
                    words.append(field.name)
                    visit(field.schema)
                }
            default: break
            }
        }
        for model in specs.models {
            for field in model.input {
                words.append(field.name)
                visit(field.schema)
            }
        }
        return words
    }

    /// A word as a libFuzzer dictionary string (printable ASCII, others as `\xNN`).
    private static func escaped(_ word: String) -> String {
        word.utf8.map { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
                ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
        }.joined()
    }
}
