import LiangXinYAML

/// What `liangxin-gen lint` prints for a spec folder, computed in memory.
public struct LintReport: Sendable {
    /// Every diagnostic, rendered with source line and caret, then the summary line.
    public var text: String
    /// Whether any error was found (the command then exits 1).
    public var failed: Bool

    /// Loads and checks the files and renders the outcome.
    public init(files: SpecFiles) {
        let result = SpecLoader.load(files)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        let renderer = DiagnosticRenderer(sources: files.all)
        let fileCount = files.all.count
        let summary =
            "\(Self.count(fileCount, "file")) checked: \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))"
        text = renderer.render(result.diagnostics) + summary + "\n"
        failed = errors > 0
    }

    /// `1 error`, `2 errors`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
