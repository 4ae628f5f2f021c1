/// A regular expression from a spec, compiled once and matched against whole strings in time
/// linear in the string (see ``PatternParser`` for the syntax, ``PatternProgram`` for the
/// matching).
public final class Pattern: Sendable {
    /// The expression as the spec wrote it.
    public let source: String
    /// The compiled expression, or the reason it is not in the spec language's subset.
    public let compiled: Result<PatternProgram, PatternSyntaxError>

    /// Compiles `source`; an expression outside the subset matches nothing (lint refuses it
    /// before any code is generated).
    public init(_ source: String) {
        self.source = source
        do throws(PatternSyntaxError) {
            compiled = .success(try PatternProgram(try PatternParser.parse(source)))
        } catch {
            compiled = .failure(error)
        }
    }

    /// The reason the expression is not in the subset, or nil when it compiled.
    public var syntaxError: PatternSyntaxError? {
        if case .failure(let error) = compiled { return error }
        return nil
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        guard case .success(let program) = compiled else { return false }
        return program.matches(text)
    }

    /// Whether the whole of a string given as well-formed UTF-8 matches: `matches(_:)` without
    /// a `String`.
    @_spi(LiangXinGenerated) public func matches(wellFormedUTF8 bytes: UnsafeRawBufferPointer) -> Bool {
        guard case .success(let program) = compiled else { return false }
        return program.matches(wellFormedUTF8: bytes)
    }
}
