import LiangXinSpec

/// A field with every Swift name and type the translator needs, computed once.
struct FieldModel {
    /// The field as the spec wrote it.
    let spec: FieldSpec
    /// The property name as written in code (backticked when it is a keyword).
    let property: String
    /// The nested type the field declares, if any.
    let nestedType: String?
    /// The property's type without the optional marker.
    let baseType: String
    /// Whether the property is optional (not required, or nullable).
    let isOptional: Bool
    /// The field's path in the spec, e.g. `input.prompt`.
    let origin: String

    /// Derives names and types from a spec field.
    init(_ spec: FieldSpec, originPrefix: String) {
        self.spec = spec
        self.property = SwiftNaming.propertyName(spec.name)
        self.nestedType = SchemaTypes.nestedTypeName(for: spec)
        self.baseType = SchemaTypes.swiftType(spec.schema, nested: nestedType)
        self.isOptional = !spec.required || spec.schema.nullable
        self.origin = originPrefix + "." + spec.name
    }

    /// The property's declared type.
    var type: String { baseType + (isOptional ? "?" : "") }
}
