/// An RFC 6901 JSON pointer such as `/input/reference_images/2`, built one step at a time.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// The pointer's text; the empty string is the whole document.
    public let text: String

    /// Creates a pointer from its text.
    public init(_ text: String = "") { self.text = text }

    /// The whole document.
    public static let root = JSONPointer()
    /// A createTask body's `input` object.
    public static let input = JSONPointer("/input")

    /// The pointer to a member, with `~` and `/` escaped as `~0` and `~1`.
    public func appending(_ key: String) -> JSONPointer {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return JSONPointer(text + "/" + key)
        }
        let escaped = key.replacingTildeAndSlash()
        return JSONPointer(text + "/" + escaped)
    }

    /// The pointer to an array item.
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(text + "/" + String(index))
    }

    /// The pointer's text.
    public var description: String { text }
}

extension String {
    /// `~` → `~0`, `/` → `~1`, in that order (RFC 6901).
    fileprivate func replacingTildeAndSlash() -> String {
        var result = ""
        for character in self {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }
}
