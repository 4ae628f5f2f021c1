extension SwiftNaming {
    /// Swift's reserved words: usable as names only inside backticks.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension",
        "fileprivate", "func", "import", "init", "inout", "internal", "let", "nonisolated", "open",
        "operator", "package", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil",
        "self", "Self", "super", "throws", "true", "try", "_", "Type", "Protocol",
    ]

    /// Property names backticks cannot save, or that would shadow generated members.
    static let reservedPropertyNames: Set<String> = [
        "self", "Self", "Type", "Protocol", "init", "deinit", "subscript", "super", "_",
        "validate", "validated", "hashValue", "hash", "encode", "codingKeys", "jsonValue", "description",
    ]

    /// Enum case names backticks cannot save, or that clash with enum members.
    static let reservedCaseNames: Set<String> = [
        "self", "Self", "Type", "Protocol", "init", "deinit", "subscript", "super", "_",
        "rawValue", "allCases", "none", "some", "hashValue", "hash", "encode", "wireValue",
        "unknown", "jsonValue",
    ]

    /// Type names that would clash with Swift or with the generated API: the modules generated
    /// code qualifies names through (``GeneratedCodeModules``; runtime names are written
    /// `LiangXinRuntime.X`, so no type can shadow them) and the generated members' own names.
    static let reservedTypeNames: Set<String> = GeneratedCodeModules.names.union([
        "Self", "Type", "Protocol", "Any", "_", "CodingKeys", "Input", "LiangXinModels", "Check", "Model",
    ])
}
