import ArgumentParser
import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// Reading a spec folder for a command: unreadable folders and spec errors are printed and
/// end the command with the command's own exit code.
enum SpecFolder {
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
