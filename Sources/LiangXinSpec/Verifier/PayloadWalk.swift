@_spi(LiangXinGenerated) import LiangXinRuntime

/// One pass over one payload, directed by the program: each value is read as its schema
/// says it must be, and checked as it is read. The walk stops at the first thing that is not
/// certainly valid; nothing it reads becomes a `JSONValue` or a `String`.
///
/// Every method returns nil or false as soon as the payload may have an issue, leaving the
/// walk where it stopped (the caller then hands the payload to the interpreter).
struct PayloadWalk {
    /// Where the walk is.
    private var cursor: ByteCursor
    /// The program's tables.
    private let tables: VerifierProgram.Tables
    /// Field slots, a stack: each object being read holds one slot per field, -1 while the
    /// field is absent, -2 for a null, otherwise what the value counts for the rules (an
    /// array's items, one for anything else).
    private let slots: UnsafeMutablePointer<Int>
    /// The first free slot.
    private var freeSlot = 0
    /// How many arrays and objects enclose the cursor.
    private var depth = 0

    /// A field slot's value for an absent field.
    private static let absent = -1
    /// A field slot's value for a null.
    private static let null = -2

    /// A walk over `bytes` (padded as ``ByteCursor`` needs) with a program's tables (which
    /// must outlive the walk) and `slots` field slots (``VerifierProgram/Tables/scratchSlots``).
    init(paddedBytes bytes: UnsafeRawBufferPointer, tables: VerifierProgram.Tables, slots: UnsafeMutablePointer<Int>) {
        cursor = ByteCursor(paddedBytes: bytes)
        self.tables = tables
        self.slots = slots
    }

    /// A createTask body, `{"model", "callBackUrl", "input"}` in any order: the model's
    /// position when the body is certainly valid, nil otherwise. An `input` that comes before
    /// `model` is skipped, then read once the model is known.
    mutating func body() -> Int? {
        cursor.skipWhitespace()
        guard enter(UInt8(ascii: "{")) else { return nil }
        var model = -1
        var callBackSeen = false
        var skippedInput: (start: Int, end: Int)?
        var inputSeen = false
        var more = !closes(UInt8(ascii: "}"))
        while more {
            guard let key = key() else { return nil }
            if cursor.spells(key, "model") {
                guard model < 0, cursor.current == UInt8(ascii: "\""), let id = cursor.string(), !id.escaped else {
                    return nil
                }
                model = tables.strings.value(cursor.base + id.start, id.end - id.start, in: tables.models)
                guard model >= 0 else { return nil }
            } else if cursor.spells(key, "callBackUrl") {
                guard !callBackSeen, cursor.current == UInt8(ascii: "\""), let url = cursor.string(), !url.escaped,
                    StringFormat.httpsURL.accepts(utf8: cursor.bytes(of: url))
                else { return nil }
                callBackSeen = true
            } else if cursor.spells(key, "input") {
                guard !inputSeen, cursor.current == UInt8(ascii: "{") else { return nil }
                inputSeen = true
                if model >= 0 {
                    guard value(tables.modelNodes[model]) != nil else { return nil }
                } else {
                    let start = cursor.index
                    guard cursor.skipContainer() else { return nil }
                    skippedInput = (start, cursor.index)
                }
            } else {
                return nil
            }
            guard let next = afterMember(closing: UInt8(ascii: "}")) else { return nil }
            more = next
        }
        cursor.skipWhitespace()
        guard cursor.index == cursor.count, model >= 0, inputSeen else { return nil }
        if let skippedInput {
            cursor.index = skippedInput.start
            guard value(tables.modelNodes[model]) != nil, cursor.index == skippedInput.end else { return nil }
        }
        return model
    }

    /// A bare `input` object of a model: whether it is certainly valid.
    mutating func input(model: Int) -> Bool {
        cursor.skipWhitespace()
        guard value(tables.modelNodes[model]) != nil else { return false }
        cursor.skipWhitespace()
        return cursor.index == cursor.count
    }
}

// MARK: - Values

extension PayloadWalk {
    /// A value of `node` (not null: the caller handles nullability): what it counts for the
    /// rules (an array's items, one otherwise), or nil.
    private mutating func value(_ node: Int) -> Int? {
        switch tables.nodes[node].shape {
        case .text(let minimumLength, let maximumLength, let format, let pattern):
            guard cursor.current == UInt8(ascii: "\""), let text = cursor.string(),
                text.scalars >= minimumLength, text.scalars <= maximumLength
            else { return nil }
            if format != nil || pattern >= 0 {
                guard !text.escaped else { return nil }
                let bytes = cursor.bytes(of: text)
                if let format, !format.accepts(utf8: bytes) { return nil }
                if pattern >= 0,
                    !tables.patterns[pattern].takeUnretainedValue().matches(
                        wellFormedUTF8: UnsafeRawBufferPointer(bytes))
                {
                    return nil
                }
            }
            return 1
        case .choice(let values):
            guard cursor.current == UInt8(ascii: "\""), let text = cursor.string(), !text.escaped,
                tables.strings.value(cursor.base + text.start, text.end - text.start, in: values) >= 0
            else { return nil }
            return 1
        case .integer(let minimum, let maximum):
            guard let number = cursor.number(), let integer = cursor.integer(of: number), integer >= minimum,
                integer <= maximum
            else { return nil }
            return 1
        case .number(let minimum, let maximum):
            guard let number = cursor.number() else { return nil }
            let double = cursor.double(of: number)
            guard double.isFinite, double >= minimum, double <= maximum else { return nil }
            return 1
        case .boolean:
            guard cursor.consume(word: "true") || cursor.consume(word: "false") else { return nil }
            return 1
        case .array(let item, let minimumItems, let maximumItems):
            guard let count = array(of: item), count >= minimumItems, count <= maximumItems else { return nil }
            return count
        case .object(let shape):
            return object(shape) ? 1 : nil
        }
    }

    /// A value of `node`, or null where the node allows it: what it counts for the rules
    /// (``null`` for a null), or nil.
    private mutating func nullableValue(_ node: Int) -> Int? {
        if cursor.current == UInt8(ascii: "n"), tables.nodes[node].nullable {
            return cursor.consume(word: "null") ? Self.null : nil
        }
        return value(node)
    }

    /// An array's items: how many there are, or nil.
    private mutating func array(of item: Int) -> Int? {
        guard enter(UInt8(ascii: "[")) else { return nil }
        var count = 0
        var more = !closes(UInt8(ascii: "]"))
        while more {
            cursor.skipWhitespace()
            guard nullableValue(item) != nil else { return nil }
            count &+= 1
            guard let next = afterMember(closing: UInt8(ascii: "]")) else { return nil }
            more = next
        }
        depth &-= 1
        return count
    }

    /// An object: every key known and given once, every required field present, every value
    /// valid, every rule kept.
    private mutating func object(_ shape: VerifierProgram.ObjectShape) -> Bool {
        guard enter(UInt8(ascii: "{")) else { return false }
        let fieldSlots = slots + freeSlot
        freeSlot &+= shape.fieldCount
        fieldSlots.update(repeating: Self.absent, count: shape.fieldCount)
        var more = !closes(UInt8(ascii: "}"))
        while more {
            guard let key = key() else { return false }
            let field = tables.strings.value(cursor.base + key.start, key.end - key.start, in: shape.keys)
            guard field >= 0, fieldSlots[field] == Self.absent,
                let counted = nullableValue(tables.fields[shape.firstField &+ field].node)
            else { return false }
            fieldSlots[field] = counted
            guard let next = afterMember(closing: UInt8(ascii: "}")) else { return false }
            more = next
        }
        for offset in 0..<shape.fieldCount
        where tables.fields[shape.firstField &+ offset].required && fieldSlots[offset] == Self.absent {
            return false
        }
        for index in shape.firstRule..<shape.firstRule &+ shape.ruleCount {
            guard keeps(tables.rules[index], fieldSlots) else { return false }
        }
        freeSlot &-= shape.fieldCount
        depth &-= 1
        return true
    }

    /// Whether an object's field slots keep a rule.
    private func keeps(_ rule: VerifierProgram.Rule, _ fieldSlots: UnsafeMutablePointer<Int>) -> Bool {
        let members = UnsafeBufferPointer(start: tables.ruleMembers + rule.firstMember, count: rule.memberCount)
        switch rule.kind {
        case .together:
            let given = members.reduce(0) { $0 + (fieldSlots[$1] >= 0 ? 1 : 0) }
            return given == 0 || given == members.count
        case .maximumTotalItems(let limit):
            return members.reduce(0) { $0 + max(fieldSlots[$1], 0) } <= limit
        }
    }
}

// MARK: - Punctuation

extension PayloadWalk {
    /// Moves past the opening bracket of an array or object, one level deeper (the container's
    /// reader goes back up once it is closed); false when the bracket is not there or the
    /// nesting would pass the parser's limit.
    private mutating func enter(_ bracket: UInt8) -> Bool {
        guard cursor.consume(bracket) else { return false }
        depth &+= 1
        return depth <= JSONParser.maximumDepth
    }

    /// Whether the container just entered is empty: moves past its closing bracket if so.
    private mutating func closes(_ bracket: UInt8) -> Bool {
        cursor.skipWhitespace()
        return cursor.consume(bracket)
    }

    /// An object key with no escapes and its colon, up to the value.
    private mutating func key() -> ByteCursor.ScannedString? {
        cursor.skipWhitespace()
        guard cursor.current == UInt8(ascii: "\""), let key = cursor.string(), !key.escaped else { return nil }
        cursor.skipWhitespace()
        guard cursor.consume(UInt8(ascii: ":")) else { return nil }
        cursor.skipWhitespace()
        return key
    }

    /// After a member or item: true past a comma, false past the closing bracket, nil for
    /// anything else.
    private mutating func afterMember(closing bracket: UInt8) -> Bool? {
        cursor.skipWhitespace()
        if cursor.consume(UInt8(ascii: ",")) { return true }
        guard cursor.consume(bracket) else { return nil }
        return false
    }
}
