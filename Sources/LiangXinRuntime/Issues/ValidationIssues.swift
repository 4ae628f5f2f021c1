/// Collects every issue of one validation; its checks are the single source of issue text.
///
/// Generated validators, the untyped payload validator and `liangxin-gen validate` all call
/// these checks, so the same payload yields the same codes and messages everywhere.
@_spi(LiangXinGenerated) public struct ValidationIssues: Sendable {
    /// The issues in the order they were found.
    public private(set) var all: [ValidationIssue] = []

    /// Creates an empty collection.
    public init() {}

    /// Whether nothing was found.
    public var isEmpty: Bool { all.isEmpty }

    /// Records an issue.
    public mutating func append(_ issue: ValidationIssue) {
        all.append(issue)
    }

    /// Records an issue from its parts.
    public mutating func add(
        _ code: ValidationIssue.Code, at pointer: JSONPointer, _ message: String, limit: String? = nil,
        actual: String? = nil
    ) {
        all.append(
            ValidationIssue(at: pointer, code: code, detail: .text(message: message, limit: limit, actual: actual)))
    }

    /// Records a detail, formatted only when read.
    mutating func record(_ code: ValidationIssue.Code, at pointer: JSONPointer, _ detail: IssueDetail) {
        all.append(ValidationIssue(at: pointer, code: code, detail: detail))
    }
}

// MARK: - Constraint checks

// Each check takes an optional value and does nothing for nil, so generated validators make one
// plain call per constraint: no `if let`, no overloaded operators for the type checker to
// resolve. That keeps a thousand-model SDK quick to compile. A field's checks take its object's
// pointer and its key, and an item's checks a pointer made only when an issue is recorded, so a
// valid value costs no pointer at all.

extension ValidationIssues {
    /// Length bounds of a string, counted in Unicode scalars (as JSON Schema counts).
    public mutating func checkLength(
        _ value: String?, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil, maximum: Int? = nil
    ) {
        guard var value, !Self.withinLength(utf8Count: value.utf8.count, minimum: minimum, maximum: maximum)
        else { return }
        value.withUTF8 {
            checkLength(utf8: UnsafeRawBufferPointer($0), at: pointer, minimum: minimum, maximum: maximum)
        }
    }

    /// Length bounds of the string field `key` of the object at `object`.
    public mutating func checkLength(
        _ value: String?, at object: JSONPointer, _ key: String, minimum: Int? = nil, maximum: Int? = nil
    ) {
        checkLength(value, at: object.appending(key), minimum: minimum, maximum: maximum)
    }

    /// Length bounds of a string value as parsed, decoded or not.
    public mutating func checkLength(
        _ value: JSONStringValue, at pointer: @autoclosure () -> JSONPointer, minimum: Int?, maximum: Int?
    ) {
        guard !Self.withinLength(utf8Count: value.utf8Count, minimum: minimum, maximum: maximum) else { return }
        value.withUTF8 { checkLength(utf8: $0, at: pointer, minimum: minimum, maximum: maximum) }
    }

    /// Whether a string of `utf8Count` bytes is within the bounds whatever its scalars: it has
    /// between a quarter of its bytes and all of them, so counting can often be skipped.
    private static func withinLength(utf8Count bytes: Int, minimum: Int?, maximum: Int?) -> Bool {
        (minimum ?? 0) <= (bytes + 3) / 4 && bytes <= (maximum ?? .max)
    }

    /// Length bounds of well-formed UTF-8, counted in Unicode scalars.
    private mutating func checkLength(
        utf8: UnsafeRawBufferPointer, at pointer: () -> JSONPointer, minimum: Int?, maximum: Int?
    ) {
        let length = UTF8Validation.scalarCount(utf8)
        if let minimum, length < minimum {
            record(.minLength, at: pointer(), .length(atLeast: true, limit: minimum, got: length))
        }
        if let maximum, length > maximum {
            record(.maxLength, at: pointer(), .length(atLeast: false, limit: maximum, got: length))
        }
    }

    /// Inclusive bounds of an integer.
    public mutating func checkRange(
        _ value: Int?, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil, maximum: Int? = nil
    ) {
        guard let value else { return }
        if let minimum, value < minimum {
            record(.minimum, at: pointer(), .range(atLeast: true, limit: minimum, got: value))
        }
        if let maximum, value > maximum {
            record(.maximum, at: pointer(), .range(atLeast: false, limit: maximum, got: value))
        }
    }

    /// Inclusive bounds of the integer field `key` of the object at `object`.
    public mutating func checkRange(
        _ value: Int?, at object: JSONPointer, _ key: String, minimum: Int? = nil, maximum: Int? = nil
    ) {
        checkRange(value, at: object.appending(key), minimum: minimum, maximum: maximum)
    }

    /// Inclusive bounds of a number.
    public mutating func checkRange(
        _ value: Double?, at pointer: @autoclosure () -> JSONPointer, minimum: Double? = nil,
        maximum: Double? = nil
    ) {
        guard let value else { return }
        if let minimum, value < minimum {
            record(.minimum, at: pointer(), .numberRange(atLeast: true, limit: minimum, got: value))
        }
        if let maximum, value > maximum {
            record(.maximum, at: pointer(), .numberRange(atLeast: false, limit: maximum, got: value))
        }
    }

    /// Inclusive bounds of the number field `key` of the object at `object`.
    public mutating func checkRange(
        _ value: Double?, at object: JSONPointer, _ key: String, minimum: Double? = nil, maximum: Double? = nil
    ) {
        checkRange(value, at: object.appending(key), minimum: minimum, maximum: maximum)
    }

    /// A whole-string regular expression match.
    public mutating func checkPattern(
        _ value: String?, at pointer: @autoclosure () -> JSONPointer, _ pattern: Pattern
    ) {
        guard let value, !pattern.matches(value) else { return }
        record(.pattern, at: pointer(), .pattern(source: pattern.source, value: value))
    }

    /// A whole-string regular expression match of the string field `key` of the object at `object`.
    public mutating func checkPattern(_ value: String?, at object: JSONPointer, _ key: String, _ pattern: Pattern) {
        checkPattern(value, at: object.appending(key), pattern)
    }

    /// A named string format.
    public mutating func checkFormat(
        _ value: String?, at pointer: @autoclosure () -> JSONPointer, _ format: StringFormat
    ) {
        guard let value, !format.accepts(value) else { return }
        record(.format, at: pointer(), .format(format, value: value))
    }

    /// A named format of the string field `key` of the object at `object`.
    public mutating func checkFormat(_ value: String?, at object: JSONPointer, _ key: String, _ format: StringFormat) {
        checkFormat(value, at: object.appending(key), format)
    }

    /// Item-count bounds of an array.
    public mutating func checkItems(
        count: Int, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil, maximum: Int? = nil
    ) {
        if let minimum, count < minimum {
            record(.minItems, at: pointer(), .items(atLeast: true, limit: minimum, got: count))
        }
        if let maximum, count > maximum {
            record(.maxItems, at: pointer(), .items(atLeast: false, limit: maximum, got: count))
        }
    }

    /// Item-count bounds of an array, then the checks of each item; `each` gets the item, a
    /// maker of its pointer, and the issues.
    @inlinable
    public mutating func checkArray<Item>(
        _ items: [Item]?, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil,
        maximum: Int? = nil, each: ((Item, () -> JSONPointer, inout ValidationIssues) -> Void)? = nil
    ) {
        guard let items else { return }
        if minimum != nil || maximum != nil {
            checkItems(count: items.count, at: pointer(), minimum: minimum, maximum: maximum)
        }
        guard let each else { return }
        for index in items.indices {
            each(items[index], { pointer().appending(index) }, &self)
        }
    }

    /// The checks of the array field `key` of the object at `object`, as `checkArray(_:at:…)`.
    @inlinable
    public mutating func checkArray<Item>(
        _ items: [Item]?, at object: JSONPointer, _ key: String, minimum: Int? = nil, maximum: Int? = nil,
        each: ((Item, () -> JSONPointer, inout ValidationIssues) -> Void)? = nil
    ) {
        checkArray(items, at: object.appending(key), minimum: minimum, maximum: maximum, each: each)
    }

    /// The constraints of a nested object.
    @inlinable
    public mutating func checkObject<Object: SpecValidatable>(_ value: Object?, at pointer: JSONPointer) {
        value?.validate(at: pointer, into: &self)
    }

    /// The constraints of the object field `key` of the object at `object`.
    @inlinable
    public mutating func checkObject<Object: SpecValidatable>(
        _ value: Object?, at object: JSONPointer, _ key: String
    ) {
        guard let value else { return }
        value.validate(at: object.appending(key), into: &self)
    }

    /// Whether an optional field is given, for `checkTogether`.
    @inlinable
    public static func given<Value>(_ value: Value?) -> Bool { value != nil }

    /// How many items an optional array field holds (none when absent), for `checkTotalItems`.
    @inlinable
    public static func itemCount<Item>(_ items: [Item]?) -> Int { items?.count ?? 0 }

    /// One for a given optional field, none for an absent one, for `checkTotalItems`.
    @inlinable
    public static func valueCount<Value>(_ value: Value?) -> Int { value == nil ? 0 : 1 }

    /// Fields that must be given together: each missing one is reported once any is given.
    public mutating func checkTogether(at object: JSONPointer, _ fields: [(name: String, given: Bool)]) {
        guard fields.contains(where: \.given), fields.contains(where: { !$0.given }) else { return }
        let given = fields.filter(\.given).map(\.name)
        let all = fields.map(\.name)
        for field in fields where !field.given {
            record(.together, at: object.appending(field.name), .together(given: given, all: all))
        }
    }

    /// Several fields whose items together are capped: arrays count their items, others one.
    public mutating func checkTotalItems(at object: JSONPointer, _ fields: [(name: String, count: Int)], limit: Int) {
        let total = fields.reduce(0) { $0 + $1.count }
        guard total > limit else { return }
        record(.maxTotalItems, at: object, .totalItems(names: fields.map(\.name), limit: limit, total: total))
    }

    /// A string outside its enum.
    public mutating func enumMismatch(_ value: String, at pointer: JSONPointer, allowed: [String]) {
        record(.enum, at: pointer, .enumMismatch(value: value, allowed: allowed))
    }
}
