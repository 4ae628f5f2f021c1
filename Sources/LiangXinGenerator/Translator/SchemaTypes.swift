import LiangXinSpec

/// How a schema maps to Swift: its type, its nested type's name, and its JSON converter.
enum SchemaTypes {
    /// The nested type a field declares, if any: enums and objects by the field's name,
    /// arrays of them with an `Item` suffix (`reference_images` → `ReferenceImagesItem`).
    static func nestedTypeName(for field: FieldSpec) -> String? {
        SwiftNaming.nestedTypeName(fieldName: field.name, schema: field.schema)
    }

    /// The innermost schema that owns the nested type (the items of arrays of arrays).
    static func nestedSchema(_ schema: SchemaSpec) -> SchemaSpec {
        if case .array(let items) = schema.kind { return nestedSchema(items) }
        return schema
    }

    /// The Swift type of a value (non-optional at the top level).
    static func swiftType(_ schema: SchemaSpec, nested: String?) -> String {
        switch schema.kind {
        case .string: return schema.enumValues == nil ? "Swift.String" : nested ?? "Swift.String"
        case .integer: return "Swift.Int"
        case .number: return "Swift.Double"
        case .boolean: return "Swift.Bool"
        case .object: return nested ?? "Never"
        case .array(let items):
            return "[" + swiftType(items, nested: nested) + (items.nullable ? "?" : "") + "]"
        }
    }
}
