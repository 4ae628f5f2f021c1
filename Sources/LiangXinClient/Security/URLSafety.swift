import Foundation
import LiangXinRuntime

/// Which URLs may carry the API key: https anywhere, plain http only on loopback.
enum URLSafety {
    /// Whether a host is this machine (`localhost`, `127.0.0.0/8`, `::1`).
    static func isLoopback(_ host: String?) -> Bool {
        host.map(Loopback.isLoopbackHost) ?? false
    }

    /// Whether requests to the URL may carry credentials.
    static func isSafe(_ url: URL) -> Bool {
        switch url.scheme?.lowercased() {
        case "https": return url.host != nil
        case "http": return isLoopback(url.host)
        default: return false
        }
    }

    /// Whether two URLs are on the same origin (scheme, host and port).
    static func sameOrigin(_ first: URL, _ second: URL) -> Bool {
        first.scheme?.lowercased() == second.scheme?.lowercased()
            && first.host?.lowercased() == second.host?.lowercased() && effectivePort(first) == effectivePort(second)
    }

    /// The URL's port, or its scheme's default.
    private static func effectivePort(_ url: URL) -> Int? {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
    }
}
