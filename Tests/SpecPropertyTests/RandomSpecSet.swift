import LiangXinCorpus
import LiangXinRuntime

/// A seeded generator of model specs meant to break the generator: field, enum and model names
/// drawn from Swift keywords, standard and Foundation type names, every public runtime name,
/// the generated types' own members and awkward strings; every field type, nesting, enums with
/// aliases, every constraint and every rule kind. The same seed gives the same YAML.
struct RandomSpecSet {
    /// The seed, printed with any failure so that it can be replayed.
    let seed: UInt64
    /// The names public in `LiangXinRuntime`, read from its sources.
    let runtimeNames: [String]
    private var random: SeededRandom

    /// A generator for one seed.
    init(seed: UInt64, runtimeNames: [String]) {
        self.seed = seed
        self.runtimeNames = runtimeNames
        random = SeededRandom(seed: seed)
    }

    // MARK: - Name pools

    /// Swift keywords, contextual ones included.
    static let keywords = [
        "default", "class", "self", "Self", "Type", "init", "protocol", "where", "enum", "struct", "func", "return",
        "nil", "true", "false", "in", "is", "as", "let", "var", "if", "switch", "case", "for", "while", "repeat",
        "import", "public", "private", "static", "extension", "subscript", "throws", "rethrows", "inout",
        "operator", "associatedtype", "typealias", "deinit", "super", "Any", "some", "any", "await", "async", "try",
        "catch", "do", "else", "guard", "defer", "break", "continue", "fallthrough", "internal", "open",
        "fileprivate", "Protocol", "_",
    ]
    /// Standard library and Foundation names, and the modules generated code names.
    static let standardNames = [
        "String", "Int", "Double", "Bool", "Array", "Dictionary", "Optional", "Set", "Error", "Result", "Codable",
        "Hashable", "Equatable", "Sendable", "Duration", "Collection", "Sequence", "Never", "Void", "Character",
        "Substring", "UInt8", "Data", "URL", "Date", "UUID", "Decimal", "Locale", "Swift", "Foundation",
        "FoundationEssentials", "LiangXin", "LiangXinAPI", "LiangXinRuntime", "LiangXinModels", "CaseIterable",
        "RawRepresentable", "Encoder", "Decoder", "CodingKey",
    ]
    /// Members and locals of the generated types.
    static let memberNames = [
        "jsonValue", "validate", "info", "id", "Input", "Model", "json", "pointer", "issues", "reader", "writer",
        "aliases", "rawValue", "allCases", "hashValue", "description", "wireNames", "title", "summary",
        "deprecation", "model", "entries", "all", "bodyValidator", "_reader", "_issues", "_pointer", "_json",
        "_item0", "_at0", "value", "values",
    ]
    /// Names that are hard to turn into Swift: non-ASCII, punctuation, digits first,
    /// canonically equivalent spellings.
    static let awkwardNames = [
        "größe", "画像", "🙂", "a-b", "a_b", "1st", "with space", "dotted.name", "a/b~c", "__x", "x__", "ALLCAPS",
        "camelCase", "snake_case_name", "-lead", "trail-", "\u{E9}", "e\u{301}", "\u{212A}", "K", "\u{212B}",
        "\u{C5}", "line\nbreak", "tab\there", "quote\"d", "back\\slash", "*/", "\"\"\"",
    ]
    /// Enum values: keywords, ratios, canonically equivalent pairs and awkward strings.
    static let enumValues = [
        "a", "b", "default", "self", "none", "rawValue", "allCases", "1", "a b", "16:9", "9:16", "1K", "1\u{212A}",
        "\u{E9}", "e\u{301}", "init", "Type", "unknown", "x-y", "x_y", "square_hd", "png", "", " ", "nul\u{0}byte",
        "🙂", "Ω", "\u{2126}",
    ]
    /// Patterns the matcher supports, some of which the corpus's strings match.
    static let patterns = [
        "^[a-z]+\\d*$", "^abc", "c\\d+$", "^(a|b)*c?", "é+", "^[^\\s]+$", "\\w{2,5}", "(?:ab|cd)+", "^.{1,9}$",
        "[\\u0041-\\u005A]",
    ]

    // MARK: - Specs

    /// The file name of ``allNamesModel()``.
    static let allNamesFile = "all-runtime-names.yaml"

    /// `count` random model specs as `(file name, YAML)`, then ``allNamesModel()``.
    mutating func models(count: Int) -> [(String, String)] {
        let idPool = [
            "pattern", "wire-enum", "json-value", "swift", "foundation", "liang-xin-runtime", "date", "input",
        ]
        return (0..<count).map { index in
            let id = index < idPool.count ? idPool[index] : "prop-\(index)-\(pick(["m", "x", "string", "type"]))"
            return ("\(id).yaml", model(id: id))
        } + [(Self.allNamesFile, allNamesModel())]
    }

    /// A model whose fields are named after every public runtime type and every standard
    /// name, each an enum with an alias, beside a field of every constraint kind.
    func allNamesModel() -> String {
        var yaml = """
            id: all-runtime-names
            title: All runtime names
            summary: Every public runtime type and standard name as an enum field.
            sources:
              - label: Property test
                url: https://example.com/all-runtime-names
            evidence:
              level: low
            input:
              text: {type: string, required: true, minLength: 1, maxLength: 9, pattern: "^[a-z]+\\\\d*$", description: t}
              link: {type: string, format: uri, description: a URI}
              image: {type: string, format: image-ref, description: an image}
              count: {type: integer, minimum: -5, maximum: 5, default: 0, description: a count}
              ratio: {type: number, minimum: 0.5, maximum: 2.5, description: a ratio}
              flag: {type: boolean, default: true, description: a flag}
              list: {type: array, minItems: 1, maxItems: 3, items: {type: string, pattern: "^a"}, description: l}
              box: {type: object, fields: {inner: {type: string, enum: [a, b]}}, description: an object}

            """
        for name in Set(runtimeNames + Self.standardNames).sorted() {
            yaml +=
                "  \(quoted(name)): {type: string, enum: [{value: a, aliases: [A]}, b], description: named \(name)}\n"
        }
        yaml += "rules:\n  - {rule: together, fields: [link, image]}\n"
        yaml += "  - {rule: maxTotalItems, limit: 3, fields: [list, text]}\n"
        return yaml
    }

    /// One model spec.
    mutating func model(id: String) -> String {
        var yaml = """
            id: \(id)
            title: \(quoted("Model \(id)"))
            summary: A generated model for the property test.
            sources:
              - label: Property test
                url: https://example.com/\(id)
            evidence:
              level: low

            """
        if chance(10) { yaml += "deprecated: \(quoted("Use another \"model\" */ instead."))\n" }
        yaml += "input:\n"
        let names = fieldNames(count: 2 + below(7))
        var kinds: [String: String] = [:]
        var optional: [String] = []
        for (index, name) in names.enumerated() {
            let (text, kind) = field(name: name, indent: 2, depth: 0, isFirst: index == 0)
            yaml += text
            kinds[name] = kind
            if !text.contains("\n    required: true") { optional.append(name) }
        }
        // Rules over optional fields: a rule over required ones could contradict them.
        yaml += rules(names: optional, kinds: kinds)
        return yaml
    }

    /// Distinct field names from every pool.
    private mutating func fieldNames(count: Int) -> [String] {
        var names: [String] = []
        while names.count < count {
            let pool: [String]
            switch below(5) {
            case 0: pool = Self.keywords
            case 1: pool = Self.standardNames
            case 2: pool = runtimeNames
            case 3: pool = Self.memberNames
            default: pool = Self.awkwardNames
            }
            let name = pick(pool)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// One field at `indent` spaces; its kind is returned for the rules.
    private mutating func field(name: String, indent: Int, depth: Int, isFirst: Bool) -> (String, String) {
        let pad = String(repeating: " ", count: indent)
        var lines = ["\(pad)\(quoted(name)):"]
        let (schema, kind) = schema(indent: indent + 2, depth: depth)
        lines += schema
        lines.append("\(pad)  description: \(quoted("The field \(name), a \(kind) */."))")
        if chance(30) || (isFirst && depth == 0) { lines.append("\(pad)  required: true") }
        return (lines.joined(separator: "\n") + "\n", kind)
    }

    /// The keys of one schema (type first), and its type's name.
    private mutating func schema(indent: Int, depth: Int) -> ([String], String) {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        let kinds =
            depth < 2
            ? ["string", "enum", "integer", "number", "boolean", "array", "object"] : ["string", "enum", "integer"]
        let kind = pick(kinds)
        lines.append("\(pad)type: \(kind == "enum" ? "string" : kind)")
        if chance(10) { lines.append("\(pad)nullable: true") }
        switch kind {
        case "string":
            // A format's values are URLs and a pattern's need a few characters: the lengths leave
            // room for them, so that the spec can be satisfied.
            let format = chance(30) ? pick(["uri", "https-url", "image-ref"]) : nil
            let pattern = format == nil && chance(35) ? pick(Self.patterns) : nil
            var minimum = 0
            if chance(40) {
                minimum = below(4)
                lines.append("\(pad)minLength: \(minimum)")
            }
            let room = format != nil ? 60 : pattern != nil ? 9 : 0
            if chance(40) { lines.append("\(pad)maxLength: \(minimum + 1 + below(20) + room)") }
            if let format {
                lines.append("\(pad)format: \(format)")
            } else if let pattern {
                lines.append("\(pad)pattern: \(quoted(pattern))")
            } else if chance(30), minimum == 0 {
                lines.append("\(pad)default: \(quoted(""))")
            }
        case "enum":
            lines += enumLines(pad: pad)
        case "integer":
            let low = below(2000) - 1000
            if chance(60) { lines.append("\(pad)minimum: \(low)") }
            if chance(60) { lines.append("\(pad)maximum: \(low + below(5000))") }
            if chance(30), !lines.contains(where: { $0.hasSuffix("nullable: true") }) {
                lines.append("\(pad)default: \(low + 1)")
                if !lines.contains(where: { $0.contains("minimum") }) { lines.append("\(pad)minimum: \(low)") }
                if !lines.contains(where: { $0.contains("maximum") }) { lines.append("\(pad)maximum: \(low + 2)") }
            }
        case "number":
            let low = Double(below(200) - 100) / 4
            if chance(60) { lines.append("\(pad)minimum: \(low)") }
            if chance(60) { lines.append("\(pad)maximum: \(low + Double(below(400)) / 8)") }
        case "boolean":
            if chance(30) { lines.append("\(pad)default: \(chance(50))") }
        case "array":
            let minimum = chance(40) ? below(3) : 0
            if minimum > 0 { lines.append("\(pad)minItems: \(minimum)") }
            if chance(50) { lines.append("\(pad)maxItems: \(minimum + 1 + below(5))") }
            lines.append("\(pad)items:")
            let (items, _) = schema(indent: indent + 2, depth: depth + 1)
            lines += items
        default:  // object
            lines.append("\(pad)fields:")
            for (index, name) in fieldNames(count: 1 + below(4)).enumerated() {
                let (text, _) = field(name: name, indent: indent + 2, depth: depth + 1, isFirst: index == 0)
                lines.append(String(text.dropLast()))
            }
        }
        return (lines, kind)
    }

    /// `enum:` with two to five values, some with aliases, and sometimes a default.
    private mutating func enumLines(pad: String) -> [String] {
        var values: [String] = []
        while values.count < 2 + below(4) {
            let value = pick(Self.enumValues)
            if !values.contains(value) { values.append(value) }
        }
        var lines = ["\(pad)enum:"]
        for value in values {
            if chance(20) {
                let alias = value + pick(["-alias", ":1", " x", "\u{301}"])
                lines.append("\(pad)  - value: \(quoted(value))")
                lines.append("\(pad)    aliases: [\(quoted(alias))]")
                if chance(30) { lines.append("\(pad)    description: \(quoted("The value \(value)."))") }
            } else {
                lines.append("\(pad)  - \(quoted(value))")
            }
        }
        if chance(25) { lines.append("\(pad)default: \(quoted(pick(values)))") }
        return lines
    }

    /// Zero to three cross-field rules over top-level fields.
    private mutating func rules(names: [String], kinds: [String: String]) -> String {
        guard names.count >= 2, chance(50) else { return "" }
        var yaml = "rules:\n"
        let shuffled = names.shuffled(using: &random)
        yaml += "  - rule: together\n    fields: [\(quoted(shuffled[0])), \(quoted(shuffled[1]))]\n"
        let counted = names.filter { ["array", "string", "enum"].contains(kinds[$0] ?? "") }
        if counted.count >= 2, chance(60) {
            let members = Array(counted.shuffled(using: &random).prefix(2 + below(counted.count - 1)))
            yaml += "  - rule: maxTotalItems\n    limit: \(1 + below(5))\n"
            yaml += "    fields: [\(members.map(quoted).joined(separator: ", "))]\n"
        }
        if chance(40) {
            yaml += "  - rule: precedence\n    fields: [\(quoted(shuffled[1])), \(quoted(shuffled[0]))]\n"
        }
        return yaml
    }

    // MARK: - Randomness and quoting

    /// A YAML double-quoted scalar: JSON's quoting, whose escapes YAML shares.
    private func quoted(_ text: String) -> String { JSONString.quote(text) }

    /// A number in `0..<bound`.
    private mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }

    /// True `percent` times in a hundred.
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One element of a non-empty array.
    private mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}
