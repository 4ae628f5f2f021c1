import LiangXinSpec

/// The one emitter of a generated struct. Model inputs, their nested objects and the job API's
/// bodies and answers all come out of it, so they share one layout: the type's doc (the spec
/// file named once, in the outermost type), `let` properties documented with their field path,
/// a memberwise initializer with one parameter a line, the nested types, then the JSON members.
///
/// Properties are `let`: a value is made whole by the memberwise initializer, and a stored `var`
/// would cost every property a setter and a modify coroutine (about 13% of a large SDK's compile
/// time, measured in session 6).
///
/// What differs is how the struct reads JSON, a parameter (``Reading``); the members that do it
/// are the translator's (``ObjectTranslator`` for inputs, ``PayloadStruct`` and
/// ``RequestTranslator`` for the API).
struct StructEmitter {
    /// How the struct reads JSON.
    enum Reading {
        /// A model input or one of its objects: `init?(json:at:issues:)` records every issue with
        /// its JSON pointer, unknown keys included, and `validate(at:into:)` checks constraints.
        case strict
        /// An API body or answer: `init(json:at:) throws` ignores unknown members, so the
        /// service may add fields.
        case lenient

        /// The title of the section that holds the JSON members.
        var sectionTitle: String {
            switch self {
            case .strict: return "Reading and validation"
            case .lenient: return "Reading and writing"
            }
        }
    }

    /// One property of the struct.
    struct Property {
        /// The Swift name (backticked when it is a keyword).
        let name: String
        /// The Swift type.
        let type: String
        /// The doc comment's lines.
        let doc: [String]
        /// A computed property's expression; nil for a stored property.
        var computed: String? = nil
        /// Whether the memberwise initializer takes it first (a request's `input`).
        var leadsInitializer = false

        /// Whether the initializer lets it default to nil.
        var isOptional: Bool { type.hasSuffix("?") }
    }

    /// The struct's name, with its generic clause (`APIEnvelope<Payload: …>`).
    let name: String
    /// The protocols it conforms to.
    let conformances: String
    /// The type's doc comment.
    let doc: [String]
    /// How it reads JSON.
    let reading: Reading
    /// Members declared before the properties (a model input's `typealias Model`).
    var leadingMembers: [SwiftDecl] = []
    /// Its properties, in spec order.
    let properties: [Property]
    /// The types its fields declare, in spec order.
    let nestedTypes: [[SwiftDecl]]
    /// The members that read, write and validate it.
    let jsonMembers: [SwiftDecl]

    /// The struct declaration.
    func declaration() -> [SwiftDecl] {
        var body = leadingMembers
        for property in properties {
            let declaration =
                property.computed.map { "public var \(property.name): \(property.type) { \($0) }" }
                ?? "public let \(property.name): \(property.type)"
            body += SwiftDecl.documented(property.doc, [.line(declaration)])
        }
        if !properties.isEmpty { body.append(.blank) }
        body += memberwiseInit()
        for nested in nestedTypes where !nested.isEmpty { body += [.blank] + nested }
        body += [.blank, .mark(reading.sectionTitle), .blank] + jsonMembers
        return SwiftDecl.documented(doc, SwiftDecl.block("public struct \(name): \(conformances)", body))
    }

    /// `public init(` one parameter a line `)`; optionals default to nil.
    private func memberwiseInit() -> [SwiftDecl] {
        let doc = SwiftDecl.doc(["Creates a value; optional fields default to nil, so the service's defaults apply."])
        let stored = properties.filter { $0.computed == nil }
        let ordered = stored.filter(\.leadsInitializer) + stored.filter { !$0.leadsInitializer }
        guard !ordered.isEmpty else { return [doc, .line("public init() {}")] }
        let parameters = ordered.map { "\($0.name): \($0.type)\($0.isOptional ? " = nil" : "")" }
        let assignments = stored.map { SwiftDecl.line("self.\($0.name) = \($0.name)") }
        return [doc] + SwiftDecl.parameterBlock("public init", parameters: parameters, assignments)
    }
}
