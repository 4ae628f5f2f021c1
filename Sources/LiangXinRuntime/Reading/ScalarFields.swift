/// Reads scalar fields without generics.
///
/// Generated readers call these for string, integer, number and boolean fields: a plain call
/// each, where the generic `read(_:_:required:nullable:issues:)` passes type metadata and a
/// witness table and returns its result through memory, and a name of its own, so the type
/// checker has no overloads to choose among (1% of the compiler's instructions a model).
extension JSONObjectReader {
    /// Reads one member as a JSON string: absent and null give nil (an issue when not allowed).
    public mutating func readString(
        _ key: String, required: Bool, nullable: Bool, issues: inout ValidationIssues
    ) -> String? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            JSONReading.string($0, at: $1, issues: &$2)
        }
    }

    /// Reads one member as a whole number that fits in 64 bits.
    public mutating func readInt(
        _ key: String, required: Bool, nullable: Bool, issues: inout ValidationIssues
    ) -> Int? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            JSONReading.integer($0, at: $1, issues: &$2)
        }
    }

    /// Reads one member as a finite number.
    public mutating func readDouble(
        _ key: String, required: Bool, nullable: Bool, issues: inout ValidationIssues
    ) -> Double? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            JSONReading.number($0, at: $1, issues: &$2)
        }
    }

    /// Reads one member as a boolean.
    public mutating func readBool(
        _ key: String, required: Bool, nullable: Bool, issues: inout ValidationIssues
    ) -> Bool? {
        read(key, required: required, nullable: nullable, issues: &issues) {
            JSONReading.bool($0, at: $1, issues: &$2)
        }
    }
}
