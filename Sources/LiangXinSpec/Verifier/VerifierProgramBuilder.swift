@_spi(LiangXinGenerated) import LiangXinRuntime

/// Flattens the interpreter's compiled schemas into a ``VerifierProgram``'s tables, so that
/// the verifier's bounds, enum values, aliases, patterns and rules are the interpreter's own.
struct VerifierProgramBuilder {
    private(set) var nodes: [VerifierProgram.Node] = []
    private(set) var fields: [VerifierProgram.Field] = []
    private(set) var rules: [VerifierProgram.Rule] = []
    private(set) var ruleMembers: [Int] = []
    private(set) var patterns: [Pattern] = []
    var strings = ByteStringTable.Builder()

    /// Adds an object and everything in it; returns its node.
    mutating func add(object: CompiledObject, nullable: Bool = false) -> Int {
        // The fields' own nodes (and the fields of objects among them) come first, then this
        // object's fields, in order, in one run.
        let fieldNodes = object.fields.map { add($0.schema) }
        let firstField = fields.count
        for (field, node) in zip(object.fields, fieldNodes) {
            fields.append(VerifierProgram.Field(node: node, required: field.required))
        }
        let keys = strings.add(object.fields.enumerated().map { (Array($0.element.name.utf8), $0.offset) })
        let firstRule = rules.count
        for rule in object.rules {
            switch rule {
            case .together(let members):
                appendRule(.together, members: members.map(\.index))
            case .maxTotalItems(let members, let limit):
                appendRule(.maximumTotalItems(limit: limit), members: members.map(\.index))
            }
        }
        let shape = VerifierProgram.ObjectShape(
            firstField: firstField, fieldCount: object.fields.count, keys: keys, firstRule: firstRule,
            ruleCount: rules.count - firstRule)
        nodes.append(VerifierProgram.Node(shape: .object(shape), nullable: nullable))
        return nodes.count - 1
    }

    /// Adds one schema; returns its node.
    private mutating func add(_ schema: CompiledSchema) -> Int {
        let shape: VerifierProgram.Node.Shape
        switch schema.kind {
        case .string(let rules):
            if let values = rules.values {
                let accepted = values + rules.aliases.keys.sorted()
                shape = .choice(strings.add(accepted.map { (Array($0.utf8), 0) }))
            } else {
                var pattern = -1
                if let compiled = rules.pattern {
                    pattern = patterns.count
                    patterns.append(compiled)
                }
                shape = .text(
                    minimumLength: rules.minLength ?? 0, maximumLength: rules.maxLength ?? .max, format: rules.format,
                    pattern: pattern)
            }
        case .integer(let minimum, let maximum):
            shape = .integer(minimum: minimum ?? .min, maximum: maximum ?? .max)
        case .number(let minimum, let maximum):
            shape = .number(minimum: minimum ?? -.infinity, maximum: maximum ?? .infinity)
        case .boolean:
            shape = .boolean
        case .array(let items, let minimum, let maximum):
            shape = .array(item: add(items), minimumItems: minimum ?? 0, maximumItems: maximum ?? .max)
        case .object(let object):
            return add(object: object, nullable: schema.nullable)
        }
        nodes.append(VerifierProgram.Node(shape: shape, nullable: schema.nullable))
        return nodes.count - 1
    }

    /// Appends a rule over field offsets.
    private mutating func appendRule(_ kind: VerifierProgram.Rule.Kind, members: [Int]) {
        rules.append(VerifierProgram.Rule(kind: kind, firstMember: ruleMembers.count, memberCount: members.count))
        ruleMembers += members
    }

    /// The field slots a walk of `node` holds at its deepest: an object's own, plus the most
    /// that any one of its fields needs below it.
    func scratchSlots(of node: Int) -> Int {
        switch nodes[node].shape {
        case .array(let item, _, _):
            return scratchSlots(of: item)
        case .object(let shape):
            let below = (0..<shape.fieldCount).map { scratchSlots(of: fields[shape.firstField + $0].node) }.max() ?? 0
            return shape.fieldCount + below
        case .text, .choice, .integer, .number, .boolean:
            return 0
        }
    }
}
