import LiangXinSpec

/// How a schema maps to Swift: its type, its nested type's name, and its JSON converter.
enum SchemaTypes {
    /// The nested type a field declares, if any: enums and objects by the field's name,
    /// arrays of them with an `Item` suffix (`reference_images` → `ReferenceImagesItem`).
    static func nestedTypeName(for field: FieldSpec) -> String? {
        nestedTypeName(fieldName: field.name, schema: field.schema)
    }

    /// The nested type name for a schema written under a field name.
    static func nestedTypeName(fieldName: String, schema: SchemaSpec) -> String? {
        switch schema.kind {
        case .string where schema.enumValues != nil, .object:
            return SwiftNaming.typeName(fieldName)
        case .array(let items):
            guard nestedTypeName(fieldName: fieldName, schema: items) != nil else { return nil }
            return SwiftNaming.typeName(SwiftNaming.words(fieldName).joined(separator: "_") + "_item")
        default:
            return nil
        }
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
