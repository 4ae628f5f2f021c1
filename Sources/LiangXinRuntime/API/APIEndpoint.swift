/// One endpoint of the job API, as `specs/api.yaml` describes it.
public struct APIEndpoint: Sendable, Hashable {
    /// The endpoint's name in the spec, e.g. `createTask`.
    public var name: String
    /// The HTTP method, `GET` or `POST`.
    public var method: String
    /// The path under the base URL, e.g. `/api/v1/jobs/createTask`.
    public var path: String
    /// The HTTP statuses the endpoint documents besides 200.
    public var errorStatuses: [Int]

    /// Creates an endpoint description.
    public init(name: String, method: String, path: String, errorStatuses: [Int]) {
        self.name = name
        self.method = method
        self.path = path
        self.errorStatuses = errorStatuses
    }
}
