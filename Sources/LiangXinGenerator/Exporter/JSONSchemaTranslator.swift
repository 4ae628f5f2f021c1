import LiangXinSpec

/// Turns spec schemas into JSON Schema (draft 2020-12), expressing every constraint JSON
/// Schema can: aliases as extra enum values, `together` as `dependentRequired`, combined item
/// limits as an `anyOf` over the ways to share the limit, and the rest in descriptions.
enum JSONSchemaTranslator {
    /// The draft every exported schema declares.
    static let draft = "https://json-schema.org/draft/2020-12/schema"

    /// The schema of a model's `input` object.
    static func input(_ model: ModelSpec) -> JSONDocument {
        var members = object(model.input, description: model.summary)
        members.insert(("title", .string("\(model.title) input")), at: 0)
        var notes: [String] = []
        for rule in model.rules {
            switch rule.kind {
            case .together:
                let names = rule.fields.map(\.value)
                let dependencies = names.map { name in
                    (name, JSONDocument.array(names.filter { $0 != name }.map { .string($0) }))
                }
                append(("dependentRequired", .object(dependencies)), mergingInto: &members)
            case .maxTotalItems(let limit):
                if let alternatives = totalItemAlternatives(rule, limit: limit, fields: model.input) {
                    append(
                        ("allOf", .array([.object([("anyOf", .array(alternatives))])])), mergingInto: &members)
                } else {
                    notes.append(ruleNote(rule))
                }
            case .precedence:
                notes.append(ruleNote(rule))
            }
        }
        if !notes.isEmpty { members.append(("x-liangxin-rules", .array(notes.map { .string($0) }))) }
        return .object(members)
    }

    /// The members of an object schema with its fields.
    static func object(_ fields: [FieldSpec], description: String?) -> [(String, JSONDocument)] {
        var members: [(String, JSONDocument)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        members.append(("properties", .object(fields.map { ($0.name, schema($0.schema)) })))
        let required = fields.filter(\.required).map { JSONDocument.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    /// One value's schema.
    static func schema(_ schema: SchemaSpec) -> JSONDocument {
        var members: [(String, JSONDocument)] = []
        let typeName: String
        switch schema.kind {
        case .string, .integer, .number, .boolean:
            typeName = schema.kind.name
        case .array: typeName = "array"
        case .object(let fields):
            var nested = object(fields, description: schema.description)
            if schema.nullable { nested[0] = ("type", .array([.string("object"), .string("null")])) }
            return .object(nested)
        }
        members.append(
            ("type", schema.nullable ? .array([.string(typeName), .string("null")]) : .string(typeName)))
        if let description = schema.description {
            members.append(("description", .string(description)))
        }
        if let values = schema.enumValues {
            var spellings = values.flatMap { [$0.value] + $0.aliases.map(\.value) }.map {
                JSONDocument.string($0)
            }
            if schema.nullable { spellings.append(.null) }
            members.append(("enum", .array(spellings)))
        }
        if let value = schema.minLength?.value { members.append(("minLength", .integer(value))) }
        if let value = schema.maxLength?.value { members.append(("maxLength", .integer(value))) }
        if let value = schema.minimum?.value {
            members.append(("minimum", JSONDocument(value)))
        } else if case .integer = schema.kind {
            // Integers are 64-bit (Swift's `Int`): the export says so, so that other
            // validators refuse what the SDK cannot hold.
            members.append(("minimum", .integer(Int.min)))
        }
        if let value = schema.maximum?.value {
            members.append(("maximum", JSONDocument(value)))
        } else if case .integer = schema.kind {
            members.append(("maximum", .integer(Int.max)))
        }
        members += formatMembers(schema)
        if case .array(let items) = schema.kind {
            members.append(("items", self.schema(items)))
            if let value = schema.minItems?.value { members.append(("minItems", .integer(value))) }
            if let value = schema.maxItems?.value { members.append(("maxItems", .integer(value))) }
        }
        if let value = schema.defaultValue?.value { members.append(("default", JSONDocument(value))) }
        return .object(members)
    }

    /// `format` and `pattern`: named formats become a standard format or a pattern.
    private static func formatMembers(_ schema: SchemaSpec) -> [(String, JSONDocument)] {
        var patterns: [String] = []
        var members: [(String, JSONDocument)] = []
        switch schema.format?.value {
        case .uri?: members.append(("format", .string("uri")))
        case .httpsURL?:
            members.append(("format", .string("uri")))
            patterns.append("^[hH][tT][tT][pP][sS]://[^/?#\\s]+")
        case .imageRef?:
            patterns.append(imageRefPattern)
        default: break
        }
        // A spec's pattern matches the whole value; JSON Schema's matches anywhere in it.
        if let pattern = schema.pattern?.value { patterns.append("^(?:" + pattern + ")$") }
        if patterns.count == 1 { members.append(("pattern", .string(patterns[0]))) }
        if patterns.count > 1 {
            members.append(("allOf", .array(patterns.map { .object([("pattern", .string($0))]) })))
        }
        return members
    }

    /// `image-ref` as an ECMA-262 pattern: an http(s) URL with a host whose path ends in an
    /// image extension (any case), or a base64 data URI of an image type.
    static let imageRefPattern =
        "^(?:[hH][tT][tT][pP][sS]?://[^/?#\\s]+(?:/[^?#\\s]*)?\\.(?:[pP][nN][gG]|[jJ][pP][eE]?[gG]|[wW][eE][bB][pP])(?:[?#]\\S*)?"
        + "|[dD][aA][tT][aA]:[iI][mM][aA][gG][eE]/(?:[pP][nN][gG]|[jJ][pP][eE]?[gG]|[wW][eE][bB][pP]);[bB][aA][sS][eE]64,.+)$"

    /// A combined item limit as an `anyOf` over the ways to share it: which single-valued
    /// fields are present (`false` forbids the others) and how many items each array may hold.
    /// Nil when the alternatives would be too many to read.
    static func totalItemAlternatives(_ rule: CrossFieldRule, limit: Int, fields: [FieldSpec])
        -> [JSONDocument]?
    {
        let members = rule.fields.compactMap { name in fields.first { $0.name == name.value } }
        let arrays = members.filter { $0.schema.items != nil }.map(\.name)
        let singles = members.filter { $0.schema.items == nil }.map(\.name)
        guard singles.count <= 6, arrays.count <= 3, arrays.count >= 1 || !singles.isEmpty, limit <= 16
        else { return nil }
        var alternatives: [JSONDocument] = []
        for mask in 0..<(1 << singles.count) {
            let present = singles.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            let budget = limit - present.count
            guard budget >= 0 else { continue }
            let absent = singles.filter { !present.contains($0) }
            for shares in compositions(of: budget, into: arrays.count) {
                var properties = absent.map { ($0, JSONDocument.bool(false)) }
                properties += zip(arrays, shares).map {
                    ($0, JSONDocument.object([("maxItems", .integer($1))]))
                }
                alternatives.append(.object([("properties", .object(properties))]))
            }
        }
        return alternatives.count <= 256 ? alternatives : nil
    }

    /// Every way to write `total` as an ordered sum of `parts` non-negative integers.
    static func compositions(of total: Int, into parts: Int) -> [[Int]] {
        guard parts > 0 else { return total == 0 ? [[]] : [] }
        guard parts > 1 else { return [[total]] }
        return (0...total).flatMap { first in
            compositions(of: total - first, into: parts - 1).map { [first] + $0 }
        }
    }

    /// A rule JSON Schema does not express, in words.
    static func ruleNote(_ rule: CrossFieldRule) -> String {
        let names = rule.fields.map(\.value).joined(separator: ", ")
        let detail = rule.description.map { " " + $0 } ?? ""
        switch rule.kind {
        case .precedence:
            return "precedence over \(names): when several are given, the first wins.\(detail)"
        case .maxTotalItems(let limit): return "maxTotalItems \(limit) over \(names).\(detail)"
        case .together: return "together: \(names).\(detail)"
        }
    }

    /// Adds a member, merging with an existing one of the same key (objects and arrays).
    private static func append(
        _ member: (String, JSONDocument), mergingInto members: inout [(String, JSONDocument)]
    ) {
        guard let index = members.firstIndex(where: { $0.0 == member.0 }) else {
            members.append(member)
            return
        }
        switch (members[index].1, member.1) {
        case (.object(let old), .object(let new)): members[index].1 = .object(old + new)
        case (.array(let old), .array(let new)): members[index].1 = .array(old + new)
        default: members[index].1 = member.1
        }
    }
}
