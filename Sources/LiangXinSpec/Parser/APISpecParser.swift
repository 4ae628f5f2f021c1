import LiangXinRuntime
import LiangXinYAML

/// Reads `specs/api.yaml` into an ``APISpec`` and checks its internal references.
enum APISpecParser {
    static let topKeys = [
        "title", "baseURL", "auth", "envelope", "errorBody", "endpoints", "states", "callback",
        "errors", "polling",
    ]
    static let authKeys = ["scheme", "header", "description"]
    static let endpointKeys = ["method", "path", "summary", "body", "query", "data", "dataName", "errors"]
    static let stateKeys = ["terminal", "description"]
    static let callbackKeys = ["method", "payload", "sentOn", "acknowledge", "description"]
    static let errorKeys = ["name", "meaning", "retryable"]
    static let pollingKeys = [
        "initialIntervalSeconds", "backoffFactor", "maximumIntervalSeconds", "timeoutSeconds",
        "maximumQueriesPerSecond",
    ]

    /// The API spec, or nil when required parts are missing (every problem is reported).
    static func parse(_ root: YAMLNode, file: String, diagnostics: inout DiagnosticCollector)
        -> APISpec?
    {
        guard let reader = MappingReader(root, what: "the API spec", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: topKeys, diagnostics: &diagnostics)
        let fields = SchemaParser(allowsServerFormats: true)
        let title = reader.string("title", required: true, diagnostics: &diagnostics)
        let baseURL = reader.string("baseURL", required: true, diagnostics: &diagnostics)
        if let baseURL, !baseURL.value.hasPrefix("https://") {
            diagnostics.error("'baseURL' must start with https://", at: baseURL.location)
        }
        let auth = reader.requireKey("auth", diagnostics: &diagnostics).flatMap {
            self.auth($0, diagnostics: &diagnostics)
        }
        let envelope = reader.requireKey("envelope", diagnostics: &diagnostics).map {
            fields.fields($0, what: "'envelope'", diagnostics: &diagnostics)
        }
        let errorBody = reader.requireKey("errorBody", diagnostics: &diagnostics).map {
            fields.fields($0, what: "'errorBody'", diagnostics: &diagnostics)
        }
        let states = reader.requireKey("states", diagnostics: &diagnostics).map {
            self.states($0, diagnostics: &diagnostics)
        }
        let errors = reader.requireKey("errors", diagnostics: &diagnostics).map {
            self.errors($0, diagnostics: &diagnostics)
        }
        let endpoints = reader.requireKey("endpoints", diagnostics: &diagnostics).map {
            self.endpoints($0, fields: fields, knownErrors: errors ?? [], diagnostics: &diagnostics)
        }
        let callback = reader.requireKey("callback", diagnostics: &diagnostics).flatMap {
            self.callback($0, endpoints: endpoints ?? [], states: states ?? [], diagnostics: &diagnostics)
        }
        let polling = reader.requireKey("polling", diagnostics: &diagnostics).flatMap {
            self.polling($0, diagnostics: &diagnostics)
        }
        guard let title, let baseURL, let auth, let envelope, let errorBody, let endpoints, let states,
            let callback, let errors, let polling
        else { return nil }
        return APISpec(
            title: title.value, baseURL: baseURL.value, auth: auth, envelope: envelope,
            errorBody: errorBody,
            endpoints: endpoints, states: states, callback: callback, errors: errors, polling: polling,
            file: file)
    }

    /// `auth:`: a bearer scheme in a header.
    private static func auth(_ node: YAMLNode, diagnostics: inout DiagnosticCollector) -> AuthSpec? {
        guard let reader = MappingReader(node, what: "'auth'", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: authKeys, diagnostics: &diagnostics)
        let scheme = reader.string("scheme", required: true, diagnostics: &diagnostics)
        let header = reader.string("header", required: true, diagnostics: &diagnostics)
        let description = reader.string("description", diagnostics: &diagnostics)?.value
        if let scheme, scheme.value != "bearer" {
            diagnostics.error(
                "unsupported auth scheme '\(scheme.value)'; only 'bearer' is supported", at: scheme.location
            )
        }
        guard let scheme, let header else { return nil }
        return AuthSpec(scheme: scheme.value, header: header.value, description: description)
    }

    /// `states:`: each state's terminal flag and meaning, in lifecycle order.
    private static func states(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> [TaskStateSpec]
    {
        guard let reader = MappingReader(node, what: "'states'", diagnostics: &diagnostics) else {
            return []
        }
        return reader.keys.compactMap { pair in
            guard
                let state = MappingReader(
                    pair.value, what: "state '\(pair.name)'", diagnostics: &diagnostics)
            else { return nil }
            state.reportUnknownKeys(allowed: stateKeys, diagnostics: &diagnostics)
            let terminal = state.bool("terminal", diagnostics: &diagnostics)?.value ?? false
            guard let description = state.string("description", required: true, diagnostics: &diagnostics)
            else { return nil }
            return TaskStateSpec(
                name: pair.name, location: pair.key.location, terminal: terminal,
                description: description.value)
        }
    }

    /// `errors:`: status → name, meaning, retryable.
    private static func errors(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> [HTTPErrorSpec]
    {
        guard let reader = MappingReader(node, what: "'errors'", diagnostics: &diagnostics) else {
            return []
        }
        let errors: [HTTPErrorSpec] = reader.keys.compactMap { pair in
            guard case .integer(let status)? = pair.key.scalar?.resolved, (400...599).contains(status)
            else {
                diagnostics.error(
                    "error status '\(pair.name)' must be an integer from 400 to 599", at: pair.key.location)
                return nil
            }
            guard
                let entry = MappingReader(pair.value, what: "error \(status)", diagnostics: &diagnostics)
            else { return nil }
            entry.reportUnknownKeys(allowed: errorKeys, diagnostics: &diagnostics)
            let name = entry.string("name", required: true, diagnostics: &diagnostics)
            let meaning = entry.string("meaning", required: true, diagnostics: &diagnostics)
            let retryable = entry.bool("retryable", diagnostics: &diagnostics)?.value ?? false
            guard let name, let meaning else { return nil }
            return HTTPErrorSpec(
                status: status, location: pair.key.location, name: name.value, meaning: meaning.value,
                retryable: retryable)
        }
        return errors.sorted { $0.status < $1.status }
    }

    /// `endpoints:`: name → method, path, body or query, data, errors.
    private static func endpoints(
        _ node: YAMLNode, fields: SchemaParser, knownErrors: [HTTPErrorSpec],
        diagnostics: inout DiagnosticCollector
    ) -> [EndpointSpec] {
        guard let reader = MappingReader(node, what: "'endpoints'", diagnostics: &diagnostics) else {
            return []
        }
        return reader.keys.compactMap { pair in
            guard
                let entry = MappingReader(
                    pair.value, what: "endpoint '\(pair.name)'", diagnostics: &diagnostics)
            else { return nil }
            entry.reportUnknownKeys(allowed: endpointKeys, diagnostics: &diagnostics)
            let method = entry.string("method", required: true, diagnostics: &diagnostics)
            if let method, !["GET", "POST"].contains(method.value) {
                diagnostics.error("method '\(method.value)' must be GET or POST", at: method.location)
            }
            let path = entry.string("path", required: true, diagnostics: &diagnostics)
            if let path, !path.value.hasPrefix("/") {
                diagnostics.error("path '\(path.value)' must start with '/'", at: path.location)
            }
            let summary = entry.string("summary", required: true, diagnostics: &diagnostics)
            let body =
                entry.value("body").map { fields.fields($0, what: "'body'", diagnostics: &diagnostics) }
                ?? []
            let query =
                entry.value("query").map { fields.fields($0, what: "'query'", diagnostics: &diagnostics) }
                ?? []
            let data =
                entry.value("data").map { fields.fields($0, what: "'data'", diagnostics: &diagnostics) }
                ?? []
            let errorNodes = entry.value("errors")?.sequence ?? []
            let errors = errorNodes.compactMap {
                ValueReader.integer($0, key: "errors", diagnostics: &diagnostics)
            }
            for error in errors where !knownErrors.contains(where: { $0.status == error.value }) {
                diagnostics.error(
                    "error status \(error.value) is not described under the top-level 'errors'",
                    at: error.location)
            }
            let dataName = entry.string("dataName", diagnostics: &diagnostics)
            if let dataName, SwiftNaming.typeName(dataName.value) != dataName.value {
                diagnostics.error(
                    "'dataName' must be an UpperCamelCase Swift type name such as 'TaskRecord'",
                    at: dataName.location)
            }
            guard let method, let path, let summary else { return nil }
            return EndpointSpec(
                name: pair.name, location: pair.key.location, method: method.value, path: path.value,
                summary: summary.value, body: body, query: query, data: data, errors: errors,
                dataName: dataName?.value ?? EndpointSpec.defaultDataName(pair.name))
        }
    }

    /// `callback:`: what is sent, when, and how it is acknowledged.
    private static func callback(
        _ node: YAMLNode, endpoints: [EndpointSpec], states: [TaskStateSpec],
        diagnostics: inout DiagnosticCollector
    ) -> CallbackSpec? {
        guard let reader = MappingReader(node, what: "'callback'", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: callbackKeys, diagnostics: &diagnostics)
        let method = reader.string("method", required: true, diagnostics: &diagnostics)
        let payload = reader.string("payload", required: true, diagnostics: &diagnostics)
        let sentOn = reader.strings("sentOn", required: true, diagnostics: &diagnostics)
        let acknowledge = reader.string("acknowledge", required: true, diagnostics: &diagnostics)
        let description = reader.string("description", diagnostics: &diagnostics)?.value
        if let payload, !endpoints.contains(where: { $0.name == payload.value }) {
            let hint = Suggestion.hint(for: payload.value, among: endpoints.map(\.name))
            diagnostics.error(
                "callback payload '\(payload.value)' is not an endpoint\(hint)", at: payload.location)
        }
        for state in sentOn ?? [] {
            guard let known = states.first(where: { $0.name == state.value }) else {
                let hint = Suggestion.hint(for: state.value, among: states.map(\.name))
                diagnostics.error(
                    "callback state '\(state.value)' is not a task state\(hint)", at: state.location)
                continue
            }
            if !known.terminal {
                diagnostics.error("callback state '\(state.value)' is not terminal", at: state.location)
            }
        }
        guard let method, let payload, let sentOn, let acknowledge else { return nil }
        return CallbackSpec(
            method: method.value, payload: payload, sentOn: sentOn, acknowledge: acknowledge.value,
            description: description)
    }

    /// `polling:`: the recommended schedule, every number positive.
    private static func polling(_ node: YAMLNode, diagnostics: inout DiagnosticCollector)
        -> PollingPolicySpec?
    {
        guard let reader = MappingReader(node, what: "'polling'", diagnostics: &diagnostics) else {
            return nil
        }
        reader.reportUnknownKeys(allowed: pollingKeys, diagnostics: &diagnostics)
        var values: [String: Double] = [:]
        for key in pollingKeys {
            guard let number = reader.number(key, required: true, diagnostics: &diagnostics) else {
                continue
            }
            guard number.value.doubleValue > 0 else {
                diagnostics.error("'\(key)' must be greater than 0", at: number.location)
                continue
            }
            values[key] = number.value.doubleValue
        }
        if let factor = values["backoffFactor"], factor < 1 {
            diagnostics.error(
                "'backoffFactor' must be at least 1", at: reader.keyLocation("backoffFactor"))
        }
        if let first = values["initialIntervalSeconds"], let cap = values["maximumIntervalSeconds"],
            first > cap
        {
            diagnostics.error(
                "'initialIntervalSeconds' must not exceed 'maximumIntervalSeconds'",
                at: reader.keyLocation("initialIntervalSeconds"))
        }
        guard values.count == pollingKeys.count else { return nil }
        return PollingPolicySpec(
            initialIntervalSeconds: values["initialIntervalSeconds"]!,
            backoffFactor: values["backoffFactor"]!,
            maximumIntervalSeconds: values["maximumIntervalSeconds"]!,
            timeoutSeconds: values["timeoutSeconds"]!,
            maximumQueriesPerSecond: values["maximumQueriesPerSecond"]!)
    }
}
