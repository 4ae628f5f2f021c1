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
