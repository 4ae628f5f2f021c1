import ArgumentParser
import Foundation
import LiangXinGenerator
import LiangXinRuntime
import LiangXinSpec
import LiangXinYAML

/// `liangxin-gen validate [PATH …]`: checks createTask payloads against the specs, offline.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate createTask payloads offline against the specs.",
        discussion: """
            Reads *.json files (one body each), *.jsonl files (one body per line), folders \
            (searched recursively) and - (standard input: one body per line, or one document). \
            The specs are interpreted at run time, so a spec that has not been regenerated yet \
            is honoured, with exactly the generated validators' issues. Exits 0 when every \
            payload is valid, 1 when any is invalid, 2 for usage errors or unreadable input.
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Validate bare input objects of this model instead of whole createTask bodies.")
    var model: String?

    @Option(help: "The spec folder (default: specs/ at or above the current directory, else the built-in specs).")
    var specs: String?

    @Option(help: "text: one line an issue; json: one object a payload.")
    var format: PayloadReport.Format = .text

    @Option(
        help: """
            The largest payload read, in bytes: a larger .json file, JSON Lines line or \
            standard-input document is reported as too large and not parsed.
            """)
    var maxPayloadBytes: Int = Self.defaultMaximumPayloadBytes

    @Option(help: "Threads validating JSON Lines files; the output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(
        help: ArgumentHelp(
            "Check every payload with the spec interpreter alone, not the single-pass verifier first "
                + "(the output is the same; for comparisons).", visibility: .hidden))
    var interpreterOnly = false

    /// 64 MiB: far above any real createTask body, and the bound on what one payload may
    /// cost in memory (a parsed payload takes a few times its size).
    static let defaultMaximumPayloadBytes = 64 << 20

    /// The reason given for a payload over the limit.
    private var tooLarge: String {
        "the payload is larger than \(maxPayloadBytes) bytes (--max-payload-bytes)"
    }

    /// Loads the specs, then streams every input through the validator.
    func run() throws {
        guard !paths.isEmpty else { throw usage("give at least one path, or - for standard input") }
        guard maxPayloadBytes > 0 else { throw usage("--max-payload-bytes must be positive") }
        guard jobs > 0 else { throw usage("--jobs must be positive (got \(jobs))") }
        let specs = try loadSpecs()
        let engine: SpecValidator.Engine = interpreterOnly ? .interpreterOnly : .singlePassFirst
        let validator = SpecValidator(specs: specs, engine: engine)
        if let model, !validator.knows(model: model) {
            let hint =
                Suggestion.closest(to: model, among: validator.modelIDs).map { "; did you mean '\($0)'?" }
                ?? ""
            throw usage("unknown model '\(model)'\(hint)")
        }
        var report = PayloadReport(format: format)
        var unreadable = false
        let (inputs, missing) = PayloadInputs.expand(paths)
        for path in missing {
            Terminal.printError("error: \(path): no such file or folder")
            unreadable = true
        }
        /// A validation function over its own validator (each `--jobs` worker makes one).
        let makeCheck: @Sendable () -> ParallelLines.Check = { [model] in
            let validator = SpecValidator(specs: specs, engine: engine)
            return { bytes in model.map { validator.check(input: bytes, model: $0) } ?? validator.check(body: bytes) }
        }
        let check = makeCheck()
        // Runs of `.json` files go to the workers together, 64 files a batch.
        var files: [String] = []
        for input in inputs {
            if jobs > 1, case .json(let path) = input {
                files.append(path)
                continue
            }
            readFiles(&files, makeCheck: makeCheck, into: &report)
            if !read(input, check: check, makeCheck: makeCheck, into: &report) { unreadable = true }
        }
        readFiles(&files, makeCheck: makeCheck, into: &report)
        if report.hadReadErrors { unreadable = true }
        report.progress.finish()
        report.output.flush()
        if format == .text { print(report.summary) }
        if unreadable { throw ExitCode(2) }
        if report.invalid == 0 { return }
        throw ExitCode(1)
    }

    /// Reads the specs; spec errors are printed and end the command with exit 2.
    private func loadSpecs() throws -> SpecSet {
        try SpecFolder.checked(
            try SpecFolder.filesOrBuiltIn(specs, failureCode: 2), failureCode: 2, failure: "the specs have errors")
    }

    /// Validates `.json` files on the workers, in order, and empties the list.
    private func readFiles(
        _ files: inout [String], makeCheck: @escaping @Sendable () -> ParallelLines.Check,
        into report: inout PayloadReport
    ) {
        guard !files.isEmpty else { return }
        let (format, maximumBytes, tooLarge) = (self.format, maxPayloadBytes, self.tooLarge)
        let batches = stride(from: 0, to: files.count, by: 64).map { Array(files[$0..<min($0 + 64, files.count)]) }
        OrderedWorkers.run(batches: batches.count, jobs: jobs, into: &report) {
            let check = makeCheck()
            return { index in
                var part = PayloadReport(format: format, collecting: true)
                for path in batches[index] {
                    _ = Self.readFile(path, maximumBytes: maximumBytes, tooLarge: tooLarge, check: check, into: &part)
                }
                return part
            }
        }
        files = []
    }

    /// Validates one input; false when it could not be read.
    private func read(
        _ input: PayloadInputs.Input,
        check: ParallelLines.Check, makeCheck: @escaping @Sendable () -> ParallelLines.Check,
        into report: inout PayloadReport
    ) -> Bool {
        switch input {
        case .json(let path):
            return Self.readFile(path, maximumBytes: maxPayloadBytes, tooLarge: tooLarge, check: check, into: &report)
        case .jsonLines(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                Terminal.printError("error: \(path): cannot be read")
                return false
            }
            defer { close(descriptor) }
            if jobs > 1, let size = FileSlices.regularFileSize(descriptor) {
                let slices = FileSlices(descriptor: descriptor, size: size, maximumLineLength: maxPayloadBytes)
                return ParallelLines(jobs: jobs, format: format, tooLarge: tooLarge).run(
                    slices, name: path, makeCheck: makeCheck, into: &report)
            }
            return readLines(
                LineReader(descriptor: descriptor, maximumLineLength: maxPayloadBytes), name: path, check: check,
                into: &report)
        case .standardInput:
            return readStandardInput(check: check, into: &report)
        }
    }

    /// One `.json` file, one payload; false (with the error recorded) when it cannot be read.
    static func readFile(
        _ path: String, maximumBytes: Int, tooLarge: String, check: ParallelLines.Check,
        into report: inout PayloadReport
    ) -> Bool {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            report.addUnreadable(file: path, line: nil, reason: tooLarge)
            return true
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            report.readError("error: \(path): cannot be read")
            return false
        }
        let outcome = data.withUnsafeBytes { check($0) }
        report.add(file: path, line: nil, outcome: outcome)
        return true
    }

    /// One payload per non-blank line.
    private func readLines(
        _ reader: LineReader, name: String,
        check: (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome,
        into report: inout PayloadReport
    ) -> Bool {
        let finished = reader.forEachLine { number, bytes in
            guard let bytes else {
                report.addUnreadable(file: name, line: number, reason: tooLarge)
                return
            }
            guard !Self.isBlank(bytes) else { return }
            report.add(file: name, line: number, outcome: check(bytes))
        }
        if !finished { Terminal.printError("error: \(name): read failed") }
        return finished
    }

    /// Standard input: JSON Lines when its first non-blank line is a whole JSON value,
    /// otherwise one JSON document.
    private func readStandardInput(
        check: (UnsafeRawBufferPointer) -> CreateTaskBodyValidator.Outcome,
        into report: inout PayloadReport
    ) -> Bool {
        var mode: Bool?  // true: lines; false: one document
        var document: [UInt8] = []
        var firstLine = 0
        var documentTooLarge = false
        let finished = LineReader(descriptor: 0, maximumLineLength: maxPayloadBytes).forEachLine { number, bytes in
            guard let bytes else {
                if mode == false {
                    documentTooLarge = true
                } else {
                    report.addUnreadable(file: "<stdin>", line: number, reason: tooLarge)
                }
                return
            }
            if mode == nil {
                guard !Self.isBlank(bytes) else { return }
                mode = (try? JSONParser.parse(bytes)) != nil
                firstLine = number
            }
            if mode == true {
                guard !Self.isBlank(bytes) else { return }
                report.add(file: "<stdin>", line: number, outcome: check(bytes))
            } else if !documentTooLarge {
                if document.count + bytes.count + 1 > maxPayloadBytes {
                    documentTooLarge = true
                    document = []
                } else {
                    document.append(contentsOf: bytes)
                    document.append(0x0A)
                }
            }
        }
        if mode == false, documentTooLarge {
            report.addUnreadable(file: "<stdin>", line: nil, reason: tooLarge)
        } else if mode == false {
            let outcome = document.withUnsafeBytes { check($0) }
            report.add(
                file: "<stdin>", line: outcome.parseError == nil ? nil : firstLine, outcome: outcome)
        }
        return finished
    }

    /// Whether a line holds only white space.
    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// A usage error: printed, exit 2.
    private func usage(_ message: String) -> ExitCode {
        Terminal.printError("error: \(message)")
        return ExitCode(2)
    }
}
