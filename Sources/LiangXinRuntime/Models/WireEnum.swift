/// A generated enum whose cases are wire strings, some with alias spellings.
///
/// Its `init?(rawValue:)` comes from here rather than from the compiler: for an enum with
/// `String` raw values the compiler synthesizes a `switch` over string patterns, which is slow to
/// type check and lower. Finding this generic one instead cut the emit-module job of a
/// thousand-model SDK by about 30% and its compile jobs by about 9%.
///
/// It refines neither `Hashable` (an enum without associated values is `Hashable` already) nor
/// `JSONReadable` and `JSONWritable` (generated types read an enum field with
/// `JSONObjectReader.readEnum` and write its `jsonValue`; only an enum that is an array's items
/// conforms to them, so that the array is readable and writable). Each conformance costs every enum a witness table and thunks: the
/// two JSON ones were 3% of the compiler's instructions a model. For the same reason the alias
/// table is a requirement of ``AliasedWireEnum`` only, which just the enums with aliases adopt.
public protocol WireEnum: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

/// A wire enum that the service also accepts under other spellings.
public protocol AliasedWireEnum: WireEnum {
    /// Other spellings the service accepts, each decoding to its canonical case.
    static var aliases: [String: Self] { get }
}

extension AliasedWireEnum {
    /// The case for a canonical value or an alias (found without the dynamic cast of
    /// ``WireEnum/init(wireValue:)``, which is for generic code that has a `WireEnum` only).
    public init?(wireValue: String) {
        guard let value = Self(rawValue: wireValue) ?? Self.alias(wireValue) else { return nil }
        self = value
    }

    /// The case `spelling` is an alias of: the table's key must have the same bytes, not just
    /// compare equal as Swift's `String` does (canonically equivalent spellings differ on the wire).
    static func alias(_ spelling: String) -> Self? {
        aliases.value(forWireKey: spelling)
    }

    /// Converts untyped JSON: a string that is a value or an alias.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Self? {
        read(json, at: pointer, issues: &issues) { Self(wireValue: $0) }
    }

    /// The case an alias stands for, if it is one (for ``WireEnum/init(wireValue:)``).
    fileprivate static func value(forAlias spelling: String) -> Any? { alias(spelling) }
}

extension WireEnum {
    /// The case whose canonical wire value is `rawValue` (aliases are not raw values), compared
    /// by bytes: `"1\u{212A}"` (KELVIN SIGN) is not `1K`.
    public init?(rawValue: String) {
        for value in Self.allCases where WireString.equal(value.rawValue, rawValue) {
            self = value
            return
        }
        return nil
    }

    /// The case for a canonical value or, when the enum has aliases, an alias.
    public init?(wireValue: String) {
        if let value = Self(rawValue: wireValue) {
            self = value
        } else if let aliased = Self.self as? any AliasedWireEnum.Type,
            let value = aliased.value(forAlias: wireValue) as? Self
        {
            self = value
        } else {
            return nil
        }
    }

    /// The canonical values in spec order.
    public static var allWireValues: [String] { allCases.map(\.rawValue) }

    /// Converts untyped JSON: a string that is a value or an alias.
    @_spi(LiangXinGenerated) public static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Self? {
        read(json, at: pointer, issues: &issues) { Self(wireValue: $0) }
    }

    /// Converts untyped JSON: a string that `convert` turns into a case.
    static func read(
        _ json: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues,
        _ convert: (String) -> Self?
    ) -> Self? {
        guard let text = JSONReading.string(json, at: pointer, issues: &issues) else { return nil }
        guard let value = convert(text) else {
            issues.enumMismatch(text, at: pointer, allowed: allWireValues)
            return nil
        }
        return value
    }
}
