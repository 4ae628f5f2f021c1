import LiangXinSpec

/// Translates the fields of an API body or answer into a struct conforming to `APIPayload`:
/// properties in spec order, a memberwise initializer, a lenient reader and a writer.
struct PayloadStruct {
    /// The struct's name, e.g. `TaskRecord`.
    let name: String
    /// The generic parameter an open object (`fields: {}`) becomes, e.g. `Payload`.
    let genericParameter: String?
    /// The struct's description.
    let doc: String?
    /// Its fields.
    let fields: [PayloadField]
    /// The fields' path in the spec, e.g. `endpoints.recordInfo.data`.
    let origin: String
    /// The spec file, named in the remark of a top-level type (nil for a nested one).
    let source: String?

    /// Creates the translator.
    init(
        name: String, genericParameter: String?, doc: String?, fields: [FieldSpec], origin: String,
        source: String? = nil
    ) {
        self.name = name
        self.genericParameter = genericParameter
        self.doc = doc
        self.origin = origin
        self.source = source
        self.fields = fields.map { PayloadField($0, origin: origin) }
    }

    /// The struct declaration, its nested types inside it, from the one ``StructEmitter``.
    func declaration() -> [SwiftDecl] {
        var typeDoc = doc.map(SwiftLiteral.docLines) ?? [name]
        let path = SwiftLiteral.code(origin)
        typeDoc += ["", "- Remark: Generated from \(source.map { "\($0), \(path)" } ?? path)."]
        let generic = genericParameter.map { "<\($0): \(RuntimeSymbol.apiPayload)>" } ?? ""
        return StructEmitter(
            name: name + generic, conformances: "\(RuntimeSymbol.apiPayload)", doc: typeDoc, reading: .lenient,
            properties: fields.map {
                StructEmitter.Property(name: $0.property, type: $0.type, doc: $0.doc(origin: origin))
            },
            nestedTypes: fields.map { $0.nested?.declaration() ?? [] },
            jsonMembers: reader() + [.blank] + writer()
        ).declaration()
    }

    /// `init(json:at:)`: every field into a local, every issue collected, then assigned.
    private func reader() -> [SwiftDecl] {
        var body: [SwiftDecl] = [.line("var reader = \(RuntimeSymbol.responseReader)(json, at: pointer)")]
        for field in fields { body.append(.line("let \(field.property) = \(field.read)")) }
        body.append(.line("try reader.finish()"))
        for field in fields {
            let key = SwiftLiteral.string(field.spec.name)
            let value =
                field.needsUnwrap ? "try reader.unwrap(\(field.property), \(key))" : field.property
            body.append(.line("self.\(field.property) = \(value)"))
        }
        return SwiftDecl.documented(
            ["Reads the value; unknown members are ignored, so the service may add fields."],
            SwiftDecl.parameterBlock(
                "\(RuntimeSymbol.spiAttribute) public init",
                parameters: ["json: \(RuntimeSymbol.jsonValue)", "at pointer: \(RuntimeSymbol.jsonPointer)"],
                effects: "throws(\(RuntimeSymbol.responseDecodingError))", body))
    }

    /// `jsonValue`: every field in spec order, under its wire name.
    private func writer() -> [SwiftDecl] {
        let body: [SwiftDecl] =
            [.line("var writer = \(RuntimeSymbol.jsonObjectWriter)()")] + fields.map { .line($0.write) } + [
                .line("return writer.value")
            ]
        return SwiftDecl.documented(
            ["The value as JSON, fields in spec order."],
            SwiftDecl.block("public var jsonValue: \(RuntimeSymbol.jsonValue)", body))
    }
}
