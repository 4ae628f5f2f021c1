import LiangXinYAML

/// The job API of LiangXin Market, as `specs/api.yaml` describes it.
public struct APISpec: Sendable {
    /// The service's name.
    public var title: String
    /// The default base URL (clients may override it).
    public var baseURL: String
    /// How requests authenticate.
    public var auth: AuthSpec
    /// The `{code, msg, data}` envelope every JSON answer uses.
    public var envelope: [FieldSpec]
    /// The second error body, `{"error":{"message","type","code"}}`.
    public var errorBody: [FieldSpec]
    /// The endpoints, in spec order (`createTask`, `recordInfo`).
    public var endpoints: [EndpointSpec]
    /// The task states, in lifecycle order.
    public var states: [TaskStateSpec]
    /// How finished tasks are reported to `callBackUrl`.
    public var callback: CallbackSpec
    /// The HTTP error statuses and what they mean, in ascending order.
    public var errors: [HTTPErrorSpec]
    /// How clients should poll recordInfo.
    public var polling: PollingPolicySpec
    /// The display path of api.yaml.
    public var file: String

    /// The endpoint with a name, if the spec has it.
    public func endpoint(named name: String) -> EndpointSpec? {
        endpoints.first { $0.name == name }
    }
}

/// Bearer-token authentication in a header.
public struct AuthSpec: Sendable {
    /// The scheme, `bearer`.
    public var scheme: String
    /// The header that carries it, `Authorization`.
    public var header: String
    /// What the key is and where to get one.
    public var description: String?
}

/// One HTTP endpoint.
public struct EndpointSpec: Sendable {
    /// The operation name, e.g. `createTask`.
    public var name: String
    /// Where it is written.
    public var location: FileLocation
    /// `GET` or `POST`.
    public var method: String
    /// The path, e.g. `/api/v1/jobs/createTask`.
    public var path: String
    /// What it does.
    public var summary: String
    /// The JSON body's fields (POST).
    public var body: [FieldSpec]
    /// The query parameters (GET).
    public var query: [FieldSpec]
    /// The fields of the envelope's `data` on success.
    public var data: [FieldSpec]
    /// The error statuses it documents.
    public var errors: [Located<Int>]
    /// The Swift name of its `data` type, e.g. `TaskRecord` (default: `<Name>Data`).
    public var dataName: String

    /// The Swift name of the endpoint's `data` type when the spec does not give one.
    static func defaultDataName(_ endpoint: String) -> String {
        SwiftNaming.typeName(endpoint) + "Data"
    }
}

/// One state of a task's lifecycle.
public struct TaskStateSpec: Sendable {
    /// The wire value, e.g. `generating`.
    public var name: String
    /// Where it is written.
    public var location: FileLocation
    /// Whether the task is finished in this state.
    public var terminal: Bool
    /// What the state means.
    public var description: String
}

/// The callback LiangXin sends when a task finishes.
public struct CallbackSpec: Sendable {
    /// `POST`.
    public var method: String
    /// The endpoint whose answer shape the callback body repeats (`recordInfo`).
    public var payload: Located<String>
    /// The states that trigger it.
    public var sentOn: [Located<String>]
    /// What the receiver must answer to acknowledge, e.g. `2xx`.
    public var acknowledge: String
    /// How delivery is retried, in the service's words.
    public var description: String?
}

/// One documented HTTP error status.
public struct HTTPErrorSpec: Sendable {
    /// The status code.
    public var status: Int
    /// Where it is written.
    public var location: FileLocation
    /// A short name for the case, e.g. `badRequest`.
    public var name: String
    /// What it means.
    public var meaning: String
    /// Whether a client may retry the same request.
    public var retryable: Bool
}

/// The polling policy the documentation recommends.
public struct PollingPolicySpec: Sendable {
    /// The first wait between polls, in seconds.
    public var initialIntervalSeconds: Double
    /// The factor each wait grows by.
    public var backoffFactor: Double
    /// The longest wait, in seconds.
    public var maximumIntervalSeconds: Double
    /// When to give up by default, in seconds.
    public var timeoutSeconds: Double
    /// The most recordInfo queries per second per key.
    public var maximumQueriesPerSecond: Double
}
