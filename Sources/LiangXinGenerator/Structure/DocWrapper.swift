/// Wraps a line of a `///` comment that is wider than the page at spaces, so that no generated
/// line is longer than ``LineBreaker/width``.
///
/// A list item's continuation lines are indented two spaces (so DocC keeps them in the item),
/// a code span (`` `…` ``) is never cut, and a word wider than the page (a long URL) stays whole
/// on a line of its own.
enum DocWrapper {
    /// The comment lines (text without `///`) that `text` becomes at `indent` columns.
    static func lines(_ text: String, indent: Int) -> [String] {
        let prefix = 4  // "/// "
        guard indent + prefix + text.unicodeScalars.count > LineBreaker.width else { return [text] }
        let room = max(LineBreaker.width - indent - prefix, 20)
        let continuation = text.hasPrefix("- ") ? "  " : ""
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in words(text) {
            let wordWidth = word.unicodeScalars.count
            if currentWidth > 0, currentWidth + 1 + wordWidth > room {
                lines.append(current)
                current = continuation + word
                currentWidth = continuation.count + wordWidth
            } else if currentWidth == 0 {
                current = word
                currentWidth = wordWidth
            } else {
                current += " " + word
                currentWidth += 1 + wordWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The words of a comment line, a code span with spaces counting as one word.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inCode = false
        for character in text {
            if character == "`" { inCode.toggle() }
            if character == " " && !inCode {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
