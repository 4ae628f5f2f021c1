import ArgumentParser
import LiangXinRuntime

/// Formats one payload's outcome as text lines or as a JSON object, and keeps the totals.
struct PayloadReport {
    /// `text` for people, `json` for machines.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    /// How output is formatted.
    let format: Format
    /// Where output goes.
    var output: OutputBuffer
    /// How many payloads were checked.
    private(set) var payloads = 0
    /// How many had at least one issue.
    private(set) var invalid = 0
    /// The progress line on a terminal's standard error (never a collecting report's).
    var progress: ProgressLine

    /// Creates a report in a format; a `collecting` one keeps its output for ``absorb(_:)``.
    init(format: Format, collecting: Bool = false) {
        self.format = format
        self.output = OutputBuffer(collecting: collecting)
        self.progress = ProgressLine(shown: !collecting)
    }

    /// Whether an input could not be read (each was said on standard error): exit 2.
    private(set) var hadReadErrors = false
    /// A collecting report's read errors, said when it is absorbed.
    private var pendingReadErrors: [String] = []

    /// Says that an input could not be read: now, or, in a collecting report, when absorbed.
    mutating func readError(_ message: String) {
        hadReadErrors = true
        if output.isCollecting { pendingReadErrors.append(message) } else { Terminal.printError(message) }
    }

    /// Adds a collecting report's payloads, counts and output after this one's, in order.
    mutating func absorb(_ part: inout PayloadReport) {
        for message in part.pendingReadErrors { readError(message) }
        payloads += part.payloads
        invalid += part.invalid
        output.append(bytes: part.output.take())
        progress.update(payloads: payloads, force: true)
    }

    /// Records one payload's outcome. `line` is nil for whole-file payloads.
    mutating func add(file: String, line: Int?, outcome: CreateTaskBodyValidator.Outcome) {
        payloads += 1
        progress.update(payloads: payloads)
        if !outcome.issues.isEmpty { invalid += 1 }
        switch format {
        case .text: addText(file: file, line: line, outcome: outcome)
        case .json: addJSON(file: file, line: line, outcome: outcome)
        }
    }

    /// `file:line: /pointer: message`, or `file:line:col: invalid JSON: message`.
    private mutating func addText(file: String, line: Int?, outcome: CreateTaskBodyValidator.Outcome) {
        if let error = outcome.parseError {
            let fileLine = (line ?? 1) + error.line - 1
            output.line("\(file):\(fileLine):\(error.column): invalid JSON: \(error.message)")
            return
        }
        for issue in outcome.issues {
            output.append(file)
            if let line {
                output.append(":")
                output.append(line)
            }
            output.append(": ")
            let pointer = issue.pointer
            output.append(pointer.isEmpty ? "/" : pointer)
            output.append(": ")
            output.append(issue.message)
            output.endLine()
        }
    }

    /// One JSON object per payload, written issue by issue.
    private mutating func addJSON(file: String, line: Int?, outcome: CreateTaskBodyValidator.Outcome) {
        output.append(
            "{\"file\":" + JSONString.quote(file) + ",\"line\":" + (line.map(String.init) ?? "null")
                + ",\"model\":" + (outcome.model.map(JSONString.quote) ?? "null")
                + ",\"valid\":" + (outcome.issues.isEmpty ? "true" : "false") + ",\"issues\":[")
        for (index, issue) in outcome.issues.enumerated() {
            output.append(
                (index == 0 ? "" : ",") + "{\"pointer\":" + JSONString.quote(issue.pointer) + ",\"code\":"
                    + JSONString.quote(issue.code.rawValue)
                    + ",\"message\":" + JSONString.quote(issue.message) + ",\"limit\":"
                    + (issue.limit.map(JSONString.quote) ?? "null")
                    + ",\"actual\":" + (issue.actual.map(JSONString.quote) ?? "null") + "}")
        }
        output.line("]}")
    }

    /// A payload that could not be read at all (over the size limit). `line` is nil for
    /// whole-file payloads.
    mutating func addUnreadable(file: String, line: Int?, reason: String) {
        add(
            file: file, line: line,
            outcome: .init(
                model: nil, issues: [ValidationIssue(pointer: "", code: .invalidJSON, message: reason)],
                parseError: nil))
    }

    /// `12 payloads, 9 valid, 3 invalid`.
    var summary: String {
        "\(payloads) payload\(payloads == 1 ? "" : "s"), \(payloads - invalid) valid, \(invalid) invalid"
    }
}
