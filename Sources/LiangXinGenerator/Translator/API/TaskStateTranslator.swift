import LiangXinSpec

/// Translates api.yaml's `states` into `TaskState`: an open enum, so a state the service adds
/// later decodes to `.unknown("…")` and never makes a poll fail.
struct TaskStateTranslator {
    /// The states in lifecycle order.
    let states: [TaskStateSpec]
    /// Where they come from, e.g. `specs/api.yaml`.
    let source: String

    /// The enum declaration.
    func declaration() -> [SwiftDecl] {
        var body: [SwiftDecl] = []
        for state in states {
            body += SwiftDecl.documented(
                SwiftLiteral.docLines(state.description) + (state.terminal ? ["", "Terminal."] : []),
                [.line("case \(SwiftNaming.caseName(state.name))")])
        }
        body += SwiftDecl.documented(
            ["A state this SDK does not know yet, with its wire value; never terminal."],
            [.line("case unknown(Swift.String)")])
        let cases = states.map { SwiftDecl.line(".\(SwiftNaming.caseName($0.name)),") }
        body += [.blank, .doc(["Every documented state, in lifecycle order."])]
        body += [.line("public static let documented: [TaskState] = ["), .indented(cases), .line("]"), .blank]
        body += SwiftDecl.documented(
            ["The state a wire value names; an undocumented one is `.unknown`."],
            SwiftDecl.block(
                "public init(wireValue: Swift.String)",
                SwiftDecl.switchBlock(
                    "wireValue",
                    states.flatMap {
                        [
                            .line("case \(SwiftLiteral.string($0.name)):"),
                            .indented([.line("self = .\(SwiftNaming.caseName($0.name))")]),
                        ]
                    } + [.line("default:"), .indented([.line("self = .unknown(wireValue)")])])))
        body += [.blank]
        body += SwiftDecl.documented(
            ["The value on the wire."],
            SwiftDecl.block(
                "public var wireValue: Swift.String",
                SwiftDecl.switchBlock(
                    "self",
                    states.map {
                        .line("case .\(SwiftNaming.caseName($0.name)): return \(SwiftLiteral.string($0.name))")
                    } + [.line("case .unknown(let value): return value")])))
        body += [.blank]
        let terminal = states.filter(\.terminal).map { ".\(SwiftNaming.caseName($0.name))" }
        body += SwiftDecl.caseFlag(
            "isTerminal", doc: "Whether the task will not change any more (its result or failure is final).",
            trueFor: terminal)
        body += [.blank]
        body += SwiftDecl.documented(
            ["The wire value."], [.line("public var description: Swift.String { wireValue }")])
        return SwiftDecl.documented(
            [
                "The state of a task, as recordInfo reports it.", "",
                "Open: a state the service adds later is `.unknown` with its wire value.", "",
                "- Remark: Generated from \(source), states.",
            ],
            SwiftDecl.block(
                "public enum TaskState: Swift.Hashable, Swift.Sendable, Swift.CustomStringConvertible", body))
    }
}
