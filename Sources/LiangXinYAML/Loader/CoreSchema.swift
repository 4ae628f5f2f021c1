/// Resolves plain scalars by the YAML 1.2 core schema (null, booleans, integers, floats).
enum CoreSchema {
    /// The typed value of a scalar: tags win, quoted and block scalars are strings.
    static func resolve(_ scalar: YAMLScalar) -> ResolvedScalar {
        switch scalar.tag {
        case .str: return .string(scalar.text)
        case .null, .bool, .int, .float:
            return resolvePlain(scalar.text)
        case .map, .seq, nil:
            break
        }
        guard scalar.style == .plain else { return .string(scalar.text) }
        return resolvePlain(scalar.text)
    }

    /// Whether a plain text resolves to the type a tag names (`!!int abc` does not).
    static func text(_ text: String, fits tag: CoreTag) -> Bool {
        let value = resolvePlain(text)
        switch (tag, value) {
        case (.null, .null), (.bool, .bool), (.int, .integer), (.int, .oversizedInteger),
            (.float, .float), (.float, .integer):
            return true
        case (.str, _):
            return true
        default:
            return false
        }
    }

    /// The core-schema value of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> ResolvedScalar {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        if let integer = integer(text) { return integer }
        if isDecimalFloat(text), let value = Double(text) { return .float(value) }
        return .string(text)
    }

    /// Decimal `[-+]?[0-9]+`, octal `0o[0-7]+` and hexadecimal `0x[0-9a-fA-F]+` integers.
    private static func integer(_ text: String) -> ResolvedScalar? {
        let utf8 = Array(text.utf8)
        if utf8.count > 2, utf8[0] == UInt8(ascii: "0") {
            let radix: Int? =
                utf8[1] == UInt8(ascii: "o") ? 8 : utf8[1] == UInt8(ascii: "x") ? 16 : nil
            if let radix {
                let digits = String(decoding: utf8[2...], as: UTF8.self)
                guard digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil })
                else { return nil }
                return Int(digits, radix: radix).map { .integer($0) } ?? .oversizedInteger(text)
            }
        }
        var digits = utf8[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let normalized = text.hasPrefix("+") ? String(text.dropFirst()) : text
        return Int(normalized).map { .integer($0) } ?? .oversizedInteger(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isDecimalFloat(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        /// Whether a byte is an ASCII digit.
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        let integerDigits = bytes.prefix(while: isDigit)
        bytes = bytes.dropFirst(integerDigits.count)
        var fractionDigits = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fractionDigits)
        }
        guard integerDigits.count + fractionDigits > 0 else { return false }
        if let first = bytes.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix(while: isDigit).count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }
}
