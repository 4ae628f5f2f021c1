import ArgumentParser
import Foundation
import LiangXinBuiltInSpecs
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// Reading a spec folder for a command: unreadable folders and spec errors are printed and
/// end the command with the command's own exit code.
enum SpecFolder {
    /// The folder a command works on: `given`, or the `specs/` folder at or above the current
    /// directory (named on standard error when it is not `./specs`); without one, an error.
    static func resolve(_ given: String?, failureCode: Int32) throws -> String {
        switch choose(given, builtIn: false) {
        case .folder(let folder, _): return folder
        case .builtIn, .missing: throw ExitCode(failureCode)
        }
    }

    /// The files of `given`, of the `specs/` folder at or above the current directory, or
    /// else of the specs built into the tool, saying which on standard error.
    static func filesOrBuiltIn(_ given: String?, failureCode: Int32) throws -> SpecFiles {
        switch choose(given, builtIn: true) {
        case .folder(let folder, _): return try files(folder, failureCode: failureCode)
        case .builtIn(let files, _): return files
        case .missing: throw ExitCode(failureCode)
        }
    }

    /// ``SpecLocator/choose(given:from:tool:builtIn:)`` for liangxin-gen, its note or error printed.
    private static func choose(_ given: String?, builtIn: Bool) -> SpecLocator.Choice {
        let choice = SpecLocator.choose(
            given: given, from: FileManager.default.currentDirectoryPath, tool: "liangxin-gen",
            builtIn: builtIn ? (LiangXinBuiltInSpecs.files, LiangXinBuiltInSpecs.fingerprint) : nil)
        switch choice {
        case .folder(_, let note): if let note { Terminal.printError(note) }
        case .builtIn(_, let note): Terminal.printError(note)
        case .missing(let message): Terminal.printError(message)
        }
        return choice
    }

    /// The checked specs of `files` (reusing `previous`'s parsed files that are the same);
    /// diagnostics are printed, then `failure`, and the command ends with `failureCode`.
    static func checked(
        _ files: SpecFiles, reusing previous: (files: SpecFiles, specs: SpecSet)? = nil, failureCode: Int32,
        failure: String
    ) throws -> SpecSet {
        let loaded = previous.map { SpecLoader.load(files, reusing: $0.files, $0.specs) } ?? SpecLoader.load(files)
        guard let specs = loaded.specs else {
            Terminal.printError(loaded.renderedDiagnostics)
            Terminal.printError("error: \(failure)")
            throw ExitCode(failureCode)
        }
        return specs
    }

    /// The output folder beside a spec folder: `Generated` beside `specs`, `/repo/Generated`
    /// beside `/repo/specs`.
    static func output(beside specs: String) -> String {
        let parent = (specs as NSString).deletingLastPathComponent
        return parent.isEmpty ? "Generated" : parent + "/Generated"
    }

    /// The folder's files.
    static func files(_ path: String, failureCode: Int32) throws -> SpecFiles {
        do {
            return try SpecDirectoryReader.read(path)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(failureCode)
        }
    }

    /// The folder's checked specs; diagnostics are printed, then `failure` and the exit code.
    static func specs(_ path: String, failureCode: Int32, failure: String) throws -> SpecSet {
        let loaded: SpecLoader.Result
        do {
            loaded = try SpecLoader.load(folder: path)
        } catch {
            Terminal.printError("error: \(error.description)")
            throw ExitCode(failureCode)
        }
        guard let specs = loaded.specs else {
            Terminal.printError(loaded.renderedDiagnostics)
            Terminal.printError("error: \(failure)")
            throw ExitCode(failureCode)
        }
        return specs
    }
}
