import LiangXinSpec

/// A line-based unified diff (Myers' algorithm), for showing drift in `generate --check`.
enum UnifiedDiff {
    /// One edit step.
    private enum Edit: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The unified diff of two texts with three lines of context; empty when they are equal.
    static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3)
        -> String
    {
        let a = lines(old)
        let b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { if case .keep = $0 { return false } else { return true } }) else {
            return ""
        }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks(edits, context: context) {
            output += render(hunk, a: a, b: b)
        }
        return output
    }

    /// Splits into lines, keeping a final line without newline.
    private static func lines(_ text: String) -> [Substring] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false)
        if result.last == "" { result.removeLast() }
        return result
    }

    /// The shortest edit script from `a` to `b`.
    private static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count
        let m = b.count
        let max = n + m
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) {
                    x = v[max + k + 1]
                } else {
                    x = v[max + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[max + k] = x
                if x >= n, y >= m { break outer }
            }
        }
        var edits: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[max + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(.keep(x, y))
            }
            if d > 0 {
                if x == previousX { edits.append(.insert(y - 1)) } else { edits.append(.delete(x - 1)) }
                x = previousX
                y = previousY
            }
        }
        return edits.reversed()
    }

    /// Groups edits into hunks with `context` unchanged lines around each change.
    private static func hunks(_ edits: [Edit], context: Int) -> [ArraySlice<Edit>] {
        let changed = edits.indices.filter {
            if case .keep = edits[$0] { return false } else { return true }
        }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = Swift.max(0, index - context)...Swift.min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...Swift.max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges.map { edits[$0] }
    }

    /// `@@ -l,s +l,s @@` and the hunk's lines.
    private static func render(_ hunk: ArraySlice<Edit>, a: [Substring], b: [Substring]) -> String {
        var oldStart: Int?
        var newStart: Int?
        var oldCount = 0
        var newCount = 0
        var body = ""
        for edit in hunk {
            switch edit {
            case .keep(let x, let y):
                oldStart = oldStart ?? x
                newStart = newStart ?? y
                oldCount += 1
                newCount += 1
                body += " \(a[x])\n"
            case .delete(let x):
                oldStart = oldStart ?? x
                oldCount += 1
                body += "-\(a[x])\n"
            case .insert(let y):
                newStart = newStart ?? y
                newCount += 1
                body += "+\(b[y])\n"
            }
        }
        let oldLine = oldCount == 0 ? (oldStart ?? 0) : (oldStart ?? 0) + 1
        let newLine = newCount == 0 ? (newStart ?? 0) : (newStart ?? 0) + 1
        return "@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@\n" + body
    }
}
