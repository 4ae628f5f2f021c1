/// RFC 3986's grammar of an absolute URI (`scheme ":" hier-part [ "?" query ] [ "#" fragment ]`),
/// checked on UTF-8 bytes in one pass: what JSON Schema's `format: uri` means.
enum URIGrammar {
    /// Whether `bytes` are a URI by RFC 3986 section 3 (ASCII only: an IRI is not a URI).
    static func isURI(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        guard let first = bytes.first, isAlpha(first) else { return false }
        var index = 1
        while index < bytes.count, isAlpha(bytes[index]) || isDigit(bytes[index]) || isAny(bytes[index], "+-.") {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        index += 1
        let end = bytes.count
        // The hier-part ends at the first "?" or "#".
        var hierEnd = index
        while hierEnd < end, bytes[hierEnd] != UInt8(ascii: "?"), bytes[hierEnd] != UInt8(ascii: "#") { hierEnd += 1 }
        guard isHierPart(bytes, index, hierEnd) else { return false }
        index = hierEnd
        if index < end, bytes[index] == UInt8(ascii: "?") {
            index += 1
            var queryEnd = index
            while queryEnd < end, bytes[queryEnd] != UInt8(ascii: "#") { queryEnd += 1 }
            guard isQueryOrFragment(bytes, index, queryEnd) else { return false }
            index = queryEnd
        }
        if index < end {  // "#"
            return isQueryOrFragment(bytes, index + 1, end)
        }
        return true
    }

    /// `"//" authority path-abempty / path-absolute / path-rootless / path-empty`.
    private static func isHierPart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if end - start >= 2, bytes[start] == UInt8(ascii: "/"), bytes[start + 1] == UInt8(ascii: "/") {
            var authorityEnd = start + 2
            while authorityEnd < end, bytes[authorityEnd] != UInt8(ascii: "/") { authorityEnd += 1 }
            return isAuthority(bytes, start + 2, authorityEnd) && isPath(bytes, authorityEnd, end)
        }
        // path-absolute may not start with "//" (handled above); path-rootless and
        // path-empty are segments of pchars.
        return isPath(bytes, start, end)
    }

    /// `*( "/" / pchar )` between the bounds.
    private static func isPath(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        isPchars(bytes, start, end, orAny: "/")
    }

    /// `*( pchar / "/" / "?" )`.
    private static func isQueryOrFragment(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        isPchars(bytes, start, end, orAny: "/?")
    }

    /// Whether everything between the bounds is a pchar or one of `extra`.
    private static func isPchars(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, orAny extra: StaticString
    ) -> Bool {
        var index = start
        while index < end {
            if isAny(bytes[index], extra) {
                index += 1
            } else {
                guard let next = pchar(bytes, index, end) else { return false }
                index = next
            }
        }
        return true
    }

    /// `[ userinfo "@" ] host [ ":" port ]`.
    private static func isAuthority(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var hostStart = start
        if let at = (start..<end).last(where: { bytes[$0] == UInt8(ascii: "@") }) {
            // userinfo = *( unreserved / pct-encoded / sub-delims / ":" )
            var index = start
            while index < at {
                if bytes[index] == UInt8(ascii: ":") {
                    index += 1
                } else {
                    guard let next = unreservedOrEscapedOrSubDelim(bytes, index, at) else { return false }
                    index = next
                }
            }
            hostStart = at + 1
        }
        if hostStart < end, bytes[hostStart] == UInt8(ascii: "[") {
            guard let close = (hostStart..<end).first(where: { bytes[$0] == UInt8(ascii: "]") }),
                isIPLiteral(bytes, hostStart + 1, close)
            else { return false }
            return isPort(bytes, close + 1, end)
        }
        var hostEnd = hostStart
        while hostEnd < end, bytes[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
        // reg-name = *( unreserved / pct-encoded / sub-delims ) (IPv4 addresses are reg-names too)
        var index = hostStart
        while index < hostEnd {
            guard let next = unreservedOrEscapedOrSubDelim(bytes, index, hostEnd) else { return false }
            index = next
        }
        return isPort(bytes, hostEnd, end)
    }

    /// Nothing, or `":" *DIGIT`.
    private static func isPort(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return true }
        guard bytes[start] == UInt8(ascii: ":") else { return false }
        return (start + 1..<end).allSatisfy { isDigit(bytes[$0]) }
    }

    /// `IPv6address / IPvFuture` between the brackets.
    private static func isIPLiteral(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        if bytes[start] == UInt8(ascii: "v") || bytes[start] == UInt8(ascii: "V") {
            // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
            var index = start + 1
            while index < end, isHexDigit(bytes[index]) { index += 1 }
            guard index > start + 1, index < end, bytes[index] == UInt8(ascii: "."), index + 1 < end else {
                return false
            }
            return (index + 1..<end).allSatisfy {
                isUnreserved(bytes[$0]) || isSubDelim(bytes[$0]) || bytes[$0] == UInt8(ascii: ":")
            }
        }
        return isIPv6(bytes, start, end)
    }

    /// RFC 3986's IPv6address: eight groups of 1–4 hex digits (the last two may be an IPv4
    /// address), with at most one `::` standing for one or more zero groups.
    private static func isIPv6(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var groups = 0
        var elided = false
        var index = start
        if end - start >= 2, bytes[start] == UInt8(ascii: ":") {
            guard bytes[start + 1] == UInt8(ascii: ":") else { return false }
            elided = true
            index = start + 2
            if index == end { return true }
        }
        while index < end {
            var digits = 0
            let groupStart = index
            while index < end, isHexDigit(bytes[index]), digits < 5 {
                index += 1
                digits += 1
            }
            if index < end, bytes[index] == UInt8(ascii: ".") {
                // A trailing IPv4 address counts as two groups.
                guard isIPv4(bytes, groupStart, end) else { return false }
                groups += 2
                index = end
                break
            }
            guard digits >= 1, digits <= 4 else { return false }
            groups += 1
            if index == end { break }
            guard bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            if index < end, bytes[index] == UInt8(ascii: ":") {
                guard !elided else { return false }
                elided = true
                index += 1
                if index == end { break }
            } else if index == end {
                return false
            }
        }
        return elided ? groups <= 7 : groups == 8
    }

    /// `dec-octet "." dec-octet "." dec-octet "." dec-octet`.
    private static func isIPv4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var octets = 0
        var index = start
        while index <= end {
            var value = 0
            var digits = 0
            while index < end, isDigit(bytes[index]), digits < 4 {
                value = value * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            // No leading zeros, at most 255.
            guard digits >= 1, digits <= 3, value <= 255, digits == 1 || bytes[index - digits] != 0x30 else {
                return false
            }
            octets += 1
            if index == end { break }
            guard bytes[index] == UInt8(ascii: "."), octets < 4 else { return false }
            index += 1
        }
        return octets == 4
    }

    /// The index after one pchar (`unreserved / pct-encoded / sub-delims / ":" / "@"`) at
    /// `index`, or nil.
    private static func pchar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        if bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "@") { return index + 1 }
        return unreservedOrEscapedOrSubDelim(bytes, index, end)
    }

    /// The index after one unreserved character, `%XX` or sub-delim at `index`, or nil.
    private static func unreservedOrEscapedOrSubDelim(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int)
        -> Int?
    {
        let byte = bytes[index]
        if isUnreserved(byte) || isSubDelim(byte) { return index + 1 }
        if byte == UInt8(ascii: "%"), index + 2 < end, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) {
            return index + 3
        }
        return nil
    }

    /// `ALPHA / DIGIT / "-" / "." / "_" / "~"`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || isAny(byte, "-._~")
    }

    /// `"!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
    private static func isSubDelim(_ byte: UInt8) -> Bool { isAny(byte, "!$&'()*+,;=") }

    /// Whether the byte is one of the ASCII characters of `set`.
    private static func isAny(_ byte: UInt8, _ set: StaticString) -> Bool {
        (0..<set.utf8CodeUnitCount).contains { set.utf8Start[$0] == byte }
    }

    /// An ASCII letter.
    private static func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// An ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// An ASCII hexadecimal digit.
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
