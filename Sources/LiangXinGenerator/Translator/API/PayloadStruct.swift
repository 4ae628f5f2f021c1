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
    /// Where the fields come from, e.g. `specs/api.yaml, endpoints.recordInfo.data`.
    let origin: String

    /// Creates the translator.
    init(name: String, genericParameter: String?, doc: String?, fields: [FieldSpec], origin: String) {
        self.name = name
        self.genericParameter = genericParameter
        self.doc = doc
        self.origin = origin
        self.fields = fields.map { PayloadField($0, origin: origin) }
    }

    /// The struct declaration, its nested types inside it.
    func declaration() -> [SwiftDecl] {
        var body: [SwiftDecl] = []
        for field in fields {
            body += SwiftDecl.documented(
                field.doc(origin: origin), [.line("public var \(field.property): \(field.type)")])
        }
        body += [.blank] + memberwiseInit() + [.blank] + reader() + [.blank] + writer()
        for field in fields {
            if let nested = field.nested { body += [.blank] + nested.declaration() }
        }
        var typeDoc = doc.map(SwiftLiteral.docLines) ?? [name]
        typeDoc += ["", "- Remark: Generated from \(origin)."]
        let generic = genericParameter.map { "<\($0): \(RuntimeSymbol.apiPayload)>" } ?? ""
        return SwiftDecl.documented(
            typeDoc, SwiftDecl.block("public struct \(name)\(generic): \(RuntimeSymbol.apiPayload)", body))
    }

    /// `public init(taskId: Swift.String, …)`.
    private func memberwiseInit() -> [SwiftDecl] {
        let parameters = fields.enumerated().map { index, field in
            let defaultValue = field.type.hasSuffix("?") ? " = nil" : ""
            let comma = index == fields.count - 1 ? "" : ","
            return SwiftDecl.line("\(field.property): \(field.type)\(defaultValue)\(comma)")
        }
        let assignments = fields.map { SwiftDecl.line("self.\($0.property) = \($0.property)") }
        return [
            .doc(["Creates a value from its fields."]), .line("public init("), .indented(parameters),
            .line(") {"), .indented(assignments), .line("}"),
        ]
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
            SwiftDecl.block(
                "public init(json: \(RuntimeSymbol.jsonValue), at pointer: \(RuntimeSymbol.jsonPointer)) throws(\(RuntimeSymbol.responseDecodingError))",
                body))
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
