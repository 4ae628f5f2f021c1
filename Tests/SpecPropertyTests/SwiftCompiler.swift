import Foundation

/// Compiles generated code the way an app would: `LiangXinRuntime` from its sources as a module
/// of its own, then the generated `LiangXin` sources with a driver into an executable.
enum SwiftCompiler {
    /// A compiler or program run that failed, with its output.
    struct Failure: Error, CustomStringConvertible {
        /// The command and what it printed.
        var description: String
    }

    /// Runs a program to completion; its standard output, or a failure with both outputs.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let text = String(decoding: outputData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let shown = arguments.prefix(6).joined(separator: " ")
            let errorText = String(decoding: errorData, as: UTF8.self)
            // The errors first: a compiler's warnings can bury them.
            let errorLines = errorText.split(separator: "\n").filter { $0.contains("error:") }.prefix(40)
            throw Failure(
                description: "\(shown) … exited \(process.terminationStatus)\n" + errorLines.joined(separator: "\n")
                    + "\n" + errorText.prefix(10_000) + text.prefix(2_000))
        }
        return text
    }

    /// The Swift files under a folder, sorted.
    static func swiftFiles(under folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".swift") { files.append(folder + "/" + path) }
        }
        return files.sorted()
    }

    /// Builds `LiangXinRuntime` from `sources` into `folder` (a module and a static library).
    static func buildRuntime(sources: String, into folder: String) throws {
        try run(
            [
                "swiftc", "-parse-as-library", "-module-name", "LiangXinRuntime", "-swift-version", "6",
                "-emit-module", "-emit-module-path", folder + "/LiangXinRuntime.swiftmodule",
                "-emit-library", "-static", "-o", folder + "/libLiangXinRuntime.a",
            ] + swiftFiles(under: sources))
    }

    /// Compiles the generated model sources and `driver` (a `main.swift`) against the runtime
    /// in `runtimeFolder` into the executable `output`, in Swift 6 language mode, with warnings
    /// as errors: generated code compiles clean.
    static func buildDriver(generated: [String], driver: String, runtimeFolder: String, output: String) throws {
        try run(
            [
                "swiftc", "-module-name", "LiangXin", "-swift-version", "6", "-I", runtimeFolder, "-L", runtimeFolder,
                "-lLiangXinRuntime", "-warnings-as-errors", "-o", output,
            ] + generated + [driver])
    }
}
