import LiangXinRuntime
import LiangXinSpec

/// Makes createTask payloads from specs with a seeded generator: valid ones, and mutations
/// of every kind the validators know. The differential test and the benchmark share it.
public struct PayloadFactory: Sendable {
    /// The mutation kinds, each applied to a valid payload.
    public enum Mutation: CaseIterable, Sendable {
        case valid, wrongType, quotedNumber, fractionalInteger, outOfRange, tooLong, tooShort, badEnum,
            alias
        case missingRequired, unknownKey, nullNotNullable, tooManyItems, brokenRule, unknownModel,
            nestedNoise
        /// An enum value spelled with canonically equivalent scalars (`1K` with U+212A KELVIN
        /// SIGN), or two canonically equivalent unknown keys: distinct on the wire.
        case canonicalVariant
    }

    /// Scalars and the canonically equivalent spellings that Swift's `String ==` confuses with them.
    static let canonicalVariants: [Character: String] = [
        "K": "\u{212A}", "\u{C5}": "\u{212B}", "\u{3A9}": "\u{2126}", "\u{E9}": "e\u{301}", "\u{E8}": "e\u{300}",
    ]

    let models: [ModelSpec]
    var random: SeededRandom
    /// The typical length of free-text strings (prompts), in characters.
    let textLength: Int
    /// The share of payloads left valid, in percent (the rest get a random mutation).
    let validPercent: Int

    /// A factory over the models, fixed by `seed`; prompts run to about `textLength`
    /// characters; about `validPercent` of the payloads are left unmutated.
    public init(models: [ModelSpec], seed: UInt64, textLength: Int = 450, validPercent: Int = 0) {
        self.models = models
        self.random = SeededRandom(seed: seed)
        self.textLength = textLength
        self.validPercent = validPercent
    }

    /// A payload as JSON text, and the mutation it carries.
    public mutating func next() -> (text: String, mutation: Mutation) {
        let model = models[random.below(models.count)]
        let mutation =
            random.below(100) < validPercent
            ? .valid : Mutation.allCases[random.below(Mutation.allCases.count)]
        var input = validObject(model.input, rules: model.rules)
        var id = model.id.value
        mutate(&input, fields: model.input, rules: model.rules, mutation: mutation, id: &id)
        var body: [(String, JSONValue)] = [("model", .string(id))]
        if random.below(4) == 0 {
            body.append(
                (
                    "callBackUrl",
                    .string(random.below(5) == 0 ? "http://x.example/cb" : "https://x.example/cb")
                ))
        }
        body.append(("input", .members(input)))
        return (JSONValue.members(body).jsonText, mutation)
    }

    // MARK: - Valid values

    /// A valid object: every required field, some optional ones, rules respected.
    mutating func validObject(_ fields: [FieldSpec], rules: [CrossFieldRule]) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        for field in fields where field.required || random.below(2) == 0 {
            members.append((field.name, validValue(field.schema)))
        }
        for rule in rules {
            switch rule.kind {
            case .together:
                let names = rule.fields.map(\.value)
                let given = members.contains { names.contains($0.0) }
                members.removeAll { names.contains($0.0) }
                if given {
                    for name in names {
                        if let field = fields.first(where: { $0.name == name }) {
                            members.append((name, validValue(field.schema)))
                        }
                    }
                }
            case .maxTotalItems(let limit):
                // Required members are counted first and kept; optional ones take what is left,
                // arrays cut to it (never below their minItems), others dropped past it.
                let counted = rule.fields.map(\.value)
                func isRequired(_ name: String) -> Bool { fields.first { $0.name == name }?.required ?? false }
                var total = 0
                for member in members where counted.contains(member.0) && isRequired(member.0) {
                    if case .array(let items) = member.1 { total += items.count } else { total += 1 }
                }
                members = members.compactMap { member in
                    guard counted.contains(member.0), !isRequired(member.0) else { return member }
                    guard case .array(var items) = member.1 else {
                        total += 1
                        return total <= limit ? member : nil
                    }
                    let minimum = fields.first { $0.name == member.0 }?.schema.minItems?.value ?? 0
                    items = Array(items.prefix(max(0, limit - total)))
                    guard items.count >= minimum else { return nil }
                    total += items.count
                    return (member.0, .array(items))
                }
            case .precedence:
                break
            }
        }
        return members
    }

    /// A valid value of a schema.
    mutating func validValue(_ schema: SchemaSpec) -> JSONValue {
        switch schema.kind {
        case .string:
            if let values = schema.enumValues {
                let value = values[random.below(values.count)]
                return .string(value.value)
            }
            return .string(validString(schema))
        case .integer:
            // A missing bound is set from the other one, so a lone bound is never crossed; the
            // arithmetic saturates, so bounds at the ends of Int64 do not overflow.
            let minimum = schema.minimum.map { Self.integer($0.value, rounding: .up) }
            let maximum = schema.maximum.map { Self.integer($0.value, rounding: .down) }
            let low = minimum ?? maximum.map { Self.saturating($0, plus: -2000) } ?? -1000
            let high = maximum ?? Self.saturating(low, plus: 2000)
            let (width, overflow) = high.subtractingReportingOverflow(low)
            let count = overflow || width >= 1_000_000 ? 1_000_000 : max(1, width + 1)
            return .int(Self.saturating(low, plus: random.below(count)))
        case .number:
            let minimum = schema.minimum?.value.doubleValue
            let maximum = schema.maximum?.value.doubleValue
            let low = minimum ?? maximum.map { $0 - 20 } ?? -10
            let high = maximum ?? low + 20
            return .lexeme(String(low + (high - low) * Double(random.below(1000)) / 1000))
        case .boolean:
            return .bool(random.below(2) == 0)
        case .array(let items):
            let low = schema.minItems?.value ?? 0
            let high = min(schema.maxItems?.value ?? 3, low + 3)
            let count = low + random.below(max(1, high - low + 1))
            return .array((0..<count).map { _ in validValue(items) })
        case .object(let fields):
            return .members(validObject(fields, rules: []))
        }
    }

    /// A string that fits length, format and pattern.
    mutating func validString(_ schema: SchemaSpec) -> String {
        let minimum = schema.minLength?.value ?? 0
        let maximum = schema.maxLength?.value ?? 1200
        if let source = schema.pattern?.value {
            let first = "abc" + String(random.below(100))
            // Each candidate as it is, then repeated up to the minimum length ("é" → "ééé").
            let candidates = Self.patternCandidates(first).flatMap { candidate -> [String] in
                let length = max(candidate.unicodeScalars.count, 1)
                return [candidate, String(repeating: candidate, count: max(1, (minimum + length - 1) / length))]
            }
            return candidates.first { candidate in
                let length = candidate.unicodeScalars.count
                guard length >= minimum, length <= maximum, case .success(let program) = Pattern(source).compiled
                else { return false }
                return program.matches(candidate) && (schema.format?.value.runtimeFormat?.accepts(candidate) ?? true)
            } ?? first
        }
        if schema.format != nil {
            let url = "https://cdn.example.com/img/\(random.below(10_000)).png"
            return url.count >= minimum && url.count <= maximum ? url : url
        }
        let length = minimum + random.below(max(1, min(maximum, textLength * 2) - minimum + 1))
        let words = ["a cafe", "at night", "画像", "é", "fox", "neon", " "]
        var scalars = String.UnicodeScalarView()
        var count = 0
        while count < length {
            let word = words[random.below(words.count)].unicodeScalars.prefix(length - count)
            scalars.append(contentsOf: word)
            count += word.count
        }
        return String(scalars)
    }

    /// An integer bound as an `Int`; a fractional one rounded inward, a huge one clamped.
    static func integer(_ bound: SpecNumber, rounding: FloatingPointRoundingRule) -> Int {
        switch bound {
        case .integer(let value): return value
        case .number(let value):
            let limit = Double(1 << 62)
            return Int(min(max(value.rounded(rounding), -limit), limit))
        }
    }

    /// `value + offset`, held at `Int.min` or `Int.max` instead of overflowing.
    static func saturating(_ value: Int, plus offset: Int) -> Int {
        let (sum, overflow) = value.addingReportingOverflow(offset)
        return overflow ? (offset > 0 ? .max : .min) : sum
    }

    /// Strings tried, in order, for a field with a pattern: the first that matches it (and fits
    /// the field's length and format) is used.
    static func patternCandidates(_ first: String) -> [String] {
        [
            first, "abc", "a", "ab", "c1", "é", "A", "x", "abcd", "ab1", "cd", "p", "aaaa", "Z9", "a1", "abab",
            "https://cdn.example.com/img/1.png",
        ]
    }

    // MARK: - Mutations

    /// Breaks a valid input in the given way (some mutations find nothing to break: valid).
    mutating func mutate(
        _ input: inout [(String, JSONValue)], fields: [FieldSpec], rules: [CrossFieldRule],
        mutation: Mutation, id: inout String
    ) {
        /// A random field among those that match, if any.
        func pick(_ predicate: (FieldSpec) -> Bool) -> FieldSpec? {
            let candidates = fields.filter(predicate)
            return candidates.isEmpty ? nil : candidates[random.below(candidates.count)]
        }
        /// Replaces (or adds) a member of the input.
        func set(_ name: String, _ value: JSONValue) {
            input.removeAll { $0.0 == name }
            input.append((name, value))
        }
        switch mutation {
        case .valid:
            break
        case .wrongType:
            if let field = pick({ _ in true }) {
                set(
                    field.name,
                    [.bool(true), .array([]), .members([]), .int(3), .string("x")][random.below(5)])
            }
        case .quotedNumber:
            if let field = pick({ $0.schema.kind.name == "integer" }) { set(field.name, .string("4")) }
        case .fractionalInteger:
            if let field = pick({ $0.schema.kind.name == "integer" }) {
                set(
                    field.name,
                    .lexeme(["4.5", "4.0", "1e400", "18446744073709551616", "-0"][random.below(5)]))
            }
        case .outOfRange:
            if let field = pick({ $0.schema.maximum != nil || $0.schema.minimum != nil }) {
                let high = field.schema.maximum.map { Int($0.value.doubleValue) + 1 }
                let low = field.schema.minimum.map { Int($0.value.doubleValue) - 1 }
                set(field.name, .int(random.below(2) == 0 ? (high ?? low!) : (low ?? high!)))
            }
        case .tooLong:
            if let field = pick({ $0.schema.maxLength != nil }) {
                set(
                    field.name,
                    .string(
                        String(repeating: "z", count: field.schema.maxLength!.value + 1 + random.below(50))))
            }
        case .tooShort:
            if let field = pick({ ($0.schema.minLength?.value ?? 0) > 0 }) {
                set(field.name, .string(String(repeating: "é", count: field.schema.minLength!.value - 1)))
            }
        case .badEnum:
            if let field = pick({ $0.schema.enumValues != nil }) {
                set(field.name, .string("not-a-value"))
            }
        case .alias:
            if let field = pick({ $0.schema.enumValues?.contains { !$0.aliases.isEmpty } == true }),
                let value = field.schema.enumValues?.first(where: { !$0.aliases.isEmpty })
            {
                set(field.name, .string(value.aliases[0].value))
            }
        case .missingRequired:
            if let field = pick({ $0.required }) { input.removeAll { $0.0 == field.name } }
        case .unknownKey:
            set(["promt", "colour", "seeds", "x/y~z"][random.below(4)], .int(1))
        case .nullNotNullable:
            if let field = pick({ !$0.schema.nullable }) { set(field.name, .null) }
        case .tooManyItems:
            if let field = pick({ $0.schema.maxItems != nil }), let items = field.schema.items {
                set(field.name, .array((0...field.schema.maxItems!.value).map { _ in validValue(items) }))
            }
        case .brokenRule:
            guard let rule = rules.isEmpty ? nil : rules[random.below(rules.count)] else { break }
            switch rule.kind {
            case .together:
                let name = rule.fields[random.below(rule.fields.count)].value
                input.removeAll { member in rule.fields.contains { $0.value == member.0 } }
                if let field = fields.first(where: { $0.name == name }) {
                    set(name, validValue(field.schema))
                }
            case .maxTotalItems(let limit):
                for name in rule.fields.map(\.value) {
                    guard let field = fields.first(where: { $0.name == name }) else { continue }
                    if let items = field.schema.items {
                        set(
                            name,
                            .array(
                                (0..<min(limit, field.schema.maxItems?.value ?? limit)).map { _ in validValue(items)
                                }))
                    } else {
                        set(name, validValue(field.schema))
                    }
                }
            case .precedence:
                for name in rule.fields.map(\.value) {
                    if let field = fields.first(where: { $0.name == name }) {
                        set(name, validValue(field.schema))
                    }
                }
            }
        case .unknownModel:
            id = [id + "x", String(id.dropLast()), "dall-e-3", ""][random.below(4)]
        case .canonicalVariant:
            let spellings: (FieldSpec) -> [String] = { field in
                (field.schema.enumValues ?? []).flatMap { [$0.value] + $0.aliases.map(\.value) }.filter {
                    $0.contains { Self.canonicalVariants[$0] != nil }
                }
            }
            if let field = pick({ !spellings($0).isEmpty }) {
                let candidates = spellings(field)
                let value = candidates[random.below(candidates.count)]
                set(field.name, .string(value.map { Self.canonicalVariants[$0] ?? String($0) }.joined()))
            } else {
                set("caf\u{E9}", .int(1))
                set("cafe\u{301}", .int(2))
            }
        case .nestedNoise:
            if let field = pick({ $0.schema.items != nil || $0.schema.fields != nil }) {
                set(field.name, .array([.null, .int(7), .string("x"), .members([("in", .string("9"))])]))
            }
        }
    }
}

/// SplitMix64: a small seeded random source so every run makes the same payloads.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }
}
