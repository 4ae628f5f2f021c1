import LiangXinSpec

/// Translates a string enum into a nested `WireEnum`, or an `AliasedWireEnum` whose aliases
/// decode to their case.
struct EnumTranslator {
    /// The Swift type name.
    let name: String
    /// The values in spec order.
    let values: [EnumValueSpec]
    /// The schema's description, for the type's doc comment.
    let description: String?
    /// Its field's path in the spec, for the remark, e.g. `input.aspect_ratio`.
    let origin: String
    /// Whether it is the items of an array field, which reads and writes it as `JSONReadable`
    /// and `JSONWritable` (an enum field is read with `readEnum` and written as its `jsonValue`).
    let isArrayItem: Bool

    /// The enum declaration.
    func declaration() -> [SwiftDecl] {
        var body: [SwiftDecl] = []
        for value in values {
            body += SwiftDecl.documented(
                caseDoc(value),
                [
                    .line("case \(SwiftNaming.caseName(value.value)) = \(SwiftLiteral.string(value.value))")
                ])
        }
        let aliases = aliasDecls()
        if !aliases.isEmpty { body += [.blank] + aliases }
        var doc = SwiftLiteral.docLines(description ?? name)
        doc += ["", "- Remark: Generated from \(SwiftLiteral.code(origin))."]
        return SwiftDecl.documented(
            doc, SwiftDecl.block("public enum \(name): \(conformances)", body))
    }

    /// `Swift.String, WireEnum` (`AliasedWireEnum` when some value has aliases), and the JSON
    /// protocols for array items.
    private var conformances: String {
        let hasAliases = values.contains { !$0.aliases.isEmpty }
        return "Swift.String, \(hasAliases ? RuntimeSymbol.aliasedWireEnum : RuntimeSymbol.wireEnum)"
            + (isArrayItem ? ", \(RuntimeSymbol.jsonReadable), \(RuntimeSymbol.jsonWritable)" : "")
    }

    /// A case's description and the aliases it accepts.
    private func caseDoc(_ value: EnumValueSpec) -> [String] {
        var doc = value.description.map(SwiftLiteral.docLines) ?? []
        if !value.aliases.isEmpty {
            let aliases = value.aliases.map { SwiftLiteral.code($0.value) }.joined(separator: ", ")
            doc.append("Also accepted on the wire as \(aliases).")
        }
        return doc
    }

    /// The alias table, when there are aliases.
    private func aliasDecls() -> [SwiftDecl] {
        let aliases = values.flatMap { value in
            value.aliases.map { ($0.value, SwiftNaming.caseName(value.value)) }
        }
        guard !aliases.isEmpty else { return [] }
        let doc = SwiftDecl.doc([
            "Other spellings the service accepts, each decoding to its canonical case."
        ])
        let entries = aliases.map { SwiftDecl.line("\(SwiftLiteral.string($0.0)): .\($0.1),") }
        return [doc, .line("public static let aliases: [Swift.String: Self] = ["), .indented(entries), .line("]")]
    }
}
