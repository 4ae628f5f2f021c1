import LiangXinRuntime

/// The OpenAPI document swift-openapi-generator reads for the comparison: the one `liangxin-gen`
/// exports for the same specs, in the parts of OpenAPI 3.1 that the generator supports.
///
/// The exported createTask body picks each model's input schema with `allOf` of `if`/`then`;
/// here its `input` is a `oneOf` of the model input schemas instead, which is how the generator
/// expresses "one of these typed inputs" (a Swift enum with a case per model). Removed: the
/// input schemas' `allOf` (combined item limits; its properties with a `false` schema are
/// what OpenAPIKit cannot parse) and `x-liangxin-rules`. What stays is every model's input
/// schema (fields, enums, defaults, limits) and both endpoints with their responses.
enum OpenAPIComparisonDocument {
    /// Keys swift-openapi-generator 1.14.3 rejects or ignores.
    static let removedKeys: Set<String> = ["allOf", "x-liangxin-rules"]

    /// The comparison document for an exported one of `modelCount` models, as JSON text; fails
    /// unless it keeps every model's input schema and names each in the body's `oneOf`.
    static func make(fromExported text: String, modelCount: Int) throws -> String {
        let value: JSONValue
        do throws(JSONParseError) {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw BenchmarkFailure("the exported OpenAPI document is not JSON: \(error)")
        }
        let document = stripped(value)
        let (schemas, alternatives) = counts(in: document)
        guard schemas == modelCount, alternatives == modelCount else {
            throw BenchmarkFailure(
                "the comparison document has \(schemas) model schemas and \(alternatives) input alternatives "
                    + "for \(modelCount) models")
        }
        return document.jsonText
    }

    /// How many component schemas are model inputs (they have a `title` ending in ` input`),
    /// and how many alternatives the createTask body's `input` has.
    static func counts(in document: JSONValue) -> (schemas: Int, alternatives: Int) {
        guard case .object(let root) = document, case .object(let components)? = root["components"],
            case .object(let schemas)? = components["schemas"]
        else { return (0, 0) }
        let inputs = schemas.members.filter { member in
            guard case .object(let schema) = member.value, case .string(let title)? = schema["title"] else {
                return false
            }
            return title.string.hasSuffix(" input")
        }
        guard case .object(let body)? = schemas["CreateTaskBody"], case .object(let properties)? = body["properties"],
            case .object(let input)? = properties["input"], case .array(let alternatives)? = input["oneOf"]
        else { return (inputs.count, 0) }
        return (inputs.count, alternatives.count)
    }

    /// The value with the removed keys left out at every depth, each object whose `allOf`
    /// picks an `input` schema given a `oneOf` input instead.
    static func stripped(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            let union = inputUnion(object)
            let kept = object.members.compactMap { member -> JSONMember? in
                if removedKeys.contains(member.key) { return nil }
                if member.key == "properties", let union, case .object(let properties) = member.value {
                    return JSONMember(key: member.key, value: .object(replacingInput(properties, with: union)))
                }
                return JSONMember(key: member.key, value: stripped(member.value))
            }
            return .object(JSONObject(kept))
        case .array(let items):
            return .array(items.map { stripped($0) })
        default:
            return value
        }
    }

    /// The `$ref`s an object's `allOf` of `if`/`then` gives its `input`, or nil when it has none.
    static func inputUnion(_ object: JSONObject) -> [JSONValue]? {
        guard case .array(let branches)? = object["allOf"] else { return nil }
        let references = branches.compactMap { branch -> JSONValue? in
            guard case .object(let branch) = branch, case .object(let then)? = branch["then"],
                case .object(let properties)? = then["properties"], case .object(let input)? = properties["input"],
                let reference = input["$ref"]
            else { return nil }
            return .object(JSONObject([JSONMember(key: "$ref", value: reference)]))
        }
        return references.isEmpty ? nil : references
    }

    /// `properties` with its `input` schema made a `oneOf` of `references` (its description kept).
    static func replacingInput(_ properties: JSONObject, with references: [JSONValue]) -> JSONObject {
        JSONObject(
            properties.members.map { member in
                guard member.key == "input", case .object(let input) = member.value else { return member }
                var members = input.members.filter { $0.key == "description" }
                members.append(JSONMember(key: "oneOf", value: .array(references)))
                return JSONMember(key: "input", value: .object(JSONObject(members)))
            })
    }
}
