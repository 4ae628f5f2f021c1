import LiangXinYAML

/// The type and constraints of a value: a field's, or an array's items.
public struct SchemaSpec: Sendable {
    /// The kinds of value a spec can describe.
    public indirect enum Kind: Sendable {
        case string
        case integer
        case number
        case boolean
        /// An array whose items follow the given schema.
        case array(items: SchemaSpec)
        /// An object with named fields, in spec order.
        case object(fields: [FieldSpec])

        /// The spelling used in specs: `string`, `array`, …
        public var name: String {
            switch self {
            case .string: return "string"
            case .integer: return "integer"
            case .number: return "number"
            case .boolean: return "boolean"
            case .array: return "array"
            case .object: return "object"
            }
        }
    }

    /// Where the schema is written (the field's mapping, or the `items` mapping).
    public var location: FileLocation
    /// Where its `type:` value is written, for type errors.
    public var typeLocation: FileLocation
    /// What kind of value it is.
    public var kind: Kind
    /// A person's description of the value.
    public var description: String?
    /// Whether JSON `null` is accepted (and decodes as nil).
    public var nullable: Bool = false
    /// The value the service uses when the field is omitted (documentation only).
    public var defaultValue: Located<SpecValue>?
    /// The allowed values of a string, in spec order.
    public var enumValues: [EnumValueSpec]?
    /// Whether unknown values are tolerated (an open enum, for evolving server answers).
    public var enumIsOpen: Bool = false
    /// Where the `enum:` list is written.
    public var enumLocation: FileLocation?
    /// String length bounds, in characters.
    public var minLength: Located<Int>?
    /// String length bounds, in characters.
    public var maxLength: Located<Int>?
    /// Inclusive numeric bounds.
    public var minimum: Located<SpecNumber>?
    /// Inclusive numeric bounds.
    public var maximum: Located<SpecNumber>?
    /// A regular expression the whole string must match.
    public var pattern: Located<String>?
    /// A named string format.
    public var format: Located<SpecFormat>?
    /// Array length bounds.
    public var minItems: Located<Int>?
    /// Array length bounds.
    public var maxItems: Located<Int>?
    /// For `format: json` strings: the shape of the JSON they hold.
    public var content: SchemaSpec? {
        get { contentBox.first }
        set { contentBox = newValue.map { [$0] } ?? [] }
    }
    private var contentBox: [SchemaSpec] = []

    /// Creates a schema of a kind with no constraints.
    public init(location: FileLocation, typeLocation: FileLocation, kind: Kind) {
        self.location = location
        self.typeLocation = typeLocation
        self.kind = kind
    }

    /// The fields, when this is an object.
    public var fields: [FieldSpec]? {
        if case .object(let fields) = kind { return fields }
        return nil
    }

    /// The item schema, when this is an array.
    public var items: SchemaSpec? {
        if case .array(let items) = kind { return items }
        return nil
    }
}

/// A value together with where it is written in the spec.
public struct Located<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// Where it is written.
    public var location: FileLocation

    /// Creates a located value.
    public init(_ value: Value, at location: FileLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A numeric bound: integers stay exact.
public enum SpecNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    case integer(Int)
    case number(Double)

    /// The bound as a Double, for comparisons.
    public var doubleValue: Double {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        }
    }

    /// The bound as written, without a trailing `.0` on whole numbers.
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return SpecValue.format(value)
        }
    }

    /// Orders by numeric value.
    public static func < (lhs: SpecNumber, rhs: SpecNumber) -> Bool {
        switch (lhs, rhs) {
        case (.integer(let left), .integer(let right)): return left < right
        default: return lhs.doubleValue < rhs.doubleValue
        }
    }
}

extension SchemaSpec {
    /// The pattern of the schema or of its innermost items (an array's pattern is its items'),
    /// which generated code compiles into one constant.
    public var innermostPattern: String? {
        if case .array(let items) = kind { return items.innermostPattern }
        return pattern?.value
    }
}
