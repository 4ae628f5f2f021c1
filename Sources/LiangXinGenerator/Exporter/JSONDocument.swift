import LiangXinRuntime

/// An ordered JSON value for exported documents, printed the same way every time.
indirect enum JSONDocument: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONDocument])
    case object([(String, JSONDocument)])

    /// Objects compare member by member, in order.
    static func == (lhs: JSONDocument, rhs: JSONDocument) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A spec literal as JSON.
    init(_ value: SpecValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .integer(number)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONDocument.init))
        case .object(let entries): self = .object(entries.map { ($0.key, JSONDocument($0.value)) })
        }
    }

    /// A spec bound as JSON.
    init(_ number: SpecNumber) {
        switch number {
        case .integer(let value): self = .integer(value)
        case .number(let value): self = .number(value)
        }
    }

    /// Pretty-printed with two-space indentation and a final newline.
    var text: String {
        var output = ""
        write(into: &output, indent: "")
        return output + "\n"
    }

    /// Appends the value's text at an indentation level.
    private func write(into output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number): output += SpecValue.format(number)
        case .string(let text): output += JSONString.quote(text)
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            if items.allSatisfy(\.isScalar) {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ", " }
                    item.write(into: &output, indent: indent)
                }
                output += "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                item.write(into: &output, indent: indent + "  ")
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += indent + "  " + JSONString.quote(member.0) + ": "
                member.1.write(into: &output, indent: indent + "  ")
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// Whether the value prints on one line.
    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
