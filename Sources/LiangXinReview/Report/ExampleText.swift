/// Shortens an example body for a terminal or a pull-request comment: long strings inside it
/// keep their first characters and say how long they were. The JSON report keeps it whole.
enum ExampleText {
    /// The longest string shown whole.
    static let longestString = 60

    /// `{"model":"z-image","input":{"prompt":"xxxxxxxx… (4096 characters)"}}`.
    static func short(_ body: String) -> String {
        var output = ""
        var run = ""
        var inString = false
        var escaped = false
        for character in body {
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    output +=
                        run.count > longestString
                        ? String(run.prefix(longestString)) + "… (\(run.count) characters)" : run
                    output.append(character)
                    run = ""
                    inString = false
                    continue
                }
                run.append(character)
            } else {
                if character == "\"" { inString = true }
                output.append(character)
            }
        }
        return output + run
    }
}
