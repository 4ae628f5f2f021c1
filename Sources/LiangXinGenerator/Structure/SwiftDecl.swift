import LiangXinSpec

/// The small structured Swift representation the translator produces and the renderer prints.
///
/// It is deliberately coarse, lines and nested blocks with doc comments, because generated
/// code here is declarations and straight-line checks; indentation and blank lines are the
/// renderer's job, never the translator's.
public indirect enum SwiftDecl: Sendable, Equatable {
    /// One line of code, printed at the current indentation.
    case line(String)
    /// A `///` doc comment; each element is one line of text (may be empty).
    case doc([String])
    /// A `// MARK: - title` section marker.
    case mark(String)
    /// Declarations printed one indentation level deeper.
    case indented([SwiftDecl])
    /// An empty line between declarations.
    case blank

    /// `header {`, the body one level deeper, then `}`.
    public static func block(_ header: String, _ body: [SwiftDecl]) -> [SwiftDecl] {
        [.line(header + " {"), .indented(body), .line("}")]
    }

    /// A function or initializer with one parameter a line: `head(`, the parameters one level
    /// deeper, then `) effects {`, the body and `}`. Signatures of generated members are wider
    /// than the page; written this way they need no breaking, and a new parameter is a new line.
    public static func parameterBlock(
        _ head: String, parameters: [String], effects: String = "", _ body: [SwiftDecl]
    ) -> [SwiftDecl] {
        let close = ")" + (effects.isEmpty ? "" : " " + effects)
        let opened: [SwiftDecl] = [.line(head + "("), listed(parameters)]
        guard !body.isEmpty else { return opened + [.line(close + " {}")] }
        return opened + [.line(close + " {"), .indented(body), .line("}")]
    }

    /// A call with one argument a line: `head(`, the arguments one level deeper, then `)`.
    public static func callBlock(_ head: String, arguments: [String]) -> [SwiftDecl] {
        [.line(head + "("), listed(arguments), .line(")")]
    }

    /// Items one a line, one level deeper, separated by commas; `trailingComma` for array
    /// literals (a new last element then adds a line and changes none).
    public static func listed(_ items: [String], trailingComma: Bool = false) -> SwiftDecl {
        .indented(
            items.enumerated().map { index, item in
                .line(item + (trailingComma || index < items.count - 1 ? "," : ""))
            })
    }

    /// `switch subject {`, the cases at the switch's own indentation (Swift's style), then `}`.
    public static func switchBlock(_ subject: String, _ cases: [SwiftDecl]) -> [SwiftDecl] {
        [.line("switch \(subject) {")] + cases + [.line("}")]
    }

    /// `public var name: Swift.Bool`: true for the listed cases of `self` (e.g. `.success`),
    /// false for every other.
    public static func caseFlag(_ name: String, doc: String, trueFor cases: [String]) -> [SwiftDecl] {
        let trueCases: [SwiftDecl] = cases.isEmpty ? [] : [.line("case \(cases.joined(separator: ", ")): return true")]
        return documented(
            [doc],
            block(
                "public var \(name): Swift.Bool",
                switchBlock("self", trueCases + [.line("default: return false")])))
    }

    /// A declaration preceded by its doc comment (no comment when `doc` is empty).
    public static func documented(_ doc: [String], _ decls: [SwiftDecl]) -> [SwiftDecl] {
        (doc.isEmpty ? [] : [.doc(doc)]) + decls
    }
}

/// One generated file: its path under the output folder and its declarations.
public struct SwiftFile: Sendable, Equatable {
    /// The path relative to the output folder, e.g. `LiangXin/Models/ZImage.swift`.
    public var path: String
    /// The spec it comes from, named in the header, e.g. `specs/models/z-image.yaml`.
    public var source: String
    /// The `import` lines.
    public var imports: [String]
    /// The top-level declarations.
    public var decls: [SwiftDecl]
}

/// A rendered file: a path and its exact bytes.
public struct GeneratedFile: Sendable, Equatable {
    /// The path relative to the output folder.
    public var path: String
    /// The file's contents.
    public var contents: String

    /// Creates a rendered file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
