/// Stage three of the pipeline for one model: spec → structured Swift file.
struct ModelTranslator {
    /// The model.
    let model: ModelSpec
    /// The spec path named in the header and remarks, e.g. `specs/models/z-image.yaml`.
    let source: String

    /// The model's Swift type name, e.g. `ZImage`.
    var typeName: String { SwiftNaming.typeName(model.id.value) }

    /// The file `LiangXin/Models/<TypeName>.swift`.
    func translate(moduleFolder: String) -> SwiftFile {
        var input = ObjectTranslator(
            name: "Input", conformances: "LiangXinInput",
            doc: [
                "The `input` object of a \(SwiftLiteral.code(model.id.value)) createTask request.", "",
                "- Remark: Generated from \(source), input.",
            ],
            fields: model.input, rules: model.rules, origin: "\(source), input")
        input.leadingMembers = [
            .doc(["The model this is the input of."]), .line("public typealias Model = \(typeName)"), .blank,
        ]
        var body = metadata()
        body += [.blank] + input.declaration()
        let entry = SwiftDecl.documented(
            ["\(SwiftLiteral.code(model.id.value)) in the registry."],
            [
                .line(
                    "public static var \(RegistryTranslator.entryName(model)): LiangXinModelEntry { LiangXinModelEntry(\(typeName).self) }"
                )
            ])
        let decls =
            SwiftDecl.documented(
                typeDoc(), SwiftDecl.block("public enum \(typeName): LiangXinModel", body))
            + [.blank] + SwiftDecl.block("extension LiangXinModels", entry)
        return SwiftFile(
            path: "\(moduleFolder)/Models/\(typeName).swift", source: source,
            imports: ["import LiangXinRuntime"],
            decls: decls)
    }

    /// The type's doc: title, summary, deprecation, evidence, rules, sources.
    private func typeDoc() -> [String] {
        var doc = SwiftLiteral.docLines("\(model.title): \(model.summary)")
        if let deprecation = model.deprecation {
            doc += [""] + SwiftLiteral.docLines("- Warning: Deprecated. \(deprecation)")
        }
        doc +=
            [""]
            + SwiftLiteral.docLines(
                "Evidence: \(model.evidence.level.rawValue)." + (model.evidence.note.map { " \($0)" } ?? "")
            )
        for rule in model.rules {
            let names = rule.fields.map { SwiftLiteral.code($0.value) }.joined(separator: ", ")
            doc +=
                [""]
                + SwiftLiteral.docLines(
                    "Rule (\(rule.kind.name)) over \(names)" + (rule.description.map { ": \($0)" } ?? "."))
        }
        doc.append("")
        for link in model.sources { doc += SwiftLiteral.docLines("- \(link.label): <\(link.url)>") }
        doc.append("- Remark: Generated from \(source).")
        return doc
    }

    /// `id`, `title`, `summary`, `deprecation`: computed, so a model costs no global
    /// variables, initializers or accessors (a thousand-model SDK compiles faster).
    private func metadata() -> [SwiftDecl] {
        let deprecation = model.deprecation.map(SwiftLiteral.string) ?? "nil"
        return [
            .doc(["The id sent as `model`."]),
            .line("public static var id: Swift.String { \(SwiftLiteral.string(model.id.value)) }"),
            .doc(["A short human title."]),
            .line("public static var title: Swift.String { \(SwiftLiteral.string(model.title)) }"),
            .doc(["What the model does."]),
            .line("public static var summary: Swift.String { \(SwiftLiteral.string(model.summary)) }"),
            .doc(["Why the model should not be used any more, when it should not."]),
            .line("public static var deprecation: Swift.String? { \(deprecation) }"),
        ]
    }
}
