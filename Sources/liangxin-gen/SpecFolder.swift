import ArgumentParser
import LiangXinGenerator
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
        let files = try files(path, failureCode: failureCode)
        let loaded = SpecLoader.load(files)
        guard let specs = loaded.specs else {
            Terminal.printError(DiagnosticRenderer(sources: files.all).render(loaded.diagnostics))
            Terminal.printError("error: \(failure)")
            throw ExitCode(failureCode)
        }
        return specs
    }
}
