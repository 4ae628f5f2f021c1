import LiangXinSpec

/// Translates an object's fields into a struct: properties, memberwise init, nested types, and
/// the members that read it from untyped JSON, write it and validate it.
///
/// The reading and validation members are in the struct's own body, not in an extension of
/// `Model.Input`: the compiler binds every extension of a module in each of its compile jobs,
/// and binding an extension of a nested type parses the whole body of the type around it, in
/// every file, in every job (8% of the instructions of a nine-model compile job in a
/// thousand-model SDK).
struct ObjectTranslator {
    /// The struct's name, e.g. `Input`.
    let name: String
    /// The protocols it conforms to.
    let conformances: String
    /// The struct's doc comment.
    let doc: [String]
    /// Its fields, in spec order.
    let fields: [FieldModel]
    /// Cross-field rules (the model's input only).
    let rules: [CrossFieldRule]
    /// The fields' path in the spec, e.g. `input` (the spec file is named in the model's header).
    let origin: String
    /// Members declared before the fields (the input's `typealias Model`).
    var leadingMembers: [SwiftDecl] = []

    /// Creates the translator for a list of fields.
    init(
        name: String, conformances: String, doc: [String], fields: [FieldSpec],
        rules: [CrossFieldRule], origin: String
    ) {
        self.name = name
        self.conformances = conformances
        self.doc = doc
        self.fields = fields.map { FieldModel($0, originPrefix: origin) }
        self.rules = rules
        self.origin = origin
    }

    // MARK: - The type

    /// The struct, with its nested types inside it, from the one ``StructEmitter``.
    func declaration() -> [SwiftDecl] {
        var emitter = StructEmitter(
            name: name, conformances: conformances, doc: doc, reading: .strict,
            properties: fields.map {
                StructEmitter.Property(
                    name: $0.property, type: $0.type, doc: FieldDocs.lines(for: $0.spec, origin: $0.origin))
            },
            nestedTypes: fields.map(nestedDeclaration), jsonMembers: validationMembers())
        emitter.leadingMembers = leadingMembers
        return emitter.declaration()
    }

    /// The enum or struct a field declares, if any.
    private func nestedDeclaration(_ field: FieldModel) -> [SwiftDecl] {
        guard let typeName = field.nestedType else { return [] }
        let schema = SchemaTypes.nestedSchema(field.spec.schema)
        if let values = schema.enumValues {
            var isArrayItem = false
            if case .array = field.spec.schema.kind { isArrayItem = true }
            // The field's own description is on the property; the enum names its field, and adds
            // the items' description when an array's items have one of their own.
            var description = "The values of \(SwiftLiteral.code(field.spec.name))."
            if isArrayItem, let items = schema.description { description += " " + items }
            return EnumTranslator(
                name: typeName, values: values, description: description, origin: field.origin,
                isArrayItem: isArrayItem
            ).declaration()
        }
        return nestedObject(field, typeName: typeName, schema: schema)?.declaration() ?? []
    }

    /// The translator of a nested object field.
    private func nestedObject(_ field: FieldModel, typeName: String, schema: SchemaSpec)
        -> ObjectTranslator?
    {
        guard let nestedFields = schema.fields else { return nil }
        var doc = SwiftLiteral.docLines(schema.description ?? field.spec.schema.description ?? typeName)
        doc += ["", "- Remark: Generated from \(SwiftLiteral.code(field.origin))."]
        return ObjectTranslator(
            name: typeName,
            conformances: "Swift.Codable, Swift.Hashable, Swift.Sendable, \(RuntimeSymbol.specValidatable)", doc: doc,
            fields: nestedFields,
            rules: [],
            origin: field.origin)
    }

    // MARK: - Reading and validation

    /// The compiled patterns, the JSON reader and writer, and the validator.
    private func validationMembers() -> [SwiftDecl] {
        var patterns: [SwiftDecl] = []
        for field in fields {
            guard let pattern = ValidationStatements.pattern(of: field.spec.schema) else { continue }
            patterns += [
                .doc(["The pattern of \(SwiftLiteral.code(field.spec.name)), compiled once."]),
                .line("static let \(patternName(field)) = \(RuntimeSymbol.pattern)(\(SwiftLiteral.string(pattern)))"),
            ]
        }
        let methods = jsonInitializer() + [.blank] + jsonWriter() + [.blank] + validateMethod()
        return patterns.isEmpty ? methods : patterns + [.blank] + methods
    }

    /// `init?(json:at:issues:)`: reads every field, then builds the value when sound.
    private func jsonInitializer() -> [SwiftDecl] {
        // `else` on a line of its own: the guard then fits the page at any nesting depth.
        var body: [SwiftDecl] = [
            .line("guard var _reader = \(RuntimeSymbol.jsonObjectReader)(_json, at: _pointer, issues: &_issues)"),
            .line("else { return nil }"),
        ]
        for field in fields {
            body.append(.line("let \(field.property) = \(readCall(field))"))
        }
        // The known keys are an argument built only when the object has an unknown key: a
        // static array would cost each type a global, its initializer and two accessors.
        // More than three keys or arguments go one a line: a new field is then a new line.
        let keys = fields.map { SwiftLiteral.string($0.spec.name) }
        if keys.count > 3 {
            body += [
                .line("_reader.reportUnknownKeys("),
                .indented([
                    .line("known: ["), SwiftDecl.listed(keys, trailingComma: true), .line("],"),
                    .line("issues: &_issues"),
                ]),
                .line(")"),
            ]
        } else {
            body.append(.line("_reader.reportUnknownKeys(known: [\(keys.joined(separator: ", "))], issues: &_issues)"))
        }
        let unwraps = fields.filter { !$0.isOptional }.map { "let \($0.property) = \($0.property)" }
        body.append(
            .line(
                "guard " + (["_reader.isSound"] + unwraps).joined(separator: ", ") + " else { return nil }")
        )
        let arguments = fields.map { "\(SwiftNaming.argumentLabel($0.property)): \($0.property)" }
        if arguments.count > 3 {
            body += SwiftDecl.callBlock("self.init", arguments: arguments)
        } else {
            body.append(.line("self.init(\(arguments.joined(separator: ", ")))"))
        }
        return SwiftDecl.documented(
            ["Reads the value from untyped JSON, recording every shape issue; nil when unsound."],
            SwiftDecl.parameterBlock(
                "\(RuntimeSymbol.spiAttribute) public init?",
                parameters: [
                    "json _json: \(RuntimeSymbol.jsonValue)", "at _pointer: \(RuntimeSymbol.jsonPointer)",
                    "issues _issues: inout \(RuntimeSymbol.validationIssues)",
                ], body))
    }

    /// The reader call for a field: a method of its own for scalars and enums (a plain call,
    /// and no overloads for the type checker to choose among), the generic `read` with the
    /// type for arrays and objects.
    private func readCall(_ field: FieldModel) -> String {
        let key = SwiftLiteral.string(field.spec.name)
        let flags =
            "required: \(field.spec.required), nullable: \(field.spec.schema.nullable), issues: &_issues"
        switch field.spec.schema.kind {
        case .string where field.spec.schema.enumValues != nil:
            return "_reader.readEnum(\(key), \(field.baseType).self, \(flags))"
        case .string: return "_reader.readString(\(key), \(flags))"
        case .integer: return "_reader.readInt(\(key), \(flags))"
        case .number: return "_reader.readDouble(\(key), \(flags))"
        case .boolean: return "_reader.readBool(\(key), \(flags))"
        case .object, .array: return "_reader.read(\(key), \(field.baseType).self, \(flags))"
        }
    }

    /// `jsonValue`: the fields in spec order, under their wire names; absent optionals are
    /// omitted, required nullable fields written as null. `Codable` goes through it.
    ///
    /// One array of members rather than a writer call a field: each `jsonValue` it reads is a
    /// plain call, where a generic `write` call passes type metadata and a witness table and
    /// needs its argument in memory (1.7% of the compiler's instructions for a model of four
    /// fields, 1% across the nine kinds of model).
    private func jsonWriter() -> [SwiftDecl] {
        let members = fields.map { field in
            // A required nullable field is written as null when nil; an enum (not `JSONWritable`
            // itself) has no `Optional.jsonValue` to do it.
            let value =
                !field.isOptional
                ? "self.\(field.property).jsonValue"
                : field.spec.required
                    ? "self.\(field.property)?.jsonValue ?? .null" : "self.\(field.property)?.jsonValue"
            return SwiftDecl.line("(\(SwiftLiteral.string(field.spec.name)), \(value)),")
        }
        let body: [SwiftDecl] =
            members.isEmpty
            ? [.line(".object(omittingAbsent: [])")]
            : [.line(".object(omittingAbsent: ["), .indented(members), .line("])")]
        return SwiftDecl.documented(
            ["The value as JSON, under the wire names in spec order (`Codable` goes through it)."],
            SwiftDecl.block("public var jsonValue: \(RuntimeSymbol.jsonValue)", body))
    }

    /// `validate(at:into:)`: every constraint of every field, then the cross-field rules.
    private func validateMethod() -> [SwiftDecl] {
        var body: [SwiftDecl] = []
        for field in fields {
            let pointer = "_pointer, \(SwiftLiteral.string(field.spec.name))"
            body += ValidationStatements.checks(
                field.spec.schema, value: "self.\(field.property)", pointer: pointer,
                patternName: patternName(field))
        }
        body += RuleStatements.checks(rules, fields: fields)
        let doc = [
            "Records every constraint issue" + (rules.isEmpty ? "." : ", cross-field rules included.")
        ]
        return SwiftDecl.documented(
            doc,
            SwiftDecl.parameterBlock(
                "\(RuntimeSymbol.spiAttribute) public func validate",
                parameters: [
                    "at _pointer: \(RuntimeSymbol.jsonPointer)",
                    "into _issues: inout \(RuntimeSymbol.validationIssues)",
                ], body))
    }

    /// The static constant holding a field's compiled pattern.
    private func patternName(_ field: FieldModel) -> String {
        SwiftNaming.patternConstantName(fieldName: field.spec.name)
    }
}
