/// The one home of Swift names: how spec strings become type, property and case names.
///
/// Each position has its own policy. Keywords are backticked where backticks make them
/// usable, and suffixed with `_` where they cannot (`self`, `Type`, `init`, …) or where
/// they would shadow members the generated code relies on (`rawValue`, `validate`).
public enum SwiftNaming {
    /// An upper-camel type name: `z-image` → `ZImage`, `seedream-v4-5` → `SeedreamV4_5`.
    public static func typeName(_ raw: String) -> String {
        let name = join(words(raw), firstLowercased: false, original: raw)
        // A name that does not start with an uppercase letter (`_1st`, `画像`) would be its
        // property's name too, so the type takes a `_`.
        let isCased = name.unicodeScalars.first?.properties.isUppercase ?? false
        return reservedTypeNames.contains(name) || !isCased ? name + "_" : name
    }

    /// The type a field declares inside its struct (an enum, an object, or the items of an
    /// array of them), nil when it declares none: `AspectRatio`, `StylesItem`. The checker and
    /// the translators both name nested types through this.
    public static func nestedTypeName(fieldName: String, schema: SchemaSpec) -> String? {
        switch schema.kind {
        case .string where schema.enumValues != nil, .object:
            return typeName(fieldName)
        case .array(let items):
            guard nestedTypeName(fieldName: fieldName, schema: items) != nil else { return nil }
            return typeName(words(fieldName).joined(separator: "_") + "_item")
        default:
            return nil
        }
    }

    /// A property name as an argument label in a call: keywords need no backticks there (the
    /// compiler warns about them; `var` and `let` included), except `inout`, which would start
    /// a parameter type.
    public static func argumentLabel(_ property: String) -> String {
        bare(property) == "inout" ? property : bare(property)
    }

    /// The static constant that holds a field's compiled pattern: `promptPattern`.
    public static func patternConstantName(fieldName: String) -> String {
        bare(propertyName(fieldName)) + "Pattern"
    }

    /// A lower-camel property or parameter name, backticked when it is a keyword.
    public static func propertyName(_ raw: String) -> String {
        escape(join(words(raw), firstLowercased: true, original: raw), unusable: reservedPropertyNames)
    }

    /// A lower-camel enum case name: `square_hd` → `squareHd`; ratios and sizes read as such
    /// (`16:9` → `ratio16x9`, `1024x768` → `size1024x768`, `2K` → `size2K`, see
    /// ``shapedCaseName(_:)``); other values that start with a digit take a `_` (`1st` → `_1st`).
    public static func caseName(_ raw: String) -> String {
        if let shaped = shapedCaseName(raw) { return shaped }
        return escape(join(words(raw), firstLowercased: true, original: raw), unusable: reservedCaseNames)
    }

    /// The units that make a number a size: resolutions (`1K`, `4K`, `1080p`), megapixels and pixels.
    public static let sizeUnits = ["MP", "px", "K", "k", "M", "p"]

    /// The case name of a value shaped like a ratio or a size, nil for any other value:
    /// - `W:H` with decimal numbers → `ratioWxH` (`16:9` → `ratio16x9`, `2.39:1` → `ratio2_39x1`);
    /// - `WxH` (or `W×H`) → `sizeWxH` (`1024x768` → `size1024x768`);
    /// - a number and a size unit (``sizeUnits``) → `size` and the value (`2K` → `size2K`,
    ///   `1080p` → `size1080p`); `1st` or `16x` are not sizes.
    /// Decimal points become `_`. The wire value is unchanged (it is the case's raw value).
    public static func shapedCaseName(_ raw: String) -> String? {
        func number(_ text: Substring) -> String? {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count),
                parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
            else { return nil }
            return parts.joined(separator: "_")
        }
        for (separator, prefix) in [(":", "ratio"), ("x", "size"), ("×", "size")] {
            let sides = raw.split(separator: Character(separator), omittingEmptySubsequences: false)
            if sides.count == 2, let width = number(sides[0]), let height = number(sides[1]) {
                return prefix + width + "x" + height
            }
        }
        for unit in sizeUnits where raw.hasSuffix(unit) {
            if let value = number(raw.dropLast(unit.count)) { return "size" + value + unit }
        }
        return nil
    }

    /// A name without its backticks, for comparisons.
    public static func bare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }
}

extension SwiftNaming {
    /// Splits on every character that cannot be part of an identifier; keeps inner case.
    package static func words(_ raw: String) -> [String] {
        // Slices of the name, not scalars appended one by one (the checker names every field).
        var words: [String] = []
        let scalars = raw.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if isIdentifierCharacter(scalars[index]) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(String(scalars[wordStart..<index]))
                start = nil
            }
            scalars.formIndex(after: &index)
        }
        if let wordStart = start { words.append(String(scalars[wordStart...])) }
        return words
    }

    /// Joins words in camel case; digits meeting digits get `_`; a leading digit gets `_`;
    /// a name with no usable characters becomes `_` and the hex of its scalars (`🙂` → `_1F642`).
    static func join(_ words: [String], firstLowercased: Bool, original: String = "") -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            var piece = word
            if index == 0 && firstLowercased {
                let isAcronym =
                    word.first?.isLetter == true && word.allSatisfy { $0.isUppercase || $0.isNumber }
                piece = isAcronym ? word.lowercased() : lowerFirst(word)
            } else {
                piece = upperFirst(word)
            }
            if let last = result.unicodeScalars.last, let first = piece.unicodeScalars.first,
                isDigit(last), isDigit(first)
            {
                result += "_"
            }
            result += piece
        }
        if result.isEmpty {
            return "_"
                + original.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(
                    separator: "_")
        }
        if let first = result.unicodeScalars.first, isDigit(first) { result = "_" + result }
        return result
    }

    /// Backticks keywords; suffixes names that backticks cannot save in this position.
    static func escape(_ name: String, unusable: Set<String>) -> String {
        if unusable.contains(name) { return name + "_" }
        if keywords.contains(name) { return "`\(name)`" }
        return name
    }

    /// The word with its first character lowercased.
    private static func lowerFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }

    /// The word with its first character uppercased.
    private static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Whether a scalar is an ASCII digit.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// ASCII letters, digits and `_`, plus letters in the Unicode ranges Swift accepts in
    /// identifiers (Latin-1 letters, Latin Extended, Greek through Tibetan, CJK, Hangul).
    static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x5F: return false
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x167F, 0x1E00...0x1FFF,
            0x3040...0xD7FF, 0xF900...0xFD3D:
            return scalar.properties.isAlphabetic
        default: return false
        }
    }
}
