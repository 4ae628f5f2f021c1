/// The contract between the generator and `LiangXinRuntime`: every runtime name that generated
/// code spells, in one place.
///
/// Translators interpolate these (a symbol's description is its module-qualified name, e.g.
/// `LiangXinRuntime.JSONValue`), never string literals: renaming a runtime type is one edit
/// here, and no type a spec produces can shadow a runtime name. The names generated code
/// qualifies through are ``GeneratedCodeModules``, which the checker reserves.
package enum RuntimeSymbol: String, CaseIterable, CustomStringConvertible {
    case aliasedWireEnum = "AliasedWireEnum"
    case apiEndpoint = "APIEndpoint"
    case apiPayload = "APIPayload"
    case createTaskBodyValidator = "CreateTaskBodyValidator"
    case jsonObjectReader = "JSONObjectReader"
    case jsonObjectWriter = "JSONObjectWriter"
    case jsonPointer = "JSONPointer"
    case jsonReadable = "JSONReadable"
    case jsonString = "JSONString"
    case jsonValue = "JSONValue"
    case jsonWritable = "JSONWritable"
    case liangXinInput = "LiangXinInput"
    case liangXinModel = "LiangXinModel"
    case liangXinModelEntry = "LiangXinModelEntry"
    case liangXinModelInfo = "LiangXinModelInfo"
    case pattern = "Pattern"
    case pollingPolicy = "PollingPolicy"
    case responseDecodingError = "ResponseDecodingError"
    case responseReader = "ResponseReader"
    case specValidatable = "SpecValidatable"
    case validationIssue = "ValidationIssue"
    case validationIssues = "ValidationIssues"
    case wireEnum = "WireEnum"

    /// The runtime's module.
    static let module = "LiangXinRuntime"

    /// The SPI group of the runtime's readers, writers and issue collector, and of the generated
    /// members built on them (`init?(json:at:issues:)`, `validate(at:into:)`): public for
    /// generated code and LiangXinKit's modules, hidden from an app's completion and docs.
    package static let spiGroup = "LiangXinGenerated"

    /// The attribute on a generated member that only generated code and LiangXinKit call.
    package static var spiAttribute: String { "@_spi(\(spiGroup))" }

    /// The import every generated file makes of the runtime, SPI included.
    package static var spiImport: String { "\(spiAttribute) import \(module)" }

    /// The name as generated code writes it: `LiangXinRuntime.JSONValue`.
    package var description: String { Self.module + "." + rawValue }
}

/// The modules generated code names, directly or in qualified names (`Swift.String`,
/// `LiangXinRuntime.JSONValue`), the generated modules themselves, and `Date`, the one name
/// written unqualified (it lives in `FoundationEssentials` or in `Foundation`, whichever the
/// platform has): a generated type with one of these names would shadow it, so the checker
/// refuses them all.
package enum GeneratedCodeModules {
    /// Foundation's date type, imported from whichever Foundation module the platform has.
    package static let date = "Date"

    /// The names no generated type may have.
    static let names: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", RuntimeSymbol.module, "LiangXin", "LiangXinAPI", date,
    ]
}
