/// The report as a pull-request comment: a summary table, then a section per model (and one
/// for `api.yaml`), breaking changes first, each with its spec location on both sides and,
/// when it rejects old payloads, an example body and what the new spec says about it.
public struct MarkdownReport {
    /// The report.
    let report: DiffReport

    /// A renderer.
    public init(_ report: DiffReport) { self.report = report }

    /// The Markdown.
    public var text: String {
        let counts = report.counts
        var lines = [
            "## Spec changes: \(report.bump.rawValue) version bump", "",
            "`\(report.oldName)` → `\(report.newName)`", "",
            "| | changes |", "|---|---|",
            "| breaking Swift source | \(counts.sourceBreaking) |",
            "| rejecting payloads the old spec accepted | \(counts.wireTightened) |",
            "| accepting more payloads | \(counts.wireLoosened) |",
            "| documentation only | \(counts.documentation) |",
            "| **all** | **\(report.changes.count)** |",
        ]
        for group in report.groups {
            lines += ["", "### " + (group.model.map { "`\($0)`" } ?? "`api.yaml`"), ""]
            lines += ["| bump | change | source | wire | where |", "|---|---|---|---|---|"]
            for change in group.changes {
                let what =
                    (change.path.isEmpty ? "" : "`\(change.path)`: ") + Self.escape(change.detail)
                    + (change.question.map { " — " + Self.escape($0) } ?? "")
                lines.append(
                    "| \(change.bump.rawValue) | \(what) | \(change.source.rawValue) | \(change.wire.rawValue) | "
                        + Self.escape(Self.locations(change)) + " |")
            }
            for change in group.changes {
                guard let example = change.example else { continue }
                lines += [
                    "",
                    "<details><summary><code>\(Self.html(change.path))</code>: a body the old spec accepts and the new "
                        + "one rejects</summary>",
                    "", "```json", ExampleText.short(example), "```", "",
                ]
                lines += change.exampleIssues.map { "- `\($0)`" }
                lines += ["", "</details>"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `old.yaml:12 → new.yaml:14`, or one side when the other has none.
    static func locations(_ change: SpecChange) -> String {
        switch (change.old, change.new) {
        case (let old?, let new?): return "\(old.fileAndLine) → \(new.fileAndLine)"
        case (let old?, nil): return "was \(old.fileAndLine)"
        case (nil, let new?): return "now \(new.fileAndLine)"
        case (nil, nil): return ""
        }
    }

    /// Text safe inside HTML.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Text safe in a table cell.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
