import LiangXinRuntime
import LiangXinSpec

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
    ///
    /// Written as UTF-8 bytes: appending to a `String` (and making each line's indentation a
    /// new string) was a quarter of the instructions of generating 1,000 models.
    var text: String {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 12)
        write(into: &output, depth: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value's text, its lines after the first indented `depth` levels.
    private func write(into output: inout [UInt8], depth: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .number(let number): output.append(contentsOf: SpecValue.format(number).utf8)
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            if items.allSatisfy(\.isScalar) {
                output.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(contentsOf: ", ".utf8) }
                    item.write(into: &output, depth: depth)
                }
                output.append(UInt8(ascii: "]"))
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.indent(&output, depth + 1)
                item.write(into: &output, depth: depth + 1)
                output.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(&output, depth)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            for (index, member) in members.enumerated() {
                Self.indent(&output, depth + 1)
                Self.appendQuoted(member.0, to: &output)
                output.append(contentsOf: ": ".utf8)
                member.1.write(into: &output, depth: depth + 1)
                output.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.indent(&output, depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends two spaces a level.
    private static func indent(_ output: inout [UInt8], _ depth: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Appends `text` as a JSON string literal: its bytes between quotes when nothing needs
    /// escaping (as ``JSONString/quote(_:)`` decides), otherwise that function's text.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        guard !JSONString.needsEscaping(text) else {
            output.append(contentsOf: JSONString.quote(text).utf8)
            return
        }
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: text.utf8)
        output.append(UInt8(ascii: "\""))
    }

    /// Whether the value prints on one line.
    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
