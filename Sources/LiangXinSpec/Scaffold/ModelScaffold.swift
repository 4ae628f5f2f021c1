/// New model specs for `liangxin-gen new`: a commented skeleton that lints clean, or a copy
/// of an existing model with its id and title replaced.
public enum ModelScaffold {
    /// Why no spec could be made.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        /// The message, e.g. `'Z' is not a model id: use lowercase letters, digits, '-' and '.'`.
        public var description: String

        /// A failure with its message.
        public init(description: String) { self.description = description }
    }

    /// Whether `id` is a model id, and so a safe file name: lowercase letters, digits, `-` and
    /// `.`, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
        }
    }

    /// A title from an id: `seedream-v6` → `Seedream V6`.
    public static func title(for id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The skeleton of a new model: every required key, one `prompt` field, comments saying
    /// what to fill in.
    public static func skeleton(id: String) throws(Failure) -> String {
        try check(id)
        let title = title(for: id)
        return """
            # A LiangXin Market model. The spec language is documented in specs/README.md.
            id: \(id)                 # equal to the file name
            title: \(title)           # a short human title
            family: \(title)          # the group the DocC catalog lists it under
            summary: What the model does, in one or two sentences.
            sources:                  # the public pages the fields come from
              - label: LiangXin model page
                url: https://docs.liangxin.ai/
            evidence:
              level: low              # high | medium | medium-low | low
              note: What was thin and what was assumed.
            input:                    # the fields of `input`, in wire order
              prompt:
                type: string
                required: true
                minLength: 1
                description: What the image should show.

            """
    }

    /// A copy of the model spec `text` (whose id is `source`) with the id `id` and a title
    /// made from it.
    public static func copy(of text: String, from source: String, as id: String) throws(Failure) -> String {
        try check(id)
        var replacedID = false
        var replacedTitle = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if !replacedID, line == "id: \(source)" {
                replacedID = true
                return "id: \(id)"
            }
            if !replacedTitle, line.hasPrefix("title: ") {
                replacedTitle = true
                return "title: \(title(for: id))"
            }
            return String(line)
        }
        guard replacedID else { throw Failure(description: "the spec of '\(source)' has no line 'id: \(source)'") }
        return lines.joined(separator: "\n")
    }

    /// Refuses an id that cannot be a model id.
    private static func check(_ id: String) throws(Failure) {
        guard isValidID(id) else {
            throw Failure(
                description:
                    "'\(id)' is not a model id: use lowercase letters, digits, '-' and '.', starting with a letter or digit"
            )
        }
    }
}
