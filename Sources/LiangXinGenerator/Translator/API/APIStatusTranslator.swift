import LiangXinSpec

/// Translates api.yaml's `errors` into `APIStatus`: each documented HTTP status (and envelope
/// code) with its name, meaning and whether a request that got it may be sent again.
struct APIStatusTranslator {
    /// The documented statuses, sorted.
    let errors: [HTTPErrorSpec]
    /// Where they come from, e.g. `specs/api.yaml`.
    let source: String

    /// The enum declaration.
    func declaration() -> [SwiftDecl] {
        var body: [SwiftDecl] = []
        for error in errors {
            body += SwiftDecl.documented(
                SwiftLiteral.docLines(error.meaning) + (error.retryable ? ["", "Retryable."] : []),
                [.line("case \(SwiftNaming.caseName(error.name)) = \(error.status)")])
        }
        body.append(.blank)
        body += SwiftDecl.documented(
            ["What the status means, as the API documents it."],
            SwiftDecl.block(
                "public var meaning: Swift.String",
                SwiftDecl.switchBlock(
                    "self",
                    errors.map {
                        .line("case .\(SwiftNaming.caseName($0.name)): return \(SwiftLiteral.string($0.meaning))")
                    })))
        body.append(.blank)
        let retryable = errors.filter(\.retryable).map { ".\(SwiftNaming.caseName($0.name))" }
        body += SwiftDecl.caseFlag(
            "isRetryable", doc: "Whether a request that got this status may be sent again after a pause.",
            trueFor: retryable)
        return SwiftDecl.documented(
            [
                "The error statuses the API documents, as HTTP statuses and as envelope `code`s.", "",
                "- Remark: Generated from \(source), errors.",
            ],
            SwiftDecl.block("public enum APIStatus: Swift.Int, Swift.Sendable, Swift.CaseIterable", body))
    }
}
