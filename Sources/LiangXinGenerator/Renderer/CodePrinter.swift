import LiangXinSpec

/// Accumulates lines of code with scoped indentation.
///
/// Lines are appended as UTF-8 bytes: appending them to a `String` a piece at a time was the
/// renderer's largest cost when generating 1,000 models.
struct CodePrinter {
    /// The indentation unit: four spaces.
    static let indentUnit = "    "

    /// The text printed so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }
    private var bytes: [UInt8] = []
    private var level = 0

    /// The current indentation in columns.
    var indentation: Int { level * 4 }

    /// Appends a line of code, broken into lines that fit the page (``LineBreaker``).
    mutating func printCode(_ line: String) {
        if indentation + line.utf8.count <= LineBreaker.width { return print(line) }
        for part in LineBreaker.lines(line, indent: indentation) { print(part) }
    }

    /// Appends a `///` comment line, wrapped to fit the page (``DocWrapper``).
    mutating func printDoc(_ text: String) {
        guard !text.isEmpty else { return print("///") }
        if indentation + 4 + text.utf8.count <= LineBreaker.width { return print("/// " + text) }
        for part in DocWrapper.lines(text, indent: indentation) { print("/// " + part) }
    }

    /// Appends one line at the current indentation (empty lines carry no spaces).
    mutating func print(_ line: String) {
        if !line.isEmpty {
            for _ in 0..<level { bytes.append(contentsOf: Self.indentUnit.utf8) }
            bytes.append(contentsOf: line.utf8)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Runs `body` one indentation level deeper.
    mutating func withIndentation(_ body: (inout CodePrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }
}
