import LiangXinSpec
import LiangXinYAML

/// `LiangXinBuiltInSpecs/LiangXinBuiltInSpecs.swift`: the spec files themselves, as string
/// literals, so that `liangxin-gen validate` and `liangxin-sandbox` work outside a checkout.
/// Lines stay within the page width: a long one is continued with `\` on the next.
struct BuiltInSpecsTranslator {
    /// The spec files, as read.
    let files: SpecFiles
    /// The spec folder as headers name it, e.g. `specs`.
    let specsFolder: String

    /// The module folder's name.
    static let moduleFolder = "LiangXinBuiltInSpecs"

    /// The longest run of a spec line on one line of the literal, in scalars.
    static let chunk = 90

    /// The file.
    func file() -> SwiftFile {
        let sources = ([files.api].compactMap { $0 } + files.models).map { file in
            (path: Self.relativePath(file.path), text: String(decoding: file.bytes, as: UTF8.self), bytes: file.bytes)
        }.sorted { $0.path < $1.path }
        var entries: [SwiftDecl] = []
        for source in sources {
            entries.append(.line("("))
            entries.append(
                .indented(
                    [.line(SwiftLiteral.string(source.path) + ","), .line("\"\"\"")]
                        + Self.literalLines(source.text).map { SwiftDecl.line($0) } + [.line("\"\"\"")]))
            entries.append(.line("),"))
        }
        let fingerprint = Self.fingerprint(sources.map { ($0.path, $0.bytes) })
        let body: [SwiftDecl] =
            SwiftDecl.documented(
                ["The spec set's fingerprint: FNV-1a (64 bits) of every file's path and bytes, in path order."],
                [.line("public static let fingerprint = \(SwiftLiteral.string(fingerprint))")]) + [.blank]
            + SwiftDecl.documented(
                ["Each file: its path in the spec folder and its text."],
                [
                    .line("public static let files: [(path: Swift.String, text: Swift.String)] = ["),
                    .indented(entries),
                    .line("]"),
                ])
        let decls = SwiftDecl.documented(
            [
                "The spec files `Generated/` was made from, built into `liangxin-gen` and `liangxin-sandbox`, which",
                "use them when no `specs/` folder is found at or above the current directory.",
                "",
                "- Remark: Generated from \(specsFolder)/.",
            ],
            SwiftDecl.block("public enum LiangXinBuiltInSpecs", body))
        return SwiftFile(
            path: "\(Self.moduleFolder)/LiangXinBuiltInSpecs.swift", source: "\(specsFolder)/", imports: [],
            decls: decls)
    }

    /// `models/z-image.yaml` from `specs/models/z-image.yaml`.
    static func relativePath(_ path: String) -> String {
        let parts = path.split(separator: "/")
        if parts.count >= 2, parts[parts.count - 2] == "models" { return "models/" + parts[parts.count - 1] }
        return String(parts.last ?? "")
    }

    /// The lines of a multi-line string literal holding `text` exactly: backslashes and `"""`
    /// escaped, long lines continued with `\`, and an empty last line for a final newline.
    static func literalLines(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var scalars = Substring(line).unicodeScalars[...]
            while scalars.count > chunk {
                lines.append(escape(String(String.UnicodeScalarView(scalars.prefix(chunk)))) + "\\")
                scalars = scalars.dropFirst(chunk)
            }
            lines.append(escape(String(String.UnicodeScalarView(scalars))))
        }
        return lines
    }

    /// Escapes what a multi-line string literal would read otherwise.
    static func escape(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\"\"\"", with: "\\\"\"\"")
        // Control characters (but tab) cannot stand in a literal as they are.
        if escaped.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) {
            escaped = String(
                escaped.unicodeScalars.map { scalar -> String in
                    (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
                        ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
                }.joined())
        }
        // Trailing spaces would be kept, but are easy to lose in an editor: spell them.
        while escaped.hasSuffix(" ") { escaped = String(escaped.dropLast()) + "\\u{20}" }
        return escaped
    }

    /// FNV-1a (64 bits) over each path, a 0 byte, the bytes and a 0 byte, as 16 hex digits.
    static func fingerprint(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var hash = FNV1a()
        for file in files {
            hash.add(file.path.utf8)
            hash.add([0])
            hash.add(file.bytes)
            hash.add([0])
        }
        return hash.hex
    }
}
