import LiangXinRuntime
import LiangXinYAML

/// Checks an enum: not empty, and every value and alias spelled once.
enum EnumChecker {
    /// Reports an empty enum and every repeated value or alias.
    static func check(_ schema: SchemaSpec, diagnostics: inout DiagnosticCollector) {
        guard let values = schema.enumValues, let location = schema.enumLocation else { return }
        if values.isEmpty {
            diagnostics.error("enum must list at least one value", at: location)
            return
        }
        // Keyed by Swift's `String`, which merges canonically equivalent spellings: those are
        // distinct on the wire but cannot both be keys of the generated alias table.
        var spellings: [String: (owner: String, spelling: String, location: FileLocation)] = [:]
        func note(_ spelling: String, of owner: String, at location: FileLocation, kind: String) {
            guard let first = spellings[spelling] else {
                spellings[spelling] = (owner, spelling, location)
                return
            }
            let place = "at line \(first.location.line), column \(first.location.column)"
            if WireString.equal(first.spelling, spelling) {
                diagnostics.error(
                    "\(kind) '\(spelling)' is already listed\(origin(first.owner, spelling)) \(place)", at: location)
            } else {
                diagnostics.error(
                    "\(kind) '\(spelling)' is canonically equivalent to '\(first.spelling)' \(place): the service "
                        + "tells them apart, Swift's String does not; spell one of them differently",
                    at: location)
            }
        }
        for value in values {
            note(value.value, of: value.value, at: value.location, kind: "enum value")
            for alias in value.aliases {
                note(alias.value, of: value.value, at: alias.location, kind: "alias")
            }
        }
        NameChecker.checkCases(values, diagnostics: &diagnostics)
    }

    /// ` as an alias of 'x'` when the first spelling was an alias of another value.
    private static func origin(_ owner: String, _ spelling: String) -> String {
        owner == spelling ? "" : " as an alias of '\(owner)'"
    }
}
