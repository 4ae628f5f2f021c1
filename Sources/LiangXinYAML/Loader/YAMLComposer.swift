/// Builds the node tree from libyaml's events, iteratively, checking what libyaml lets pass.
struct YAMLComposer {
    /// A collection still being filled; a class so that appending never copies its storage.
    private final class Frame {
        let start: FileLocation
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var seen: [MappingKey: FileLocation] = [:]

        /// A collection that starts at a location.
        init(start: FileLocation, isMapping: Bool) {
            self.start = start
            self.isMapping = isMapping
        }
    }

    private let file: SourceFile
    private var stack: [Frame] = []
    private var documents = 0
    /// The finished root node.
    private(set) var root: YAMLNode?
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a composer for one file.
    init(file: SourceFile) {
        self.file = file
    }

    /// Consumes events until the stream ends or an error makes going on pointless.
    mutating func run(_ events: LibYAMLEventStream) {
        while true {
            switch events.next() {
            case .failure(let failure):
                report(failure)
                return
            case .success(let event):
                if !consume(event) { return }
            }
        }
    }

    /// Handles one event; false when composing must stop.
    private mutating func consume(_ event: YAMLEvent) -> Bool {
        let location = FileLocation(file: file.path, line: event.line, column: event.column)
        switch event.kind {
        case .streamStart, .documentEnd:
            return true
        case .streamEnd:
            return false
        case .documentStart:
            documents += 1
            guard documents == 1 else {
                error("a spec file holds one YAML document; found a second one", at: location)
                return false
            }
            return true
        case .alias(let anchor):
            error("alias '*\(anchor)' is not supported; write the value out in full", at: location)
            attach(YAMLNode(location: location, content: .scalar(YAMLScalar(text: "", style: .plain))))
            return true
        case .scalar(let text, let style, let tag, let anchor):
            checkAnchor(anchor, at: location)
            let coreTag = checkedTag(tag, for: .scalar(text), at: location)
            let scalar = YAMLScalar(text: text, style: style, tag: coreTag)
            attach(YAMLNode(location: location, content: .scalar(scalar)))
            return true
        case .sequenceStart(let tag, let anchor), .mappingStart(let tag, let anchor):
            checkAnchor(anchor, at: location)
            guard stack.count < YAMLLoader.maximumDepth else {
                error("the document nests deeper than \(YAMLLoader.maximumDepth) levels", at: location)
                return false
            }
            let isMapping: Bool
            if case .mappingStart = event.kind { isMapping = true } else { isMapping = false }
            _ = checkedTag(tag, for: isMapping ? .map : .seq, at: location)
            stack.append(Frame(start: location, isMapping: isMapping))
            return true
        case .sequenceEnd, .mappingEnd:
            finishCollection()
            return true
        }
    }

    /// Pops the innermost collection and attaches it to its parent.
    private mutating func finishCollection() {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        attach(YAMLNode(location: frame.start, content: content))
    }

    /// Adds a finished node to the innermost collection, or makes it the root.
    private mutating func attach(_ node: YAMLNode) {
        guard let frame = stack.last else {
            root = node
            return
        }
        guard frame.isMapping else {
            frame.items.append(node)
            return
        }
        guard let key = frame.pendingKey else {
            checkKey(node, seen: frame.seen)
            frame.pendingKey = node
            return
        }
        if let name = key.scalar?.text, frame.seen[MappingKey(name)] == nil {
            frame.seen[MappingKey(name)] = key.location
            frame.pairs.append(YAMLPair(key: key, value: node))
        }
        frame.pendingKey = nil
    }

    /// Reports a non-scalar key or a key that the mapping already has.
    private mutating func checkKey(_ key: YAMLNode, seen: [MappingKey: FileLocation]) {
        guard let name = key.scalar?.text else {
            error("mapping keys must be scalars, not \(key.kindDescription)", at: key.location)
            return
        }
        if let first = seen[MappingKey(name)] {
            error(
                "duplicate key '\(name)'; first defined at line \(first.line), column \(first.column)",
                at: key.location)
        }
    }

    /// Reports an anchor: specs spell every value out so that a diff shows what changed.
    private mutating func checkAnchor(_ anchor: String?, at location: FileLocation) {
        guard let anchor else { return }
        error("anchor '&\(anchor)' is not supported; write the value out in full", at: location)
    }

    /// The kind of node a tag is attached to.
    private enum Tagged {
        case scalar(String)
        case seq
        case map
    }

    /// Validates a tag against the core schema and the node it is on.
    private mutating func checkedTag(_ tag: String?, for node: Tagged, at location: FileLocation)
        -> CoreTag?
    {
        guard let tag, tag != "!" else { return tag == "!" ? .str : nil }
        let prefix = "tag:yaml.org,2002:"
        guard tag.hasPrefix(prefix), let core = CoreTag(rawValue: String(tag.dropFirst(prefix.count)))
        else {
            let shown = tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
            error(
                "tag '\(shown)' is not supported; use only the core schema tags "
                    + "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq",
                at: location)
            return nil
        }
        switch (node, core) {
        case (.seq, .seq), (.map, .map):
            return core
        case (.scalar(let text), _) where core != .seq && core != .map:
            if !CoreSchema.text(text, fits: core) {
                error("'\(text)' is not a valid !!\(core.rawValue)", at: location)
            }
            return core
        default:
            let kind: String
            switch node {
            case .scalar: kind = "a scalar"
            case .seq: kind = "a sequence"
            case .map: kind = "a mapping"
            }
            error("tag '!!\(core.rawValue)' cannot be used on \(kind)", at: location)
            return nil
        }
    }

    /// Turns a libyaml failure into a located diagnostic.
    private mutating func report(_ failure: YAMLParseFailure) {
        let location: FileLocation
        switch failure.position {
        case .mark(let line, let column):
            location = FileLocation(file: file.path, line: line, column: column)
        case .byteOffset(let offset):
            location = file.location(ofByteOffset: offset)
        }
        error(failure.message, at: location)
    }

    /// Records an error.
    private mutating func error(_ message: String, at location: FileLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }
}

/// A mapping key compared and hashed by its UTF-8 bytes: YAML keys, like JSON's, are distinct
/// when their code points are, even when Swift's `String ==` finds them canonically equivalent.
struct MappingKey: Hashable {
    /// The key's text.
    let text: String

    /// A key for `text`.
    init(_ text: String) { self.text = text }

    /// Equal when the UTF-8 bytes are.
    static func == (lhs: MappingKey, rhs: MappingKey) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    /// Hashes the UTF-8 bytes.
    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
        hasher.combine(0xFF as UInt8)
    }
}
