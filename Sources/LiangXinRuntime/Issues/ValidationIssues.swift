/// Collects every issue of one validation; its checks are the single source of issue text.
///
/// Generated validators, the untyped payload validator and `liangxin-gen validate` all call
/// these checks, so the same payload yields the same codes and messages everywhere.
public struct ValidationIssues: Sendable {
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
            ValidationIssue(
                pointer: pointer.text, code: code, message: message, limit: limit, actual: actual))
    }
}

// MARK: - Constraint checks

extension ValidationIssues {
    /// Length bounds of a string, counted in Unicode scalars (as JSON Schema counts).
    public mutating func checkLength(
        _ value: String, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil,
        maximum: Int? = nil
    ) {
        // A string has between utf8/4 and utf8 scalars: skip counting when that settles it.
        let bytes = value.utf8.count
        if (minimum ?? 0) <= (bytes + 3) / 4, bytes <= (maximum ?? .max) { return }
        let length = value.unicodeScalars.count
        if let minimum, length < minimum {
            add(
                .minLength, at: pointer(),
                "must be at least \(IssueText.count(minimum, "character")) (got \(length))",
                limit: String(minimum), actual: String(length))
        }
        if let maximum, length > maximum {
            add(
                .maxLength, at: pointer(),
                "must be at most \(IssueText.count(maximum, "character")) (got \(length))",
                limit: String(maximum), actual: String(length))
        }
    }

    /// Inclusive bounds of an integer.
    public mutating func checkRange(
        _ value: Int, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil,
        maximum: Int? = nil
    ) {
        if let minimum, value < minimum {
            add(
                .minimum, at: pointer(), "must be at least \(minimum) (got \(value))",
                limit: String(minimum), actual: String(value))
        }
        if let maximum, value > maximum {
            add(
                .maximum, at: pointer(), "must be at most \(maximum) (got \(value))",
                limit: String(maximum), actual: String(value))
        }
    }

    /// Inclusive bounds of a number.
    public mutating func checkRange(
        _ value: Double, at pointer: @autoclosure () -> JSONPointer, minimum: Double? = nil,
        maximum: Double? = nil
    ) {
        if let minimum, value < minimum {
            let (limit, shown) = (IssueText.number(minimum), IssueText.number(value))
            add(
                .minimum, at: pointer(), "must be at least \(limit) (got \(shown))", limit: limit,
                actual: shown)
        }
        if let maximum, value > maximum {
            let (limit, shown) = (IssueText.number(maximum), IssueText.number(value))
            add(
                .maximum, at: pointer(), "must be at most \(limit) (got \(shown))", limit: limit,
                actual: shown)
        }
    }

    /// A whole-string regular expression match.
    public mutating func checkPattern(
        _ value: String, at pointer: @autoclosure () -> JSONPointer, _ pattern: Pattern
    ) {
        guard !pattern.matches(value) else { return }
        add(
            .pattern, at: pointer(),
            "must match the pattern \(pattern.source) (got \(IssueText.quoted(value)))",
            limit: pattern.source, actual: IssueText.quoted(value))
    }

    /// A named string format.
    public mutating func checkFormat(
        _ value: String, at pointer: @autoclosure () -> JSONPointer, _ format: StringFormat
    ) {
        guard !format.accepts(value) else { return }
        add(
            .format, at: pointer(), "must be \(format.explanation) (got \(IssueText.quoted(value)))",
            limit: format.rawValue, actual: IssueText.quoted(value))
    }

    /// Item-count bounds of an array.
    public mutating func checkItems(
        count: Int, at pointer: @autoclosure () -> JSONPointer, minimum: Int? = nil, maximum: Int? = nil
    ) {
        if let minimum, count < minimum {
            add(
                .minItems, at: pointer(),
                "must have at least \(IssueText.count(minimum, "item")) (got \(count))",
                limit: String(minimum), actual: String(count))
        }
        if let maximum, count > maximum {
            add(
                .maxItems, at: pointer(),
                "must have at most \(IssueText.count(maximum, "item")) (got \(count))",
                limit: String(maximum), actual: String(count))
        }
    }

    /// Fields that must be given together: each missing one is reported once any is given.
    public mutating func checkTogether(
        at object: JSONPointer, _ fields: [(name: String, given: Bool)]
    ) {
        let given = fields.filter(\.given).map(\.name)
        guard !given.isEmpty, given.count < fields.count else { return }
        let all = fields.map(\.name)
        for field in fields where !field.given {
            add(
                .together, at: object.appending(field.name),
                "must be given together with \(IssueText.list(given))",
                limit: all.joined(separator: ", "), actual: given.joined(separator: ", "))
        }
    }

    /// Several fields whose items together are capped: arrays count their items, others one.
    public mutating func checkTotalItems(
        at object: JSONPointer, _ fields: [(name: String, count: Int)], limit: Int
    ) {
        let total = fields.reduce(0) { $0 + $1.count }
        guard total > limit else { return }
        add(
            .maxTotalItems, at: object,
            "\(IssueText.list(fields.map(\.name))) together must hold at most \(IssueText.count(limit, "item")) (got \(total))",
            limit: String(limit), actual: String(total))
    }

    /// A string outside its enum.
    public mutating func enumMismatch(_ value: String, at pointer: JSONPointer, allowed: [String]) {
        add(
            .enum, at: pointer,
            "must be one of \(allowed.joined(separator: ", ")) (got \(IssueText.quoted(value)))",
            limit: allowed.joined(separator: ", "), actual: IssueText.quoted(value))
    }
}
