/// Reads and writes enum fields for enums that are not `JSONReadable` or `JSONWritable`.
///
/// `WireEnum` does not refine the two JSON protocols (two conformances fewer for every enum);
/// these overloads read and write an enum field, and an enum that is an array's items conforms
/// to the JSON protocols itself.
extension JSONObjectReader {
    /// Reads one member as an enum value or alias: absent and null give nil (an issue when not
    /// allowed).
    @inlinable
    public mutating func read<Value: WireEnum>(
        _ key: String, _ type: Value.Type, required: Bool, nullable: Bool,
        issues: inout ValidationIssues
    ) -> Value? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            Value.read($0, at: $1, issues: &$2)
        }
    }
}

extension JSONObjectWriter {
    /// Writes an enum member as its canonical wire value.
    public mutating func write<Value: WireEnum>(_ key: String, _ value: Value) {
        write(key, value.jsonValue)
    }

    /// Writes an enum member as its canonical wire value, only when it is present.
    public mutating func writeIfPresent<Value: WireEnum>(_ key: String, _ value: Value?) {
        if let value { write(key, value.jsonValue) }
    }
}
