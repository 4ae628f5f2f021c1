/// A set of Unicode scalars as sorted, disjoint, non-adjacent closed ranges: what one step of a
/// pattern may consume (a literal, a class, `.`, `\d`).
public struct ScalarSet: Hashable, Sendable {
    /// The ranges, sorted by their lower bound, disjoint and not touching.
    public private(set) var ranges: [ClosedRange<UInt32>]

    /// The set of the given ranges, in any order, overlapping or not.
    public init(_ ranges: [ClosedRange<UInt32>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1, last.upperBound != UInt32.max {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        self.ranges = merged
    }

    /// The set of one scalar.
    public init(scalar: UInt32) { ranges = [scalar...scalar] }

    /// Every scalar value (surrogate code points included: they never occur in a `String`).
    public static let all = ScalarSet([0...0x10FFFF])

    /// Whether the set holds `value`.
    @inline(__always)
    public func contains(_ value: UInt32) -> Bool {
        if ranges.count <= 4 {
            for range in ranges where range.contains(value) { return true }
            return false
        }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Every scalar value that is not in the set.
    public var inverted: ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return ScalarSet(result)
    }

    /// The union of two sets.
    public func union(_ other: ScalarSet) -> ScalarSet { ScalarSet(ranges + other.ranges) }
}

extension ScalarSet {
    /// ECMA-262 `\d`: the ASCII digits.
    public static let digits = ScalarSet([0x30...0x39])
    /// ECMA-262 `\w`: ASCII letters, digits and `_`.
    public static let wordCharacters = ScalarSet([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// ECMA-262 LineTerminator: LF, CR, U+2028 and U+2029.
    public static let lineTerminators = ScalarSet([0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])
    /// ECMA-262 `\s`: WhiteSpace (tab, VT, FF, space, U+00A0, U+FEFF and the Zs category) and
    /// LineTerminator.
    public static let whiteSpace = ScalarSet([
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])
    /// ECMA-262 `.` without the `s` flag: any scalar but a line terminator.
    public static let dot = lineTerminators.inverted
}
