/// The named string formats of the spec language, checked the same way by the generated
/// validators, the spec checker and the payload interpreter.
///
/// The checks work on UTF-8 bytes without allocating: they run on every validated URL.
public enum StringFormats {
    /// The image file endings an `image-ref` URL may have (any letter case).
    public static let imageExtensions = [".png", ".jpg", ".jpeg", ".webp"]
    /// The media types an `image-ref` data URI may have (any letter case).
    public static let imageMediaTypes = ["image/png", "image/jpeg", "image/jpg", "image/webp"]

    /// A URI by RFC 3986's grammar: a scheme (`[A-Za-z][A-Za-z0-9+.-]*`), a colon, a
    /// hierarchical part (an authority with an optional user, a host that is a name, an IPv6
    /// or future IP literal, and a numeric port; then a path), an optional query and fragment;
    /// ASCII only, `%` only before two hexadecimal digits.
    public static func isURI(_ text: String) -> Bool {
        withBytes(text) { URIGrammar.isURI($0) }
    }

    /// An absolute `https://` URL with a host.
    public static func isHTTPSURL(_ text: String) -> Bool {
        withBytes(text, isHTTPSURL(utf8:))
    }

    /// `isHTTPSURL(_:)` on UTF-8 bytes.
    static func isHTTPSURL(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hostEnd(of: bytes, schemes: ["https://"]) != nil
    }

    /// An http(s) URL whose path ends in .png/.jpg/.jpeg/.webp (query and fragment aside),
    /// or a base64 data URI of one of those image types; letter case does not matter.
    public static func isImageRef(_ text: String) -> Bool {
        withBytes(text, isImageRef(utf8:))
    }

    /// `isImageRef(_:)` on UTF-8 bytes.
    static func isImageRef(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasPrefix(bytes, "data:") { return isImageDataURI(bytes) }
        guard hostEnd(of: bytes, schemes: ["https://", "http://"]) != nil else { return false }
        let pathEnd =
            bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        let path = UnsafeBufferPointer(rebasing: bytes[..<pathEnd])
        return imageExtensions.contains { hasSuffix(path, $0) }
    }

    /// `data:<image type>;base64,<something>`.
    private static func isImageDataURI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let comma = bytes.firstIndex(of: UInt8(ascii: ",")), comma + 1 < bytes.count else {
            return false
        }
        let header = UnsafeBufferPointer(rebasing: bytes[5..<comma])
        guard hasSuffix(header, ";base64") else { return false }
        let mediaType = UnsafeBufferPointer(rebasing: header[..<(header.count - 7)])
        return imageMediaTypes.contains { equalsIgnoringCase(mediaType, $0) }
    }

    /// Where the host ends, after one of the schemes; nil without a host, or with white space.
    private static func hostEnd(of bytes: UnsafeBufferPointer<UInt8>, schemes: [StaticString]) -> Int? {
        guard let scheme = schemes.first(where: { hasPrefix(bytes, $0) }),
            !bytes.contains(where: isSpaceOrControl)
        else {
            return nil
        }
        let start = scheme.utf8CodeUnitCount
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
            bytes[end] != UInt8(ascii: "#")
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// Runs `body` on the string's UTF-8 bytes, copying only for non-contiguous strings.
    private static func withBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool)
        -> Bool
    {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the bytes start with `prefix`, ignoring ASCII letter case.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return (0..<count).allSatisfy { lowercased(bytes[$0]) == prefix.utf8Start[$0] }
    }

    /// Whether the bytes end with `suffix`, ignoring ASCII letter case.
    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: String) -> Bool {
        guard bytes.count >= suffix.utf8.count else { return false }
        var offset = bytes.count - suffix.utf8.count
        for byte in suffix.utf8 {
            guard lowercased(bytes[offset]) == byte else { return false }
            offset += 1
        }
        return true
    }

    /// Whether the bytes spell `text`, ignoring ASCII letter case.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String)
        -> Bool
    {
        bytes.count == text.utf8.count && zip(bytes, text.utf8).allSatisfy { lowercased($0) == $1 }
    }

    /// The ASCII lowercase of a byte.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// Whether a byte is white space or a control character.
    private static func isSpaceOrControl(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F
    }

    /// Whether a byte is an ASCII letter.
    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether a byte is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }
}
