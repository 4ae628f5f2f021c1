import LiangXinSpec

/// The report for a terminal: one block a change, breaking ones first in each model, colored
/// when standard output is a terminal, then the verdict.
public struct HumanReport {
    /// The report.
    let report: DiffReport
    /// Whether to color it (ANSI).
    let colored: Bool

    /// A renderer; `colored` on a terminal.
    public init(_ report: DiffReport, colored: Bool) {
        self.report = report
        self.colored = colored
    }

    /// The text.
    public var text: String {
        var lines = ["\(report.oldName) → \(report.newName)"]
        if report.changes.isEmpty {
            lines.append("no changes")
        }
        for group in report.groups {
            lines.append("")
            lines.append(paint(group.model ?? "api.yaml", bold: true))
            for change in group.changes {
                let place = change.path.isEmpty ? "" : change.path + ": "
                lines.append(
                    "  " + paint("[\(change.bump.rawValue)]", for: change.bump) + " \(place)\(change.detail)"
                        + " (source \(change.source.rawValue), wire \(change.wire.rawValue))")
                lines.append("    " + MarkdownReport.locations(change))
                if let question = change.question { lines.append("    ? \(question)") }
                if let example = change.example {
                    lines.append("    example: " + ExampleText.short(example))
                    lines += change.exampleIssues.map { "      → " + $0 }
                }
            }
        }
        let counts = report.counts
        lines.append("")
        lines.append(
            "verdict: " + paint(report.bump.rawValue, for: report.bump)
                + " (\(CountedNoun.text(report.changes.count, "change")): \(counts.sourceBreaking) breaking Swift source, "
                + "\(counts.wireTightened) rejecting old payloads, \(counts.wireLoosened) loosening, "
                + "\(counts.documentation) documentation only)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text in the color of a bump: red major, yellow minor, dim patch.
    private func paint(_ text: String, for bump: VersionBump) -> String {
        guard colored else { return text }
        switch bump {
        case .major: return "\u{1B}[31m\(text)\u{1B}[0m"
        case .minor: return "\u{1B}[33m\(text)\u{1B}[0m"
        case .patch, .none: return "\u{1B}[2m\(text)\u{1B}[0m"
        }
    }

    /// Bold text.
    private func paint(_ text: String, bold: Bool) -> String {
        colored && bold ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
