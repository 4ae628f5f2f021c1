/// A libyaml parser event, copied out of C memory into Swift values.
struct YAMLEvent {
    /// What happened, with the data the composer needs.
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(text: String, style: YAMLScalar.Style, tag: String?, anchor: String?)
        case sequenceStart(tag: String?, anchor: String?)
        case sequenceEnd
        case mappingStart(tag: String?, anchor: String?)
        case mappingEnd
    }

    /// The event.
    let kind: Kind
    /// The 1-based line where it starts.
    let line: Int
    /// The 1-based column where it starts.
    let column: Int
}

/// A failure reported by libyaml itself: a syntax error, a reader error, or running out of memory.
struct YAMLParseFailure: Error {
    /// Where libyaml puts the problem: a 1-based mark, or a byte offset for reader errors.
    enum Position {
        case mark(line: Int, column: Int)
        case byteOffset(Int)
    }

    /// Where the problem is.
    let position: Position
    /// libyaml's words for it, completed with its context.
    let message: String
}
