import LiangXinRuntime
import LiangXinSpec

/// Stage three for `specs/api.yaml`: the job API's types, one concept a file, in the
/// `LiangXinAPI` module folder: endpoints and policies, statuses, task states, the envelope,
/// the error body, each endpoint's request body and answer.
///
/// The module is separate from the models so the model module stays free of Foundation; these
/// files need `Date` for the API's Unix-millisecond times.
struct APITranslator {
    /// The job API.
    let api: APISpec
    /// The spec path named in headers and remarks, e.g. `specs/api.yaml`.
    let source: String

    /// The imports of a file that needs `Date`.
    static let dateImports = [
        "#if canImport(FoundationEssentials)", "import FoundationEssentials", "#else", "import Foundation",
        "#endif", RuntimeSymbol.spiImport,
    ]

    /// Every file, under `moduleFolder`.
    func translate(moduleFolder: String) -> [SwiftFile] {
        var overview = file(moduleFolder, "LiangXinAPI", overview())
        overview.imports = ["@_exported import LiangXinRuntime", RuntimeSymbol.spiImport]
        var files = [
            overview,
            file(moduleFolder, "APIStatus", APIStatusTranslator(errors: api.errors, source: source).declaration()),
            file(moduleFolder, "TaskState", TaskStateTranslator(states: api.states, source: source).declaration()),
            file(
                moduleFolder, "APIEnvelope",
                PayloadStruct(
                    name: "APIEnvelope", genericParameter: PayloadField.genericPayload,
                    doc: "The envelope of every answer: a business code, a message and the endpoint's data.",
                    fields: api.envelope, origin: "envelope", source: source
                ).declaration(), usesDate: Self.usesDate(api.envelope)),
            file(
                moduleFolder, "APIErrorBody",
                PayloadStruct(
                    name: "APIErrorBody", genericParameter: nil,
                    doc: "The body sent instead of the envelope for a bad API key.", fields: api.errorBody,
                    origin: "errorBody", source: source
                ).declaration(), usesDate: Self.usesDate(api.errorBody)),
        ]
        for endpoint in api.endpoints {
            if !endpoint.body.isEmpty {
                let request = RequestTranslator(endpoint: endpoint, source: source)
                files.append(
                    file(
                        moduleFolder, request.name, request.declaration(),
                        usesDate: Self.usesDate(endpoint.body)))
            }
            if !endpoint.data.isEmpty {
                let data = PayloadStruct(
                    name: endpoint.dataName, genericParameter: nil,
                    doc: "The `data` of a successful \(endpoint.name) answer: \(endpoint.summary)",
                    fields: endpoint.data, origin: "endpoints.\(endpoint.name).data", source: source)
                files.append(
                    file(moduleFolder, endpoint.dataName, data.declaration(), usesDate: Self.usesDate(endpoint.data)))
            }
        }
        let allFields = api.envelope + api.errorBody + api.endpoints.flatMap { $0.body + $0.data }
        let conversions = WireConversions(
            dates: Self.uses(.unixMilliseconds, in: allFields),
            durations: Self.uses(.durationMilliseconds, in: allFields))
        if let decls = conversions.declaration() {
            files.append(file(moduleFolder, WireConversions.fileName, decls, usesDate: conversions.dates))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// A file named after its one type; it imports Foundation only when it needs `Date`.
    private func file(_ moduleFolder: String, _ name: String, _ decls: [SwiftDecl], usesDate: Bool = false)
        -> SwiftFile
    {
        SwiftFile(
            path: "\(moduleFolder)/\(name).swift", source: source,
            imports: usesDate ? Self.dateImports : [RuntimeSymbol.spiImport], decls: decls)
    }

    /// Whether any field, nested ones included, becomes a `Date` (`format: unix-ms`).
    static func usesDate(_ fields: [FieldSpec]) -> Bool {
        uses(.unixMilliseconds, in: fields)
    }

    /// Whether any field, nested ones included, has `format`.
    static func uses(_ format: SpecFormat, in fields: [FieldSpec]) -> Bool {
        fields.contains { uses(format, in: $0.schema) }
    }

    /// Whether a schema, or one inside it, has `format`.
    private static func uses(_ format: SpecFormat, in schema: SchemaSpec) -> Bool {
        if schema.format?.value == format { return true }
        if let fields = schema.fields, uses(format, in: fields) { return true }
        if let items = schema.items, uses(format, in: items) { return true }
        return schema.content.map { uses(format, in: $0) } ?? false
    }

    /// `LiangXinAPI`: base URL, auth header, endpoints, polling policy, callback.
    private func overview() -> [SwiftDecl] {
        var body: [SwiftDecl] = [
            .doc(["The service's base URL."]),
            .line("public static let baseURL = \(SwiftLiteral.string(api.baseURL))"),
            .doc(["The header that carries `Bearer <API key>`."]),
            .line("public static let authorizationHeader = \(SwiftLiteral.string(api.auth.header))"),
        ]
        for endpoint in api.endpoints {
            let statuses = endpoint.errors.map { String($0.value) }.joined(separator: ", ")
            body += SwiftDecl.documented(
                SwiftLiteral.docLines("\(endpoint.method) \(endpoint.path): \(endpoint.summary)"),
                [
                    .line(
                        "public static let \(SwiftNaming.propertyName(endpoint.name)) = \(RuntimeSymbol.apiEndpoint)(name: \(SwiftLiteral.string(endpoint.name)), method: \(SwiftLiteral.string(endpoint.method)), path: \(SwiftLiteral.string(endpoint.path)), errorStatuses: [\(statuses)])"
                    )
                ])
            for parameter in endpoint.query {
                body += SwiftDecl.documented(
                    SwiftLiteral.docLines(
                        "The query parameter of \(endpoint.name): \(parameter.schema.description ?? parameter.name)"),
                    [
                        .line(
                            "public static let \(SwiftNaming.propertyName(endpoint.name + "-" + parameter.name))Parameter = \(SwiftLiteral.string(parameter.name))"
                        )
                    ])
            }
        }
        let polling = api.polling
        body += SwiftDecl.documented(
            ["The recommended polling schedule and the per-key query rate."],
            [
                .line("public static let pollingPolicy = \(RuntimeSymbol.pollingPolicy)("),
                .indented([
                    .line("initialInterval: \(Self.duration(polling.initialIntervalSeconds)),"),
                    .line("backoffFactor: \(NumberText.shortest(polling.backoffFactor)),"),
                    .line("maximumInterval: \(Self.duration(polling.maximumIntervalSeconds)),"),
                    .line("timeout: \(Self.duration(polling.timeoutSeconds)),"),
                    .line("maximumQueriesPerSecond: \(NumberText.shortest(polling.maximumQueriesPerSecond))"),
                ]),
                .line(")"),
            ])
        let sentOn = api.callback.sentOn.map { ".\(SwiftNaming.caseName($0.value))" }.joined(separator: ", ")
        body += SwiftDecl.documented(
            ["The states a callback is sent on."],
            [.line("public static let callbackStates: [TaskState] = [\(sentOn)]")])
        var decls = SwiftDecl.documented(
            SwiftLiteral.docLines("\(api.title): the job API in front of every model.") + [
                "", "- Remark: Generated from \(source).",
            ],
            SwiftDecl.block("public enum LiangXinAPI", body))
        if let payload = api.endpoints.first(where: { $0.name == api.callback.payload.value }) {
            let doc = SwiftLiteral.docLines(api.callback.description ?? "The callback's body.")
            decls +=
                [.blank]
                + SwiftDecl.documented(
                    doc + ["", "- Remark: Generated from \(source), callback."],
                    [.line("public typealias CallbackPayload = APIEnvelope<\(payload.dataName)>")])
        }
        return decls
    }

    /// `.milliseconds(2500)` for 2.5 seconds.
    private static func duration(_ seconds: Double) -> String {
        ".milliseconds(\(Int((seconds * 1000).rounded())))"
    }
}
