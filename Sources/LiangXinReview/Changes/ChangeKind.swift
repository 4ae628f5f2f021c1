/// The kinds of change `liangxin-gen diff` reports, by what they touch.
public enum ChangeKind: String, Sendable, Hashable, Codable, CaseIterable {
    // Models.
    case modelAdded, modelRemoved, modelDeprecated, modelUndeprecated
    // Fields.
    case fieldAdded, fieldRemoved, fieldRenamed, requiredChanged, typeChanged, nullabilityChanged
    case defaultChanged, descriptionChanged
    // Enums.
    case enumValueAdded, enumValueRemoved, aliasAdded, aliasRemoved, enumOpened, enumClosed
    // Limits.
    case minLengthChanged, maxLengthChanged, minimumChanged, maximumChanged, minItemsChanged, maxItemsChanged
    case patternChanged, formatChanged
    // Cross-field rules.
    case ruleAdded, ruleRemoved, ruleChanged
    // The job API.
    // (The fields of requests, answers, the envelope and the error body are fields too.)
    case endpointAdded, endpointRemoved, endpointChanged, stateAdded, stateRemoved, stateChanged
    case statusAdded, statusRemoved, pollingChanged, apiChanged

    /// Whether the change adds something (a minor bump when nothing breaks).
    public var isAddition: Bool {
        switch self {
        case .modelAdded, .fieldAdded, .enumValueAdded, .aliasAdded, .ruleAdded, .endpointAdded, .stateAdded,
            .statusAdded:
            return true
        default:
            return false
        }
    }
}
