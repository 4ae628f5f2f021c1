/// An RFC 6901 JSON pointer such as `/input/reference_images/2`, built one step at a time.
///
/// The last two steps are kept apart and joined only when the text is needed: validation
/// builds a pointer for every field and array item it reads, but spells one out only for the
/// values with an issue.
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// One step below the prefix.
    @usableFromInline
    enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The pointer's text up to its pending steps.
    @usableFromInline
    let prefix: String
    /// The step before the last, not yet joined (set only when `last` is).
    @usableFromInline
    let parent: Step?
    /// The last step, not yet joined.
    @usableFromInline
    let last: Step?

    /// Creates a pointer from its text.
    public init(_ text: String = "") {
        self.prefix = text
        self.parent = nil
        self.last = nil
    }

    /// A pointer with pending steps.
    @inlinable
    init(prefix: String, parent: Step?, last: Step) {
        self.prefix = prefix
        self.parent = parent
        self.last = last
    }

    /// The whole document.
    public static let root = JSONPointer()
    /// A createTask body's `input` object.
    public static let input = JSONPointer("/input")

    /// The pointer's text; the empty string is the whole document.
    public var text: String {
        var text = prefix
        if let parent { Self.append(parent, to: &text) }
        if let last { Self.append(last, to: &text) }
        return text
    }

    /// Adds `/step` to a pointer's text (`~` and `/` in a key escaped as `~0` and `~1`).
    private static func append(_ step: Step, to text: inout String) {
        switch step {
        case .key(let key): text += "/" + escape(key)
        case .index(let index): text += "/" + String(index)
        }
    }

    /// The pointer one step further, joining its oldest pending step when two are pending.
    @inlinable
    func appending(_ step: Step) -> JSONPointer {
        guard let last else { return JSONPointer(prefix: prefix, parent: nil, last: step) }
        guard parent != nil else { return JSONPointer(prefix: prefix, parent: last, last: step) }
        return JSONPointer(prefix: joinedUpToLast, parent: last, last: step)
    }

    /// The text of the prefix and the parent step, the last step left out.
    @usableFromInline
    var joinedUpToLast: String {
        var text = prefix
        if let parent { Self.append(parent, to: &text) }
        return text
    }

    /// The pointer to a member (`~` and `/` are escaped as `~0` and `~1` when spelled out).
    @inlinable
    public func appending(_ key: String) -> JSONPointer { appending(.key(key)) }

    /// The pointer to an array item.
    @inlinable
    public func appending(_ index: Int) -> JSONPointer { appending(.index(index)) }

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
