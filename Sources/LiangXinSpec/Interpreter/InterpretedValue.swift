import LiangXinRuntime

/// A payload value read through a spec at run time: the interpreter's stand-in for the
/// generated Swift types (a canonical enum value, a typed number, nested fields).
enum InterpretedValue {
    /// Free text as parsed (possibly undecoded), or an enum's canonical value.
    case string(JSONStringValue)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    /// Array items; nil items are JSON nulls of nullable items.
    case array([InterpretedValue?])
    /// Field values in spec order; nil for absent or null fields.
    case object([InterpretedValue?])

    /// The items, when this is an array.
    var items: [InterpretedValue?]? {
        if case .array(let items) = self { return items }
        return nil
    }
}
