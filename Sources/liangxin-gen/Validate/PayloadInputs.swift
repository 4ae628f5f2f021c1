import Foundation

/// Expands the command's paths into the files to read, in a stable order.
enum PayloadInputs {
    /// One input: a file of one body, a file of one body per line, or standard input.
    enum Input: Equatable {
        case json(String)
        case jsonLines(String)
        case standardInput
    }

    /// Files as given (by extension: `.jsonl` is one body per line, anything else one body),
    /// directories searched recursively for `*.json` and `*.jsonl` in sorted order, `-` for
    /// standard input. Paths that do not exist are returned as missing.
    static func expand(_ paths: [String]) -> (inputs: [Input], missing: [String]) {
        var inputs: [Input] = []
        var missing: [String] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(path.hasSuffix(".jsonl") ? .jsonLines(path) : .json(path))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
                .sorted()
            inputs += found.map {
                $0.hasSuffix(".jsonl") ? .jsonLines(base + "/" + $0) : .json(base + "/" + $0)
            }
        }
        return (inputs, missing)
    }
}
