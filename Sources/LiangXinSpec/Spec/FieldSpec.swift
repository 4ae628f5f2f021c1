import LiangXinRuntime
import LiangXinYAML

/// One named field of an object: the model's `input`, a nested object, or an API body.
public struct FieldSpec: Sendable {
    /// The name on the wire, exactly as the service spells it.
    public var name: String
    /// Where the field's name is written.
    public var location: FileLocation
    /// Whether the key must be present.
    public var required: Bool
    /// The field's type and constraints.
    public var schema: SchemaSpec

    /// Creates a field.
    public init(name: String, location: FileLocation, required: Bool, schema: SchemaSpec) {
        self.name = name
        self.location = location
        self.required = required
        self.schema = schema
    }
}

/// One allowed value of an enum field.
public struct EnumValueSpec: Sendable {
    /// The canonical wire value.
    public var value: String
    /// Where the value is written.
    public var location: FileLocation
    /// What the value means.
    public var description: String?
    /// Other wire spellings the service accepts for this value (they decode to it).
    public var aliases: [Located<String>]

    /// Creates an enum value.
    public init(
        value: String, location: FileLocation, description: String?, aliases: [Located<String>]
    ) {
        self.value = value
        self.location = location
        self.description = description
        self.aliases = aliases
    }
}

/// The named string formats a spec may use.
public enum SpecFormat: String, Sendable, CaseIterable {
    /// An absolute URI with a scheme.
    case uri
    /// An absolute `https://` URL.
    case httpsURL = "https-url"
    /// An http(s) URL ending in .png/.jpg/.jpeg/.webp, or a data URI of those image types.
    case imageRef = "image-ref"
    /// A string that holds JSON (api.yaml only).
    case json
    /// An integer count of Unix milliseconds (api.yaml only).
    case unixMilliseconds = "unix-ms"
    /// An integer count of milliseconds (api.yaml only).
    case durationMilliseconds = "duration-ms"
    /// A task state, one of api.yaml's `states`; unknown states are tolerated (api.yaml only).
    case taskState = "task-state"

    /// The spec type a format applies to.
    public var appliesTo: String {
        switch self {
        case .uri, .httpsURL, .imageRef, .json, .taskState: return "string"
        case .unixMilliseconds, .durationMilliseconds: return "integer"
        }
    }

    /// The runtime check of the format, for the formats payloads are checked against
    /// (the others describe server answers and have nothing to check).
    public var runtimeFormat: StringFormat? {
        StringFormat(rawValue: rawValue)
    }

    /// Whether model specs may use the format (the others describe server answers).
    public var isAllowedInModels: Bool {
        switch self {
        case .uri, .httpsURL, .imageRef: return true
        default: return false
        }
    }
}
