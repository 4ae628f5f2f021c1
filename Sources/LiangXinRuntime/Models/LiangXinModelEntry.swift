/// One model in a registry: its type and a type-erased validator of its untyped input.
///
/// Each generated model file declares its own entry, so the registry file lists entries by
/// name and never has to check a thousand conformances itself (that keeps debug builds of
/// large spec sets fast).
public struct LiangXinModelEntry: Sendable {
    /// The model type.
    public let type: any LiangXinModel.Type
    /// The id sent as `model`.
    public let id: String
    /// Checks an untyped `input` of this model.
    @_spi(LiangXinGenerated) public let validateInput: CreateTaskBodyValidator.InputValidator

    /// The entry of a model type.
    @_spi(LiangXinGenerated) public init<Model: LiangXinModel>(_ type: Model.Type) {
        self.type = type
        self.id = Model.id
        self.validateInput = { json, pointer, issues in
            Model.validateInput(json, at: pointer, into: &issues)
        }
    }
}

extension CreateTaskBodyValidator {
    /// Creates a validator for registry entries.
    @_spi(LiangXinGenerated) public init(entries: [LiangXinModelEntry]) {
        var validators: [String: InputValidator] = [:]
        for entry in entries { validators[entry.id] = entry.validateInput }
        self.init(validators: validators)
    }
}
