/// The named string formats of the spec language, checked the same way by the generated
/// validators, the spec checker and the payload interpreter.
public enum StringFormats {
    /// The image file endings an `image-ref` URL may have.
    public static let imageExtensions = [".png", ".jpg", ".jpeg", ".webp"]
    /// The media types an `image-ref` data URI may have.
    public static let imageMediaTypes = ["image/png", "image/jpeg", "image/jpg", "image/webp"]

    /// An absolute URI: a scheme (`[A-Za-z][A-Za-z0-9+.-]*`), a colon, and no white space.
    public static func isURI(_ text: String) -> Bool {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = text.utf8[..<colon]
        guard let first = scheme.first, isLetter(first),
            scheme.allSatisfy({ isLetter($0) || isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
        else { return false }
        let rest = text.utf8[text.utf8.index(after: colon)...]
        return !rest.isEmpty && !rest.contains(where: { $0 <= 0x20 || $0 == 0x7F })
    }

    /// An absolute `https://` URL with a host.
    public static func isHTTPSURL(_ text: String) -> Bool {
        hasHost(text, schemes: ["https://"])
    }

    /// An http(s) URL whose path ends in .png/.jpg/.jpeg/.webp (query and fragment aside),
    /// or a base64 data URI of one of those image types.
    public static func isImageRef(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("data:") {
            guard let comma = lower.firstIndex(of: ",") else { return false }
            let header = lower[lower.index(lower.startIndex, offsetBy: 5)..<comma]
            let parts = header.split(separator: ";", omittingEmptySubsequences: false)
            guard let mediaType = parts.first, imageMediaTypes.contains(String(mediaType)),
                parts.last == "base64"
            else { return false }
            return lower.index(after: comma) < lower.endIndex
        }
        guard hasHost(text, schemes: ["https://", "http://"]) else { return false }
        let path = lower.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? lower
        return imageExtensions.contains { path.hasSuffix($0) }
    }

    /// Whether `text` starts with one of the schemes, then a host, with no white space.
    private static func hasHost(_ text: String, schemes: [String]) -> Bool {
        let lower = text.lowercased()
        guard let scheme = schemes.first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = lower.dropFirst(scheme.count)
        guard let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? Optional(rest.endIndex)
        else { return false }
        let host = rest[..<hostEnd]
        return !host.isEmpty && !text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F })
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }
}
