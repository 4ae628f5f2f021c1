/// A named string format that request payloads are checked against.
public enum StringFormat: String, Sendable, CaseIterable {
    /// An absolute URI with a scheme.
    case uri
    /// An absolute `https://` URL.
    case httpsURL = "https-url"
    /// An http(s) image URL ending in .png/.jpg/.jpeg/.webp, or a data URI of those types.
    case imageRef = "image-ref"

    /// Whether `text` has this format.
    public func accepts(_ text: String) -> Bool {
        switch self {
        case .uri: return StringFormats.isURI(text)
        case .httpsURL: return StringFormats.isHTTPSURL(text)
        case .imageRef: return StringFormats.isImageRef(text)
        }
    }

    /// Whether the UTF-8 bytes of a string have this format: `accepts(_:)` without a `String`.
    @_spi(LiangXinGenerated) public func accepts(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .uri: return URIGrammar.isURI(bytes)
        case .httpsURL: return StringFormats.isHTTPSURL(utf8: bytes)
        case .imageRef: return StringFormats.isImageRef(utf8: bytes)
        }
    }

    /// What a value must be, as issue messages say it.
    public var explanation: String {
        switch self {
        case .uri: return "an absolute URI"
        case .httpsURL: return "an https:// URL"
        case .imageRef:
            return
                "an http(s) URL ending in .png, .jpg, .jpeg or .webp, or a base64 data URI of those image types"
        }
    }
}
