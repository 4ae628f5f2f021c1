import LiangXinSpec

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
            name: "Input", conformances: "\(RuntimeSymbol.liangXinInput)",
            doc: [
                "The `input` object of a \(SwiftLiteral.code(model.id.value)) createTask request.", "",
                "- Remark: Generated from `input`.",
            ],
            fields: model.input, rules: model.rules, origin: "input")
        input.leadingMembers = [
            .doc(["The model this is the input of."]), .line("public typealias Model = \(typeName)"), .blank,
        ]
        var body = metadata()
        // The entry lives in the model's own type: a file that extended the registry would be
        // recompiled whenever a model is added, since the registry's interface changes.
        body +=
            [.blank]
            + SwiftDecl.documented(
                ["The model's entry in `LiangXinModels`: its type and a validator of its untyped input."],
                SwiftDecl.block(
                    "public static var \(RegistryTranslator.entryMember): \(RuntimeSymbol.liangXinModelEntry)",
                    [.line("\(RuntimeSymbol.liangXinModelEntry)(\(typeName).self)")]))
        body += [.blank] + input.declaration()
        let decls = SwiftDecl.documented(
            typeDoc(), SwiftDecl.block("public enum \(typeName): \(RuntimeSymbol.liangXinModel)", body))
        return SwiftFile(
            path: "\(moduleFolder)/Models/\(typeName).swift", source: source,
            imports: [RuntimeSymbol.spiImport],
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

    /// `info`: the id, title, summary and deprecation note, one argument a line. It is
    /// computed, so a model costs no global variable, initializer or accessor, and it is the
    /// protocol's one requirement, so it costs one witness thunk (a thousand-model SDK
    /// compiles faster).
    private func metadata() -> [SwiftDecl] {
        let deprecation = model.deprecation.map(SwiftLiteral.string) ?? "nil"
        return [
            .doc(["The id sent as `model`, its title, what it does, and why not to use it any more (if so)."]),
            .line("public static var info: \(RuntimeSymbol.liangXinModelInfo) {"),
            .indented([
                .line("\(RuntimeSymbol.liangXinModelInfo)("),
                .indented([
                    .line("id: \(SwiftLiteral.string(model.id.value)),"),
                    .line("title: \(SwiftLiteral.string(model.title)),"),
                    .line("summary: \(SwiftLiteral.string(model.summary)),"),
                    .line("deprecation: \(deprecation)"),
                ]),
                .line(")"),
            ]),
            .line("}"),
        ]
    }
}
