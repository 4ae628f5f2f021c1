/// Renders diagnostics the way compilers do: `path:line:col: error: message`, then the
/// source line and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    /// The longest source excerpt shown; longer lines are cut to a window around the caret.
    public static let maximumExcerptWidth = 120

    private let sources: [String: SourceFile]

    /// Creates a renderer that can quote the given files.
    public init(sources: [SourceFile]) {
        var byPath: [String: SourceFile] = [:]
        for source in sources { byPath[source.path] = source }
        self.sources = byPath
    }

    /// The full text of one diagnostic, ending without a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.description]
        let location = diagnostic.location
        if let text = sources[location.file]?.line(location.line) {
            let excerpt = Self.excerpt(of: text, column: location.column)
            lines.append(excerpt.text)
            lines.append(excerpt.caretPrefix + "^")
        }
        return lines.joined(separator: "\n")
    }

    /// Every diagnostic rendered, one after another, each ending with a newline.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined()
    }
}

extension DiagnosticRenderer {
    /// A printable slice of a source line and the whitespace that puts a caret under a column.
    struct Excerpt: Equatable {
        var text: String
        var caretPrefix: String
    }

    /// Makes a line safe to print (control characters become `�`) and windows it when long.
    static func excerpt(of line: String, column: Int) -> Excerpt {
        var scalars = Array(line.unicodeScalars).map(Self.printable)
        var caretIndex = max(0, min(column - 1, scalars.count))
        var prefixText = ""
        if scalars.count > maximumExcerptWidth {
            let half = maximumExcerptWidth / 2
            let start = max(0, min(caretIndex - half, scalars.count - maximumExcerptWidth))
            let end = min(scalars.count, start + maximumExcerptWidth)
            let suffix: [Unicode.Scalar] = end < scalars.count ? ["…"] : []
            if start > 0 { prefixText = "…" }
            scalars = Array(scalars[start..<end]) + suffix
            caretIndex = caretIndex - start + (start > 0 ? 1 : 0)
        }
        let shown = prefixText.unicodeScalars + scalars
        var text = String.UnicodeScalarView()
        text.append(contentsOf: shown)
        let caret = shown.prefix(caretIndex).map { $0 == "\t" ? "\t" : " " }.joined()
        return Excerpt(text: String(text), caretPrefix: caret)
    }

    /// Replaces control characters other than tab with U+FFFD so the terminal stays sane.
    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return scalar }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return "\u{FFFD}" }
        return scalar
    }
}
