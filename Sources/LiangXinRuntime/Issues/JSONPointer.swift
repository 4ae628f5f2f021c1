/// An RFC 6901 JSON pointer such as `/input/reference_images/2`, built one step at a time.
///
/// The last step is kept apart and joined only when the text is needed: validation builds a
/// pointer for every field it reads, but spells one out only for the fields with an issue.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// One step below the prefix.
    @usableFromInline
    enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The pointer's text up to the last step.
    @usableFromInline
    let prefix: String
    /// The last step, not yet joined.
    @usableFromInline
    let last: Step?

    /// Creates a pointer from its text.
    public init(_ text: String = "") {
        self.prefix = text
        self.last = nil
    }

    /// A pointer with a pending last step.
    @inlinable
    init(prefix: String, last: Step) {
        self.prefix = prefix
        self.last = last
    }

    /// The whole document.
    public static let root = JSONPointer()
    /// A createTask body's `input` object.
    public static let input = JSONPointer("/input")

    /// The pointer's text; the empty string is the whole document.
    public var text: String {
        switch last {
        case nil: return prefix
        case .key(let key)?: return prefix + "/" + Self.escape(key)
        case .index(let index)?: return prefix + "/" + String(index)
        }
    }

    /// The pointer to a member (`~` and `/` are escaped as `~0` and `~1` when spelled out).
    @inlinable
    public func appending(_ key: String) -> JSONPointer {
        JSONPointer(prefix: last == nil ? prefix : text, last: .key(key))
    }

    /// The pointer to an array item.
    @inlinable
    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(prefix: last == nil ? prefix : text, last: .index(index))
    }

    /// The same pointer with its pending step joined: appending to it joins nothing, so a
    /// loop over an array's items joins the array's pointer once, not once an item.
    @inlinable
    public var joined: JSONPointer { last == nil ? self : JSONPointer(text) }

    /// The pointer's text.
    public var description: String { text }

    /// Pointers are equal when their texts are.
    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.text == rhs.text }

    /// Hashes the text.
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// `~` → `~0`, `/` → `~1`, in that order (RFC 6901).
    static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return key
        }
        var result = ""
        for character in key {
            switch character {
            case "~": result += "~0"
            case "/": result += "~1"
            default: result.append(character)
            }
        }
        return result
    }
}
