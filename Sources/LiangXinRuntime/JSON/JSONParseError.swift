/// Why a payload is not valid JSON, and where: 1-based line and column, and byte offset.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `expected ',' or '}' after an object member`.
    public var message: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in characters.
    public var column: Int
    /// The byte offset.
    public var offset: Int

    /// `invalid JSON at line 1, column 9: unexpected end of input`.
    public var description: String { "invalid JSON at line \(line), column \(column): \(message)" }
}
