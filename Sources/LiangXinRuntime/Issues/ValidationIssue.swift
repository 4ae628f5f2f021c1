/// One way a request payload breaks its model's spec, located by a JSON pointer.
///
/// An issue records what it found; its pointer text and message are spelled out only when
/// read, so validators that only count or classify issues never pay for formatting.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the problem is.
    let location: JSONPointer
    /// What kind of problem it is, stable across releases.
    public let code: Code
    /// What was found, formatted on demand.
    let detail: IssueDetail

    /// Creates an issue from finished text.
    public init(pointer: String, code: Code, message: String, limit: String? = nil, actual: String? = nil) {
        self.init(at: JSONPointer(pointer), code: code, detail: .text(message: message, limit: limit, actual: actual))
    }

    /// Creates an issue from a recorded detail.
    init(at location: JSONPointer, code: Code, detail: IssueDetail) {
        self.location = location
        self.code = code
        self.detail = detail
    }

    /// Where the problem is, e.g. `/input/reference_images/2`.
    public var pointer: String { location.text }
    /// A sentence a person can act on, e.g. `must be at most 4096 characters (got 5012)`.
    public var message: String { detail.message }
    /// The limit that was broken, as text (`4096`, `png, jpeg`), when there is one.
    public var limit: String? { detail.limit }
    /// The offending value or measure, as text (`5012`, `"4"`), when there is one.
    public var actual: String? { detail.actual }

    /// `/input/prompt: must be at most 4096 characters (got 5012)`.
    public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }

    /// Issues are equal when everything they say is equal.
    public static func == (lhs: ValidationIssue, rhs: ValidationIssue) -> Bool {
        lhs.code == rhs.code && lhs.pointer == rhs.pointer && lhs.message == rhs.message && lhs.limit == rhs.limit
            && lhs.actual == rhs.actual
    }

    /// Hashes what the issue says.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(pointer)
        hasher.combine(message)
    }

    /// The five fields an issue encodes.
    private enum CodingKeys: String, CodingKey {
        case pointer, code, message, limit, actual
    }

    /// Decodes the five fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            pointer: try container.decode(String.self, forKey: .pointer),
            code: try container.decode(Code.self, forKey: .code),
            message: try container.decode(String.self, forKey: .message),
            limit: try container.decodeIfPresent(String.self, forKey: .limit),
            actual: try container.decodeIfPresent(String.self, forKey: .actual))
    }

    /// Encodes the five fields (absent limit and actual are omitted).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pointer, forKey: .pointer)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(actual, forKey: .actual)
    }

    /// The stable machine-readable kinds of issue.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code's spelling, e.g. `maxLength`.
        public var rawValue: String
        /// Creates a code from its spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's spelling.
        public var description: String { rawValue }

        /// The body is not valid JSON (syntax, encoding, nesting or a duplicate key).
        public static let invalidJSON = Code(rawValue: "invalidJSON")
        /// A value has the wrong JSON type (`"4"` for an integer, `4.5` for an integer).
        public static let type = Code(rawValue: "type")
        /// A required key is missing.
        public static let required = Code(rawValue: "required")
        /// `null` where the field is not nullable.
        public static let null = Code(rawValue: "null")
        /// A key the spec does not know.
        public static let unknownKey = Code(rawValue: "unknownKey")
        /// A `model` id no spec describes.
        public static let unknownModel = Code(rawValue: "unknownModel")
        /// A value outside its enum.
        public static let `enum` = Code(rawValue: "enum")
        /// A string shorter than its minLength.
        public static let minLength = Code(rawValue: "minLength")
        /// A string longer than its maxLength.
        public static let maxLength = Code(rawValue: "maxLength")
        /// A number below its minimum.
        public static let minimum = Code(rawValue: "minimum")
        /// A number above its maximum.
        public static let maximum = Code(rawValue: "maximum")
        /// A string that does not match its pattern.
        public static let pattern = Code(rawValue: "pattern")
        /// A string that is not of its named format.
        public static let format = Code(rawValue: "format")
        /// An array with fewer items than its minItems.
        public static let minItems = Code(rawValue: "minItems")
        /// An array with more items than its maxItems.
        public static let maxItems = Code(rawValue: "maxItems")
        /// Fields that must be given together were not.
        public static let together = Code(rawValue: "together")
        /// Several fields together hold more items than allowed.
        public static let maxTotalItems = Code(rawValue: "maxTotalItems")
    }
}

/// The issues found by a validation, as an error for call sites that prefer throwing.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every issue found, in order.
    public var issues: [ValidationIssue]

    /// Creates the error.
    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// One issue per line.
    public var description: String {
        "invalid request:\n" + issues.map { "  " + $0.description }.joined(separator: "\n")
    }
}
