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

    /// The struct declaration.
    func declaration() -> [SwiftDecl] {
        let origin = "\(source), endpoints.\(endpoint.name).body"
        var properties: [SwiftDecl] = []
        var parameters: [String] = []
        var assignments: [SwiftDecl] = []
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
                properties += SwiftDecl.documented(
                    doc + ["- Note: Always the input's model id."],
                    [.line("public var \(mapped.property): Swift.String { Input.Model.id }")])
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
                properties += SwiftDecl.documented(doc, [.line("public var \(mapped.property): Input")])
                parameters.insert("\(mapped.property): Input", at: 0)
                assignments.append(.line("self.\(mapped.property) = \(mapped.property)"))
                finishing.append(.line("self.\(mapped.property) = try reader.unwrap(\(mapped.property), \(key))"))
                reads.append(.line("let \(mapped.property) = reader.input(\(key), as: Input.self)"))
                writes.append(.line("writer.write(\(key), \(mapped.property).jsonValue)"))
            default:
                properties += SwiftDecl.documented(doc, [.line("public var \(mapped.property): \(mapped.type)")])
                parameters.append(
                    "\(mapped.property): \(mapped.type)\(mapped.type.hasSuffix("?") ? " = nil" : "")")
                assignments.append(.line("self.\(mapped.property) = \(mapped.property)"))
                finishing.append(.line("self.\(mapped.property) = \(mapped.property)"))
                reads.append(.line("let \(mapped.property) = \(mapped.read)"))
                writes.append(.line(mapped.write))
            }
        }
        var body = properties + [.blank]
        body += SwiftDecl.documented(
            ["Creates a request."],
            SwiftDecl.block("public init(\(parameters.joined(separator: ", ")))", assignments))
        body += [.blank]
        body += SwiftDecl.documented(
            ["Reads a request back, e.g. from a task record's `param`; the model must be the input's."],
            SwiftDecl.block(
                "public init(json: \(RuntimeSymbol.jsonValue), at pointer: \(RuntimeSymbol.jsonPointer)) throws(\(RuntimeSymbol.responseDecodingError))",
                reads + checks + finishing))
        body += [.blank]
        body += SwiftDecl.documented(
            ["The body as JSON, fields in spec order."],
            SwiftDecl.block("public var jsonValue: \(RuntimeSymbol.jsonValue)", writes + [.line("return writer.value")])
        )
        return SwiftDecl.documented(
            SwiftLiteral.docLines("The body of \(endpoint.method) \(endpoint.path): \(endpoint.summary)") + [
                "", "- Remark: Generated from \(origin).",
            ],
            SwiftDecl.block(
                "public struct \(name)<Input: \(RuntimeSymbol.liangXinInput)>: \(RuntimeSymbol.apiPayload)", body))
    }
}
