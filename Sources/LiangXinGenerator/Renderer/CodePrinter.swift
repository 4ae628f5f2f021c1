/// Accumulates lines of code with scoped indentation.
struct CodePrinter {
    /// The indentation unit: four spaces.
    static let indentUnit = "    "

    private(set) var output = ""
    private var level = 0

    /// Appends one line at the current indentation (empty lines carry no spaces).
    mutating func print(_ line: String) {
        if !line.isEmpty {
            for _ in 0..<level { output += Self.indentUnit }
            output += line
        }
        output += "\n"
    }

    /// Runs `body` one indentation level deeper.
    mutating func withIndentation(_ body: (inout CodePrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }
}
