import LiangXinSpec

/// How one field of an API body or answer becomes a Swift property: its type, how it is read
/// from a `ResponseReader` named `reader`, how it is written to a `JSONObjectWriter` named
/// `writer`, and the nested struct it declares, if any.
struct PayloadField {
    /// The field.
    let spec: FieldSpec
    /// The Swift property name.
    let property: String
    /// The property's Swift type.
    let type: String
    /// The expression that reads it (a local of the same name is bound to it).
    let read: String
    /// Whether the read value is optional although the property is not (a required object).
    let needsUnwrap: Bool
    /// The statement that writes it.
    let write: String
    /// The struct it declares (an object, or the content of a JSON string), if any.
    let nested: PayloadStruct?

    /// The Swift type of an open object (`fields: {}`): the enclosing type's generic parameter.
    static let genericPayload = "Payload"

    /// Each plain scalar kind's Swift type and `ResponseReader` method suffix.
    private static let scalars: [String: (String, String)] = [
        "string": ("Swift.String", "String"), "integer": ("Swift.Int", "Integer"),
        "number": ("Swift.Double", "Number"), "boolean": ("Swift.Bool", "Bool"),
    ]

    /// Maps a field; `origin` names the spec location for remarks.
    init(_ spec: FieldSpec, origin: String) {
        self.spec = spec
        let key = SwiftLiteral.string(spec.name)
        let name = SwiftNaming.propertyName(spec.name)
        property = name
        let schema = spec.schema
        let optional = !spec.required || schema.nullable
        var nested: PayloadStruct?
        var needsUnwrap = false
        switch schema.kind {
        case .object(let fields) where fields.isEmpty:
            type = Self.genericPayload + (optional ? "?" : "")
            read =
                "reader.object(\(key), required: \(spec.required), nullable: \(schema.nullable), as: \(Self.genericPayload).self)"
            needsUnwrap = !optional
            write = optional ? "writer.write(\(key), \(name)?.jsonValue ?? .null)" : "writer.write(\(key), \(name))"
        case .object(let fields):
            let typeName = SwiftNaming.typeName(spec.name)
            nested = PayloadStruct(
                name: typeName, genericParameter: nil, doc: schema.description, fields: fields,
                origin: "\(origin).\(spec.name)")
            type = typeName + (optional ? "?" : "")
            read =
                "reader.object(\(key), required: \(spec.required), nullable: \(schema.nullable), as: \(typeName).self)"
            needsUnwrap = !optional
            write = optional ? "writer.write(\(key), \(name)?.jsonValue ?? .null)" : "writer.write(\(key), \(name))"
        case .string where schema.format?.value == .json && schema.content?.fields != nil:
            let typeName = SwiftNaming.typeName(spec.name)
            nested = PayloadStruct(
                name: typeName, genericParameter: nil, doc: schema.content?.description ?? schema.description,
                fields: schema.content?.fields ?? [], origin: "\(origin).\(spec.name).content")
            type = typeName + "?"
            read = "reader.embedded(\(key), as: \(typeName).self)"
            write = "writer.write(\(key), \(name)?.jsonText ?? \"\")"
        case .string where schema.format?.value == .taskState:
            type = "TaskState"
            read = "TaskState(wireValue: reader.string(\(key)))"
            write = "writer.write(\(key), \(name).wireValue)"
        case .integer where schema.format?.value == .unixMilliseconds:
            type = "\(GeneratedCodeModules.date)?"
            read = "reader.\(WireConversions.readDate)(\(key))"
            write = "writer.write(\(key), \(WireConversions.writeDate): \(name))"
        case .integer where schema.format?.value == .durationMilliseconds:
            type = "Swift.Duration"
            read = "reader.\(WireConversions.readDuration)(\(key))"
            write = "writer.write(\(key), \(WireConversions.writeDuration): \(name))"
        case .string, .integer, .number, .boolean:
            // A plain scalar: `reader.integer(key)`, or `reader.optionalInteger(key)` when optional.
            let (swiftType, reader) = Self.scalars[schema.kind.name] ?? ("Swift.String", "String")
            type = swiftType + (optional ? "?" : "")
            read =
                "reader.\(optional ? "optional" + reader : reader.prefix(1).lowercased() + reader.dropFirst())(\(key))"
            write = optional ? "writer.writeIfPresent(\(key), \(name))" : "writer.write(\(key), \(name))"
        case .array(let items) where items.kind.name == "string":
            type = "[Swift.String]"
            read = "reader.strings(\(key))"
            write = "writer.write(\(key), \(name))"
        case .array:
            type = "\(RuntimeSymbol.jsonValue)?"
            read = "reader.value(\(key), required: \(spec.required), nullable: \(schema.nullable))"
            write = "writer.write(\(key), \(name) ?? .null)"
        }
        self.nested = nested
        self.needsUnwrap = needsUnwrap
    }

    /// The property's doc comment: the spec's description, the wire name and the remark.
    func doc(origin: String) -> [String] {
        var doc = spec.schema.description.map(SwiftLiteral.docLines) ?? []
        if !doc.isEmpty { doc.append("") }
        doc.append("- Wire name: \(SwiftLiteral.code(spec.name)).")
        doc.append("- Remark: Generated from \(SwiftLiteral.code(origin + "." + spec.name)).")
        return doc
    }
}
