import LiangXinRuntime
import LiangXinYAML

/// Reads the keys of one YAML mapping by name, typed, and reports what it did not read.
///
/// Every problem goes to the shared collector at the node that caused it; a reader never
/// throws, so one run reports every problem in a file.
struct MappingReader {
    /// The mapping node being read.
    let node: YAMLNode
    private let pairs: [YAMLPair]
    /// Where each key is in `pairs`, for mappings too large to scan for every read.
    private let positions: [WireKey: Int]?

    /// How many pairs a mapping may have before its keys are looked up through a dictionary
    /// (a spec's own mappings are small; a hostile one may have a million keys).
    static let scanLimit = 16

    /// A reader over `node`, or nil (with an error) when it is not a mapping.
    init?(_ node: YAMLNode, what: String, diagnostics: inout DiagnosticCollector) {
        guard let pairs = node.mapping else {
            diagnostics.error("\(what) must be a mapping, not \(node.kindDescription)", at: node.location)
            return nil
        }
        self.node = node
        self.pairs = pairs
        if pairs.count > Self.scanLimit {
            var positions: [WireKey: Int] = [:]
            positions.reserveCapacity(pairs.count)
            for index in pairs.indices { positions[WireKey(pairs[index].name)] = index }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    /// The keys in document order.
    var keys: [YAMLPair] { pairs }

    /// The pair of a key (keys are compared by their bytes; the loader has rejected repeats).
    private func pair(_ key: String) -> YAMLPair? {
        if let positions { return positions[WireKey(key)].map { pairs[$0] } }
        return pairs.first { WireString.equal($0.name, key) }
    }

    /// The value node of a key.
    func value(_ key: String) -> YAMLNode? {
        pair(key)?.value
    }

    /// The location of a key's name, or of the mapping when the key is absent.
    func keyLocation(_ key: String) -> FileLocation {
        pair(key)?.key.location ?? node.location
    }

    /// Reports every key not in `allowed`, with a did-you-mean from `suggested` (by default
    /// `allowed`) when one is close. Each report costs time linear in the key's length.
    func reportUnknownKeys(
        allowed: [String], suggesting suggested: [String]? = nil, diagnostics: inout DiagnosticCollector
    ) {
        let known = Set(allowed.map(WireKey.init))
        for pair in pairs where !known.contains(WireKey(pair.name)) {
            let hint = Suggestion.hint(for: pair.name, among: suggested ?? allowed)
            diagnostics.error("unknown key '\(pair.name)'\(hint)", at: pair.key.location)
        }
    }

    /// Reports a missing required key at the mapping.
    func requireKey(_ key: String, diagnostics: inout DiagnosticCollector) -> YAMLNode? {
        guard let value = value(key) else {
            diagnostics.error("missing required key '\(key)'", at: node.location)
            return nil
        }
        return value
    }

    /// A string value; a non-string is an error.
    func string(_ key: String, required: Bool = false, diagnostics: inout DiagnosticCollector)
        -> Located<String>?
    {
        guard let node = required ? requireKey(key, diagnostics: &diagnostics) : value(key) else {
            return nil
        }
        return ValueReader.string(node, key: key, diagnostics: &diagnostics)
    }

    /// A boolean value; a non-boolean is an error.
    func bool(_ key: String, diagnostics: inout DiagnosticCollector) -> Located<Bool>? {
        guard let node = value(key) else { return nil }
        guard case .bool(let flag)? = node.scalar?.resolved else {
            diagnostics.error(
                "'\(key)' must be a boolean, not \(node.kindDescription)", at: node.location)
            return nil
        }
        return Located(flag, at: node.location)
    }

    /// An integer value; anything else (a quoted "4", 4.5) is an error.
    func integer(_ key: String, required: Bool = false, diagnostics: inout DiagnosticCollector)
        -> Located<Int>?
    {
        guard let node = required ? requireKey(key, diagnostics: &diagnostics) : value(key) else {
            return nil
        }
        return ValueReader.integer(node, key: key, diagnostics: &diagnostics)
    }

    /// A number value (an integer or a float); anything else is an error.
    func number(_ key: String, required: Bool = false, diagnostics: inout DiagnosticCollector)
        -> Located<SpecNumber>?
    {
        guard let node = required ? requireKey(key, diagnostics: &diagnostics) : value(key) else {
            return nil
        }
        switch node.scalar?.resolved {
        case .integer(let value)?: return Located(.integer(value), at: node.location)
        case .float(let value)? where value.isFinite: return Located(.number(value), at: node.location)
        default:
            diagnostics.error(
                "'\(key)' must be a finite number, not \(node.kindDescription)", at: node.location)
            return nil
        }
    }

    /// A sequence of strings; each non-string item is an error.
    func strings(_ key: String, required: Bool = false, diagnostics: inout DiagnosticCollector)
        -> [Located<String>]?
    {
        guard let node = required ? requireKey(key, diagnostics: &diagnostics) : value(key) else {
            return nil
        }
        guard let items = node.sequence else {
            diagnostics.error(
                "'\(key)' must be a sequence, not \(node.kindDescription)", at: node.location)
            return nil
        }
        return items.compactMap { ValueReader.string($0, key: key, diagnostics: &diagnostics) }
    }
}

/// Typed reads of single nodes, shared by mapping and sequence readers.
enum ValueReader {
    /// A string scalar; a quoted `"4"` is a string, a plain `4` is not.
    static func string(_ node: YAMLNode, key: String, diagnostics: inout DiagnosticCollector)
        -> Located<String>?
    {
        guard case .string(let text)? = node.scalar?.resolved else {
            diagnostics.error("'\(key)' must be a string, not \(node.kindDescription)", at: node.location)
            return nil
        }
        return Located(text, at: node.location)
    }

    /// An integer scalar that fits in 64 bits.
    static func integer(_ node: YAMLNode, key: String, diagnostics: inout DiagnosticCollector)
        -> Located<Int>?
    {
        switch node.scalar?.resolved {
        case .integer(let value)?:
            return Located(value, at: node.location)
        case .oversizedInteger(let text)?:
            diagnostics.error(
                "'\(key)' value \(text) does not fit in a 64-bit integer", at: node.location)
        default:
            diagnostics.error(
                "'\(key)' must be an integer, not \(node.kindDescription)", at: node.location)
        }
        return nil
    }

    /// Any node as a literal value (for defaults); oversized integers and non-finite numbers
    /// are errors.
    static func literal(_ node: YAMLNode, diagnostics: inout DiagnosticCollector) -> SpecValue? {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .integer(let value): return .integer(value)
            case .float(let value) where value.isFinite: return .number(value)
            case .string(let text): return .string(text)
            case .oversizedInteger(let text):
                diagnostics.error("value \(text) does not fit in a 64-bit integer", at: node.location)
            case .float:
                diagnostics.error("value '\(scalar.text)' is not a finite number", at: node.location)
            }
            return nil
        case .sequence(let items):
            let values = items.map { literal($0, diagnostics: &diagnostics) }
            return values.contains { $0 == nil } ? nil : .array(values.compactMap { $0 })
        case .mapping(let pairs):
            var entries: [SpecObjectEntry] = []
            for pair in pairs {
                guard let value = literal(pair.value, diagnostics: &diagnostics) else { return nil }
                entries.append(SpecObjectEntry(key: pair.name, value: value))
            }
            return .object(entries)
        }
    }
}
