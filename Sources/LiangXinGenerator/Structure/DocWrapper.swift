/// Wraps a line of a `///` comment that is wider than the page at spaces, so that no generated
/// line is longer than ``LineBreaker/width``.
///
/// A list item's continuation lines are indented two spaces (so DocC keeps them in the item),
/// a code span (`` `…` ``) is never cut, and a word wider than the page (a long URL) stays whole
/// on a line of its own. It works on UTF-8 bytes (the space and the backtick are ASCII) and
/// counts columns as scalars.
enum DocWrapper {
    /// The comment lines (text without `///`) that `text` becomes at `indent` columns.
    static func lines(_ text: String, indent: Int) -> [String] {
        let prefix = 4  // "/// "
        if indent + prefix + text.utf8.count <= LineBreaker.width { return [text] }
        let bytes = Array(text.utf8)
        guard indent + prefix + LineBreaker.columns(bytes) > LineBreaker.width else { return [text] }
        let room = max(LineBreaker.width - indent - prefix, 20)
        let continuation: [UInt8] = text.hasPrefix("- ") ? [UInt8(ascii: " "), UInt8(ascii: " ")] : []
        var lines: [String] = []
        var current: [UInt8] = []
        var currentWidth = 0
        for word in words(bytes) {
            let wordWidth = LineBreaker.columns(word)
            if currentWidth > 0, currentWidth + 1 + wordWidth > room {
                lines.append(String(decoding: current, as: UTF8.self))
                current = continuation + word
                currentWidth = continuation.count + wordWidth
            } else if currentWidth == 0 {
                current += word
                currentWidth = wordWidth
            } else {
                current.append(UInt8(ascii: " "))
                current += word
                currentWidth += 1 + wordWidth
            }
        }
        if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
        return lines
    }

    /// The words of a comment line, a code span with spaces counting as one word.
    private static func words(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        var inCode = false
        for index in text.indices {
            switch text[index] {
            case UInt8(ascii: "`"):
                inCode.toggle()
            case UInt8(ascii: " ") where !inCode:
                if index > start { words.append(text[start..<index]) }
                start = index + 1
            default:
                break
            }
        }
        if start < text.count { words.append(text[start...]) }
        return words
    }
}
