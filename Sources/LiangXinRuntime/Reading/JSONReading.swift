/// Strict conversions from untyped JSON to Swift values: no coercion, each mismatch an issue.
///
/// `"4"` is not an integer, `4.5` is not one either, and `4.0` is (JSON Schema agrees).
@_spi(LiangXinGenerated) public enum JSONReading {
    /// A string.
    public static func string(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> String? {
        stringValue(value, at: pointer, issues: &issues)?.string
    }

    /// A string, left as parsed (its bytes, when the parser deferred decoding it).
    public static func stringValue(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> JSONStringValue? {
        if case .string(let text) = value { return text }
        mismatch(value, expected: "a string", at: pointer, issues: &issues)
        return nil
    }

    /// An integer that fits in 64 bits.
    public static func integer(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Int? {
        guard case .number(let number) = value else {
            mismatch(value, expected: "an integer", at: pointer, issues: &issues)
            return nil
        }
        if let integer = number.integer { return integer }
        let expected = number.isWhole ? "an integer that fits in 64 bits" : "an integer"
        mismatch(value, expected: expected, at: pointer, issues: &issues)
        return nil
    }

    /// A finite number.
    public static func number(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Double? {
        guard case .number(let number) = value else {
            mismatch(value, expected: "a number", at: pointer, issues: &issues)
            return nil
        }
        guard number.double.isFinite else {
            mismatch(value, expected: "a finite number", at: pointer, issues: &issues)
            return nil
        }
        return number.double
    }

    /// A boolean.
    public static func bool(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues
    ) -> Bool? {
        if case .bool(let flag) = value { return flag }
        mismatch(value, expected: "a boolean", at: pointer, issues: &issues)
        return nil
    }

    /// An array whose every item converts; nil (with every item's issues) otherwise.
    @inlinable
    public static func array<Item>(
        _ value: JSONValue, at pointer: JSONPointer, issues: inout ValidationIssues,
        item: (JSONValue, JSONPointer, inout ValidationIssues) -> Item?
    ) -> [Item]? {
        guard case .array(let values) = value else {
            mismatch(value, expected: "an array", at: pointer, issues: &issues)
            return nil
        }
        var items: [Item] = []
        items.reserveCapacity(values.count)
        var sound = true
        let itemParent = pointer.joined
        for (index, element) in values.enumerated() {
            if let converted = item(element, itemParent.appending(index), &issues) {
                items.append(converted)
            } else {
                sound = false
            }
        }
        return sound ? items : nil
    }

    /// Records `must be X (got Y)`, or `must not be null` for null.
    public static func mismatch(
        _ value: JSONValue, expected: String, at pointer: JSONPointer, issues: inout ValidationIssues
    ) {
        if case .null = value {
            issues.add(.null, at: pointer, "must not be null", actual: "null")
            return
        }
        let shown = value.shownInMessages
        issues.add(
            .type, at: pointer, "must be \(expected) (got \(shown))", limit: expected, actual: shown)
    }
}
