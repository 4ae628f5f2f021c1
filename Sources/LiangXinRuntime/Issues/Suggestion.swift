/// Finds the closest known word to a misspelling, for "did you mean" hints.
///
/// Shared by the spec checker and the payload validators so both suggest alike.
public enum Suggestion {
    /// The longest word a suggestion is looked for, in UTF-8 bytes: no key is a typo of one
    /// this long, and the search stays cheap whatever a hostile payload or spec holds (each
    /// comparison costs at most this length times a candidate's).
    public static let maximumWordLength = 128

    /// The candidate nearest to `word`, when it is near enough to be a plausible typo.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        guard word.utf8.count <= maximumWordLength else { return nil }
        let limit = max(1, min(3, word.count / 3))
        var best: (candidate: String, distance: Int)?
        let length = word.count
        let lowered = word.lowercased()
        for candidate in candidates where abs(candidate.count - length) <= limit {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` or the empty string.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and
    /// transpositions of neighbours each cost one (`maxLenght` is one step from `maxLength`).
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
