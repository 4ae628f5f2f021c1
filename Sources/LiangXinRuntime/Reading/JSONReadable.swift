/// A type that can be read from untyped JSON, strictly, recording issues.
///
/// Generated code names the type (`Swift.Int.self`, `[ImageSize].self`) instead of passing
/// converter closures: a protocol requirement compiles to one call, not a reabstraction thunk
/// per field, which keeps debug builds of thousands of models fast.
public protocol JSONReadable {
    /// The value at `pointer`, or nil with the issues recorded.
    @_spi(LiangXinGenerated) static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    )
        -> Self?
}

extension String: JSONReadable {
    /// A JSON string.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> String? {
        JSONReading.string(json, at: pointer, issues: &issues)
    }
}

extension Int: JSONReadable {
    /// A JSON number that is a whole number fitting in 64 bits.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Int? {
        JSONReading.integer(json, at: pointer, issues: &issues)
    }
}

extension Double: JSONReadable {
    /// A finite JSON number.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Double? {
        JSONReading.number(json, at: pointer, issues: &issues)
    }
}

extension Bool: JSONReadable {
    /// A JSON boolean.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Bool? {
        JSONReading.bool(json, at: pointer, issues: &issues)
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    /// A JSON array whose every item reads as `Element`.
    @inlinable
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> [Element]? {
        JSONReading.array(json, at: pointer, issues: &issues) { Element.read($0, at: $1, issues: &$2) }
    }
}

extension Optional: JSONReadable where Wrapped: JSONReadable {
    /// JSON null (as nil) or a `Wrapped` value: for arrays whose items are nullable.
    @inlinable
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Wrapped?? {
        if case .null = json { return .some(nil) }
        return Wrapped.read(json, at: pointer, issues: &issues).map { .some($0) }
    }
}

extension JSONObjectReader {
    /// Reads one member as a `Value`: absent and null give nil (an issue when not allowed).
    @inlinable
    @_spi(LiangXinGenerated) public mutating func read<Value: JSONReadable>(
        _ key: String, _ type: Value.Type, required: Bool, nullable: Bool,
        issues: inout ValidationIssues
    ) -> Value? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            Value.read($0, at: $1, issues: &$2)
        }
    }
}
