/// What a check found, kept as values until someone reads the message: the one place where
/// issue text is written, so every validator says the same thing.
enum IssueDetail: Sendable {
    case text(message: String, limit: String?, actual: String?)
    case length(atLeast: Bool, limit: Int, got: Int)
    case range(atLeast: Bool, limit: Int, got: Int)
    case numberRange(atLeast: Bool, limit: Double, got: Double)
    case items(atLeast: Bool, limit: Int, got: Int)
    case pattern(source: String, value: String)
    case format(StringFormat, value: String)
    case together(given: [String], all: [String])
    case totalItems(names: [String], limit: Int, total: Int)
    case enumMismatch(value: String, allowed: [String])

    /// The sentence a person reads, at most ``IssueText/maximumMessageLength`` scalars.
    var message: String {
        IssueText.bounded(unboundedMessage, to: IssueText.maximumMessageLength)
    }

    /// The sentence before it is bounded.
    private var unboundedMessage: String {
        switch self {
        case .text(let message, _, _):
            return message
        case .length(let atLeast, let limit, let got):
            return "must be \(atLeast ? "at least" : "at most") \(IssueText.count(limit, "character")) (got \(got))"
        case .range(let atLeast, let limit, let got):
            return "must be \(atLeast ? "at least" : "at most") \(limit) (got \(got))"
        case .numberRange(let atLeast, let limit, let got):
            return
                "must be \(atLeast ? "at least" : "at most") \(IssueText.number(limit)) (got \(IssueText.number(got)))"
        case .items(let atLeast, let limit, let got):
            return "must have \(atLeast ? "at least" : "at most") \(IssueText.count(limit, "item")) (got \(got))"
        case .pattern(let source, let value):
            return "must match the pattern \(source) (got \(IssueText.quoted(value)))"
        case .format(let format, let value):
            return "must be \(format.explanation) (got \(IssueText.quoted(value)))"
        case .together(let given, _):
            return "must be given together with \(IssueText.list(given))"
        case .totalItems(let names, let limit, let total):
            return
                "\(IssueText.list(names)) together must hold at most \(IssueText.count(limit, "item")) (got \(total))"
        case .enumMismatch(let value, let allowed):
            return "must be one of \(allowed.joined(separator: ", ")) (got \(IssueText.quoted(value)))"
        }
    }

    /// The broken limit, as text.
    var limit: String? {
        switch self {
        case .text(_, let limit, _): return limit
        case .length(_, let limit, _), .range(_, let limit, _), .items(_, let limit, _): return String(limit)
        case .numberRange(_, let limit, _): return IssueText.number(limit)
        case .pattern(let source, _): return source
        case .format(let format, _): return format.rawValue
        case .together(_, let all): return all.joined(separator: ", ")
        case .totalItems(_, let limit, _): return String(limit)
        case .enumMismatch(_, let allowed): return allowed.joined(separator: ", ")
        }
    }

    /// The offending value or measure, as text, at most ``IssueText/maximumActualLength``
    /// scalars.
    var actual: String? {
        switch self {
        case .text(_, _, let actual): return actual.map { IssueText.bounded($0, to: IssueText.maximumActualLength) }
        case .length(_, _, let got), .range(_, _, let got), .items(_, _, let got): return String(got)
        case .numberRange(_, _, let got): return IssueText.number(got)
        case .pattern(_, let value), .format(_, let value), .enumMismatch(let value, _): return IssueText.quoted(value)
        case .together(let given, _): return given.joined(separator: ", ")
        case .totalItems(_, _, let total): return String(total)
        }
    }
}
