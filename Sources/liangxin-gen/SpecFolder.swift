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
        if let given { return given }
        let directory = FileManager.default.currentDirectoryPath
        guard let found = SpecLocator.find(from: directory) else {
            Terminal.printError("error: no specs/ folder in \(directory) or above; pass --specs DIR")
            throw ExitCode(failureCode)
        }
        if found != "specs" { Terminal.printError("note: using the specs at \(found)") }
        return found
    }

    /// The files of `given`, of the `specs/` folder at or above the current directory, or
    /// else of the specs built into the tool, saying which on standard error.
    static func filesOrBuiltIn(_ given: String?, failureCode: Int32) throws -> SpecFiles {
        if given != nil || SpecLocator.find(from: FileManager.default.currentDirectoryPath) != nil {
            return try files(try resolve(given, failureCode: failureCode), failureCode: failureCode)
        }
        let builtIn = SpecLocator.builtIn(LiangXinBuiltInSpecs.files)
        Terminal.printError(
            "note: no specs/ folder in \(FileManager.default.currentDirectoryPath) or above; using the "
                + "\(builtIn.models.count) models built into liangxin-gen (specs \(LiangXinBuiltInSpecs.fingerprint))")
        return builtIn
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
