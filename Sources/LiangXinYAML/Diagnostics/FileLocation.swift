/// A position in a source file: the file's display path and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret lines up under the character.
public struct FileLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as it should be shown to a person, e.g. `specs/models/z-image.yaml`.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Creates a location from a display path and 1-based line and column.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the prefix every diagnostic starts with.
    public var description: String { "\(file):\(line):\(column)" }

    /// Orders locations by file, then line, then column.
    public static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
