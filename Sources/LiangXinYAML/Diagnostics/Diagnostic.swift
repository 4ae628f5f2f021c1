/// One problem found in an input file, located at the node that caused it.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// The input cannot be used; generation must not write anything.
        case error
        /// The input works but probably does not say what its author meant.
        case warning
    }

    /// How serious the problem is.
    public var severity: Severity
    /// Where the problem is.
    public var location: FileLocation
    /// What is wrong, in words a spec author can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: FileLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, without the source excerpt.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
