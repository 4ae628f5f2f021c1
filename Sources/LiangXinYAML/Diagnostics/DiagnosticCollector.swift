/// Gathers every diagnostic of a run so that all of them are reported before failing.
public struct DiagnosticCollector: Sendable {
    /// The diagnostics in the order they were reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// Whether any error (not just a warning) was reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error at a location.
    public mutating func error(_ message: String, at location: FileLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    /// Records a warning at a location.
    public mutating func warning(_ message: String, at location: FileLocation) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    /// Records diagnostics produced elsewhere.
    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// The diagnostics sorted by file, line and column; ties keep their reporting order.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
