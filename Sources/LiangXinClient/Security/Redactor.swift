/// Removes the API key from any text that leaves the client (errors, log lines).
struct Redactor: Sendable {
    /// The secret to hide.
    let secret: String

    /// The text with every occurrence of the secret replaced by `[redacted]`.
    func clean(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        return text.replacingOccurrences(of: secret, with: "[redacted]")
    }
}
