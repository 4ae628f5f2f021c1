/// Reads enum fields for enums that are not `JSONReadable`.
///
/// `WireEnum` does not refine the JSON protocols (conformances cost every enum a witness table
/// and thunks): generated types read an enum field with `readEnum` and write an enum's
/// `jsonValue`, and an enum that is an array's items conforms to the JSON protocols itself.
extension JSONObjectReader {
    /// Reads one member as an enum value or alias: absent and null give nil (an issue when not
    /// allowed).
    @inlinable
    public mutating func readEnum<Value: WireEnum>(
        _ key: String, _ type: Value.Type, required: Bool, nullable: Bool,
        issues: inout ValidationIssues
    ) -> Value? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            Value.read($0, at: $1, issues: &$2)
        }
    }

    /// Reads one member as an enum value or alias of an enum with aliases.
    @inlinable
    public mutating func readEnum<Value: AliasedWireEnum>(
        _ key: String, _ type: Value.Type, required: Bool, nullable: Bool,
        issues: inout ValidationIssues
    ) -> Value? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            Value.read($0, at: $1, issues: &$2)
        }
    }
}
