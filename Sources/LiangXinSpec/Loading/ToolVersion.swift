/// The version the command-line tools print with `--version`.
public enum ToolVersion {
    /// LiangXinKit's version: the tag the install section names.
    public static let current = "0.1.0"

    /// `0.1.0 (built-in specs: 9 models, fingerprint 79120497adfaec09)`.
    public static func text(builtInModels: Int, fingerprint: String) -> String {
        "\(current) (built-in specs: \(builtInModels) model\(builtInModels == 1 ? "" : "s"), fingerprint \(fingerprint))"
    }
}
