import LiangXinSpec

/// Translates an endpoint's JSON body into a request generic over a model's input, e.g.
/// `CreateTaskRequest<ZImage.Input>`: the open `input` object becomes the input type and the
/// `model` string is the input's model id, so a request can never name the wrong model.
struct RequestTranslator {
    /// The endpoint with a body.
    let endpoint: EndpointSpec
    /// Where it comes from, e.g. `specs/api.yaml`.
    let source: String

    /// The name of the model id field of a body.
    static let modelField = "model"

    /// The struct's name, e.g. `CreateTaskRequest`.
    var name: String { SwiftNaming.typeName(endpoint.name) + "Request" }

    /// The struct declaration, from the one ``StructEmitter``.
    func declaration() -> [SwiftDecl] {
        let origin = "endpoints.\(endpoint.name).body"
        var properties: [StructEmitter.Property] = []
        var finishing: [SwiftDecl] = [.line("try reader.finish()")]
        var reads: [SwiftDecl] = [.line("var reader = \(RuntimeSymbol.responseReader)(json, at: pointer)")]
        var checks: [SwiftDecl] = []
        var writes: [SwiftDecl] = [.line("var writer = \(RuntimeSymbol.jsonObjectWriter)()")]
        for field in endpoint.body {
            let mapped = PayloadField(field, origin: origin)
            let key = SwiftLiteral.string(field.name)
            let doc = mapped.doc(origin: origin)
            switch field.schema.kind {
            case .string where field.name == Self.modelField:
                properties.append(
                    StructEmitter.Property(
                        name: mapped.property, type: "Swift.String",
                        doc: doc + ["- Note: Always the input's model id."],
                        computed: "Input.Model.id"))
                reads.append(.line("let \(mapped.property) = reader.string(\(key))"))
                checks += SwiftDecl.block(
                    "if \(mapped.property) != Input.Model.id",
                    [
                        .line(
                            "reader.report(\(key), \"must be \\(\(RuntimeSymbol.jsonString).quote(Input.Model.id))\", actual: \(RuntimeSymbol.jsonString).quote(\(mapped.property)))"
                        )
                    ])
                writes.append(.line(mapped.write))
            case .object(let fields) where fields.isEmpty:
                properties.append(
                    StructEmitter.Property(name: mapped.property, type: "Input", doc: doc, leadsInitializer: true))
                finishing.append(.line("self.\(mapped.property) = try reader.unwrap(\(mapped.property), \(key))"))
                reads.append(.line("let \(mapped.property) = reader.input(\(key), as: Input.self)"))
                writes.append(.line("writer.write(\(key), \(mapped.property).jsonValue)"))
            default:
                properties.append(StructEmitter.Property(name: mapped.property, type: mapped.type, doc: doc))
                finishing.append(.line("self.\(mapped.property) = \(mapped.property)"))
                reads.append(.line("let \(mapped.property) = \(mapped.read)"))
                writes.append(.line(mapped.write))
            }
        }
        let reader = SwiftDecl.documented(
            ["Reads a request back, e.g. from a task record's `param`; the model must be the input's."],
            SwiftDecl.parameterBlock(
                "public init",
                parameters: ["json: \(RuntimeSymbol.jsonValue)", "at pointer: \(RuntimeSymbol.jsonPointer)"],
                effects: "throws(\(RuntimeSymbol.responseDecodingError))", reads + checks + finishing))
        let writer = SwiftDecl.documented(
            ["The body as JSON, fields in spec order."],
            SwiftDecl.block("public var jsonValue: \(RuntimeSymbol.jsonValue)", writes + [.line("return writer.value")])
        )
        return StructEmitter(
            name: "\(name)<Input: \(RuntimeSymbol.liangXinInput)>", conformances: "\(RuntimeSymbol.apiPayload)",
            doc: SwiftLiteral.docLines("The body of \(endpoint.method) \(endpoint.path): \(endpoint.summary)") + [
                "", "- Remark: Generated from \(source), \(SwiftLiteral.code(origin)).",
            ],
            reading: .lenient, properties: properties, nestedTypes: [], jsonMembers: reader + [.blank] + writer
        ).declaration()
    }
}
