/// This machine's addresses, where plain http is acceptable: the sandbox, and the callback
/// receivers of local tests. The one place the client and the sandbox decide it.
public enum Loopback {
    /// Whether a host names this machine: `localhost`, `127.0.0.0/8` or `::1` (in brackets
    /// or not), in any case.
    public static func isLoopbackHost(_ host: String) -> Bool {
        var bare = Substring(host.lowercased())
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = bare.dropFirst().dropLast() }
        if bare == "localhost" || bare == "::1" { return true }
        // 127.0.0.0/8 as a dotted quad: `127.example.com` is a name, not this machine.
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127"
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }
    }

    /// Whether a URL is plain `http://` to a loopback host, e.g. `http://127.0.0.1:8080/hook`.
    public static func isLoopbackHTTP(_ url: String) -> Bool {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") else { return false }
        let authority = lowered.dropFirst("http://".count).prefix { !"/?#".contains($0) }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return false }
            return isLoopbackHost(String(hostAndPort[...close]))
        }
        return isLoopbackHost(String(hostAndPort.prefix { $0 != ":" }))
    }

    /// Whether an issue is only the `https-url` rule failing on a loopback `http://` callback
    /// URL, which the sandbox accepts (and so the client, when talking to it).
    public static func excuses(_ issue: ValidationIssue, callBackUrl: String?) -> Bool {
        guard issue.pointer == "/callBackUrl", issue.code == .format, let callBackUrl else { return false }
        return isLoopbackHTTP(callBackUrl)
    }
}
