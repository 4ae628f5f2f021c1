import LiangXinRuntime
import LiangXinYAML

/// The report as JSON, for tools. Its schema (version 1) is documented in the generator's
/// Reviewing Spec Changes article; members are always present (null when empty), in this order.
public struct JSONReport {
    /// The report.
    let report: DiffReport

    /// A renderer.
    public init(_ report: DiffReport) { self.report = report }

    /// One line of compact JSON.
    public var text: String {
        let counts = report.counts
        let changes = report.changes.map { change -> JSONValue in
            object([
                ("kind", string(change.kind.rawValue)), ("model", change.model.map(string) ?? .null),
                ("path", string(change.path)), ("detail", string(change.detail)),
                ("source", string(change.source.rawValue)), ("wire", string(change.wire.rawValue)),
                ("bump", string(change.bump.rawValue)), ("old", location(change.old)), ("new", location(change.new)),
                ("question", change.question.map(string) ?? .null), ("example", change.example.map(string) ?? .null),
                ("exampleIssues", .array(change.exampleIssues.map(string))),
            ])
        }
        return object([
            ("schemaVersion", .integer(1)), ("old", string(report.oldName)), ("new", string(report.newName)),
            ("bump", string(report.bump.rawValue)),
            (
                "summary",
                object([
                    ("changes", .integer(report.changes.count)), ("sourceBreaking", .integer(counts.sourceBreaking)),
                    ("wireTightened", .integer(counts.wireTightened)), ("wireLoosened", .integer(counts.wireLoosened)),
                    ("documentation", .integer(counts.documentation)),
                ])
            ),
            ("changes", .array(changes)),
        ]).jsonText + "\n"
    }

    /// `{"file": …, "line": …, "column": …}` or null.
    private func location(_ location: FileLocation?) -> JSONValue {
        guard let location else { return .null }
        return object([
            ("file", string(location.file)), ("line", .integer(location.line)), ("column", .integer(location.column)),
        ])
    }

    /// A JSON string.
    private func string(_ text: String) -> JSONValue { .string(JSONStringValue(text)) }

    /// A JSON object, members in order.
    private func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) }))
    }
}
