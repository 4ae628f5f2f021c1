import LiangXinRuntime
import LiangXinYAML

/// Checks length, range and item bounds: none negative, none crossed, patterns in the
/// linear-time subset that ``PatternParser`` accepts.
enum BoundsChecker {
    /// Reports every bound problem of one schema.
    static func check(_ schema: SchemaSpec, diagnostics: inout DiagnosticCollector) {
        checkPair(
            "minLength", schema.minLength, "maxLength", schema.maxLength, diagnostics: &diagnostics)
        checkPair("minItems", schema.minItems, "maxItems", schema.maxItems, diagnostics: &diagnostics)
        if let min = schema.minimum, let max = schema.maximum, max.value < min.value {
            diagnostics.error("minimum \(min.value) is above the maximum \(max.value)", at: min.location)
        }
        if let pattern = schema.pattern, let problem = Pattern(pattern.value).syntaxError {
            diagnostics.error(
                "pattern '\(pattern.value)' is not a valid pattern: \(problem)", at: pattern.location)
        }
    }

    /// Non-negative counts, and the lower not above the upper.
    private static func checkPair(
        _ lowerName: String, _ lower: Located<Int>?, _ upperName: String, _ upper: Located<Int>?,
        diagnostics: inout DiagnosticCollector
    ) {
        for (name, bound) in [(lowerName, lower), (upperName, upper)] {
            if let bound, bound.value < 0 {
                diagnostics.error("\(name) must not be negative, not \(bound.value)", at: bound.location)
            }
        }
        if let lower, let upper, lower.value > upper.value {
            diagnostics.error(
                "\(lowerName) \(lower.value) is above the \(upperName) \(upper.value)", at: lower.location)
        }
    }
}
