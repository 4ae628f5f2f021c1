import LiangXinSpec

/// Stage three for the shared file: the registry of every model and untyped validation.
///
/// The registry lists the entries each model file declares in its own type
/// (`ZImage.registryEntry`), so this file never checks a model's conformances itself: with a
/// thousand models, that work stays in each model's own compile job. No model file mentions
/// the registry, so adding a model recompiles only its file and this one.
///
/// The generated module imports no Foundation (bodies are any collection of bytes, `Data`
/// included): every compile job of a debug build would load it again.
/// Dispatch goes through a dictionary built from an array literal, never a `switch`, so the
/// type checker's cost stays linear past a thousand models.
struct RegistryTranslator {
    /// The member of each model type that holds its entry.
    static let entryMember = "registryEntry"

    /// The models, sorted by id.
    let models: [ModelSpec]
    /// The spec folder's name, for the header.
    let specsFolder: String

    /// The file `LiangXin/LiangXinModels.swift`.
    func translate(moduleFolder: String) -> SwiftFile {
        let entries = models.map { SwiftDecl.line("\(SwiftNaming.typeName($0.id.value)).\(Self.entryMember),") }
        let body: [SwiftDecl] =
            [
                .doc(["Every model's entry, sorted by id (each model file declares its own)."]),
                .line("public static let entries: [\(RuntimeSymbol.liangXinModelEntry)] = ["), .indented(entries),
                .line("]"), .blank,
                .doc(["Every model type, sorted by id."]),
                .line("public static let all: [any \(RuntimeSymbol.liangXinModel).Type] = entries.map(\\.type)"),
                .blank,
                .doc(["Each model type by id."]),
                .line(
                    "private static let byID: [Swift.String: any \(RuntimeSymbol.liangXinModel).Type] = Swift.Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.type) })"
                ),
                .blank,
                .doc(["The validator of untyped createTask bodies over every model."]),
                .line("public static let bodyValidator = \(RuntimeSymbol.createTaskBodyValidator)(entries: entries)"),
                .blank,
            ]
            + SwiftDecl.documented(
                ["The model with an id, if the specs describe it."],
                SwiftDecl.block(
                    "public static func model(id: Swift.String) -> (any \(RuntimeSymbol.liangXinModel).Type)?",
                    [.line("byID[id]")]))
            + [.blank]
            + SwiftDecl.documented(
                [
                    "Every issue of an untyped createTask body: invalid JSON, an unknown model (with a",
                    "did-you-mean), missing or unknown keys, wrong JSON types (no coercion), and every",
                    "constraint of the model's generated validator.",
                ],
                SwiftDecl.block(
                    "public static func validate<Bytes: Swift.Collection<Swift.UInt8>>(createTaskBody: Bytes) -> [\(RuntimeSymbol.validationIssue)]",
                    [.line("bodyValidator.validate(body: createTaskBody)")]))
        let decls = SwiftDecl.documented(
            [
                "Every model of LiangXin Market that the specs describe.", "",
                "- Remark: Generated from \(specsFolder)/models/*.yaml.",
            ],
            SwiftDecl.block("public enum LiangXinModels", body))
        return SwiftFile(
            path: "\(moduleFolder)/LiangXinModels.swift", source: "\(specsFolder)/models/*.yaml",
            imports: ["@_exported import LiangXinRuntime", RuntimeSymbol.spiImport], decls: decls)
    }
}
