import LiangXinSpec

/// The OpenAPI 3.1 document for both endpoints and every model, from api.yaml and the models.
struct OpenAPIExporter {
    /// The checked specs.
    let specs: SpecSet
    /// The spec folder's name, for the ownership note.
    let specsFolder: String
    /// Each model's input schema, in model order.
    let inputs: [JSONDocument]

    /// The whole document.
    func document() -> JSONDocument {
        .object([
            ("openapi", .string("3.1.0")),
            (
                "x-generated-by",
                .string(
                    SchemaExporter.ownership("\(specsFolder)/api.yaml and \(specsFolder)/models/*.yaml"))
            ),
            (
                "info",
                .object([
                    ("title", .string(specs.api.title)),
                    ("version", .string("1")),
                    ("description", .string("The LiangXin Market job API and the input of each model.")),
                ])
            ),
            ("jsonSchemaDialect", .string(JSONSchemaTranslator.draft)),
            ("servers", .array([.object([("url", .string(specs.api.baseURL))])])),
            ("security", .array([.object([("bearerAuth", .array([]))])])),
            (
                "paths",
                .object(
                    specs.api.endpoints.map { ($0.path, .object([($0.method.lowercased(), operation($0))])) })
            ),
            ("components", components()),
        ])
    }

    /// One operation: parameters or body, the success answer and every documented error.
    private func operation(_ endpoint: EndpointSpec) -> JSONDocument {
        var members: [(String, JSONDocument)] = [
            ("operationId", .string(endpoint.name)), ("summary", .string(endpoint.summary)),
        ]
        if !endpoint.query.isEmpty {
            members.append(
                (
                    "parameters",
                    .array(
                        endpoint.query.map { field in
                            var parameter: [(String, JSONDocument)] = [
                                ("name", .string(field.name)), ("in", .string("query")),
                                ("required", .bool(field.required)),
                            ]
                            if let description = field.schema.description {
                                parameter.append(("description", .string(description)))
                            }
                            parameter.append(("schema", JSONSchemaTranslator.schema(field.schema)))
                            return .object(parameter)
                        })
                ))
        }
        if !endpoint.body.isEmpty {
            let body: JSONDocument =
                endpoint.name == "createTask"
                ? .object([("$ref", .string("#/components/schemas/CreateTaskBody"))])
                : .object(JSONSchemaTranslator.object(endpoint.body, description: nil))
            members.append(
                ("requestBody", .object([("required", .bool(true)), ("content", json(body))])))
        }
        var responses: [(String, JSONDocument)] = [
            (
                "200",
                .object([
                    ("description", .string("Success.")), ("content", json(envelope(data: endpoint.data))),
                ])
            )
        ]
        for status in endpoint.errors {
            responses.append(
                (
                    String(status.value),
                    .object([("$ref", .string("#/components/responses/\(status.value)"))])
                ))
        }
        members.append(("responses", .object(responses)))
        return .object(members)
    }

    /// Shared schemas, the bearer scheme, and one response per error status.
    private func components() -> JSONDocument {
        var schemas: [(String, JSONDocument)] = [
            ("CreateTaskBody", SchemaExporter.createTaskBody(specs) { "#/components/schemas/\($0)" }),
            (
                "ErrorBody",
                .object(
                    JSONSchemaTranslator.object(
                        specs.api.errorBody, description: "The error body sent for a bad API key."))
            ),
        ]
        schemas += zip(specs.models, inputs).map { ($0.id.value, $1) }
        let responses: [(String, JSONDocument)] = specs.api.errors.map { error in
            let schema = JSONDocument.object([
                (
                    "oneOf",
                    .array([
                        envelope(data: nil), .object([("$ref", .string("#/components/schemas/ErrorBody"))]),
                    ])
                )
            ])
            return (
                String(error.status),
                .object([("description", .string(error.meaning)), ("content", json(schema))])
            )
        }
        return .object([
            (
                "securitySchemes",
                .object([
                    (
                        "bearerAuth",
                        .object([
                            ("type", .string("http")), ("scheme", .string("bearer")),
                            ("description", .string(specs.api.auth.description ?? "An API key.")),
                        ])
                    )
                ])
            ),
            ("schemas", .object(schemas)),
            ("responses", .object(responses)),
        ])
    }

    /// The `{code, msg, data}` envelope, `data` holding the given fields (or null).
    private func envelope(data: [FieldSpec]?) -> JSONDocument {
        let fields = specs.api.envelope.map { field -> (String, JSONDocument) in
            guard field.name == "data" else {
                return (field.name, JSONSchemaTranslator.schema(field.schema))
            }
            guard let data, !data.isEmpty else { return ("data", .object([("type", .string("null"))])) }
            return (
                "data", .object(JSONSchemaTranslator.object(data, description: field.schema.description))
            )
        }
        return .object([
            ("type", .string("object")),
            ("properties", .object(fields)),
            ("required", .array(specs.api.envelope.filter(\.required).map { .string($0.name) })),
        ])
    }

    /// `{"application/json": {"schema": …}}`.
    private func json(_ schema: JSONDocument) -> JSONDocument {
        .object([("application/json", .object([("schema", schema)]))])
    }
}
