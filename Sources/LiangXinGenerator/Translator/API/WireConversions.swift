import LiangXinSpec

/// The conversions between the API's wire numbers and Foundation's and the standard library's
/// types (`format: unix-ms` ↔ `Date`, `format: duration-ms` ↔ `Swift.Duration`), emitted once in
/// their own file as extensions of the runtime's reader and writer, so that each field reads and
/// writes with one short call.
struct WireConversions {
    /// The generated file's name.
    static let fileName = "WireConversions"
    /// The reader method of a Unix-milliseconds time.
    static let readDate = "date"
    /// The writer argument label of a Unix-milliseconds time.
    static let writeDate = "date"
    /// The reader method of a millisecond duration.
    static let readDuration = "duration"
    /// The writer argument label of a millisecond duration.
    static let writeDuration = "duration"

    /// Whether some field is a date.
    let dates: Bool
    /// Whether some field is a duration.
    let durations: Bool

    /// The extensions, or nil when no field needs them.
    func declaration() -> [SwiftDecl]? {
        guard dates || durations else { return nil }
        var reading: [SwiftDecl] = []
        var writing: [SwiftDecl] = []
        let date = GeneratedCodeModules.date
        if dates {
            reading += SwiftDecl.documented(
                ["A Unix-milliseconds time as a date; nil when absent or null."],
                SwiftDecl.block(
                    "mutating func \(Self.readDate)(_ key: Swift.String) -> \(date)?",
                    [.line("unixMilliseconds(key).map { \(date)(timeIntervalSince1970: Swift.Double($0) / 1000) }")]))
            writing += SwiftDecl.documented(
                ["Writes a date as Unix milliseconds, or 0 when absent, as the service writes an unset time."],
                SwiftDecl.block(
                    "mutating func write(_ key: Swift.String, \(Self.writeDate): \(date)?)",
                    [
                        .line(
                            "write(key, \(Self.writeDate).map { Swift.Int(($0.timeIntervalSince1970 * 1000).rounded()) } ?? 0)"
                        )
                    ]))
        }
        if durations {
            if !reading.isEmpty { reading.append(.blank) }
            reading += SwiftDecl.documented(
                ["A count of milliseconds as a duration."],
                SwiftDecl.block(
                    "mutating func \(Self.readDuration)(_ key: Swift.String) -> Swift.Duration",
                    [.line("Swift.Duration.milliseconds(integer(key))")]))
            if !writing.isEmpty { writing.append(.blank) }
            let components = "\(Self.writeDuration).components"
            writing += SwiftDecl.documented(
                ["Writes a duration as whole milliseconds."],
                SwiftDecl.block(
                    "mutating func write(_ key: Swift.String, \(Self.writeDuration): Swift.Duration)",
                    [
                        .line("let milliseconds = \(components).attoseconds / 1_000_000_000_000_000"),
                        .line("write(key, Swift.Int(\(components).seconds) * 1000 + Swift.Int(milliseconds))"),
                    ]))
        }
        return SwiftDecl.block("extension \(RuntimeSymbol.responseReader)", reading) + [.blank]
            + SwiftDecl.block("extension \(RuntimeSymbol.jsonObjectWriter)", writing)
    }
}
