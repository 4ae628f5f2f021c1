/// A generated enum whose cases are wire strings, some with alias spellings.
public protocol WireEnum: RawRepresentable, CaseIterable, Hashable, Sendable, JSONReadable, JSONWritable
where RawValue == String {
    /// Other spellings the service accepts, each decoding to its canonical case.
    static var aliases: [String: Self] { get }
}

extension WireEnum {
    /// No aliases, unless the enum declares some.
    public static var aliases: [String: Self] { [:] }

    /// The case for a canonical value or an alias.
    public init?(wireValue: String) {
        if let value = Self(rawValue: wireValue) {
            self = value
        } else if let value = Self.aliases[wireValue] {
            self = value
        } else {
            return nil
        }
    }

    /// The canonical values in spec order.
    public static var allWireValues: [String] { allCases.map(\.rawValue) }

    /// Converts untyped JSON: a string that is a value or an alias.
    public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Self? {
        guard let text = JSONReading.string(json, at: pointer, issues: &issues) else { return nil }
        guard let value = Self(wireValue: text) else {
            issues.enumMismatch(text, at: pointer, allowed: allWireValues)
            return nil
        }
        return value
    }
}
