import Foundation
import LiangXinSpec
import LiangXinYAML

/// Reads a spec folder as it was at a git revision, with `git ls-tree` and `git show`: no
/// checkout, no change to the working tree.
public enum GitRevision {
    /// Why the folder could not be read.
    public struct Failure: Error, CustomStringConvertible {
        /// The message, e.g. `git: unknown revision 'nope'`.
        public var description: String
    }

    /// The spec files under `folder` (relative to the repository that holds the current
    /// directory) at `revision`; their display paths read `main:specs/models/z-image.yaml`.
    public static func specFiles(folder: String, revision: String) throws(Failure) -> SpecFiles {
        let root: String
        let top = try git(["rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        if folder.hasPrefix("/") {
            // An absolute folder (found above the current directory): relative to the repository.
            guard folder.hasPrefix(top + "/") else {
                throw Failure(description: "\(folder) is not inside the git repository at \(top)")
            }
            root = String(folder.dropFirst(top.count + 1))
        } else {
            let prefix = try git(["rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
            root = (prefix + folder).replacingOccurrences(of: "/./", with: "/")
        }
        let listed = try git(["-C", top, "ls-tree", "-r", "--name-only", revision, "--", root])
            .split(separator: "\n").map(String.init)
        guard !listed.isEmpty else {
            throw Failure(description: "\(revision):\(root): no such spec folder")
        }
        var api: SourceFile?
        var models: [SourceFile] = []
        for path in listed {
            let relative = String(path.dropFirst(root.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            let display = "\(revision):\(root)/\(relative)"
            if relative == "api.yaml" {
                api = SourceFile(path: display, bytes: try gitBytes(["show", "\(revision):\(path)"]))
            } else if relative.hasPrefix("models/"), relative.hasSuffix(".yaml"), !relative.dropFirst(7).contains("/") {
                models.append(SourceFile(path: display, bytes: try gitBytes(["show", "\(revision):\(path)"])))
            }
        }
        return SpecFiles(root: "\(revision):\(root)", api: api, models: models)
    }

    /// The standard output of a git command, as text.
    private static func git(_ arguments: [String]) throws(Failure) -> String {
        String(decoding: try gitBytes(arguments), as: UTF8.self)
    }

    /// The standard output of a git command (at most `limit` bytes: a spec file larger than
    /// the loader accepts is not read whole); its standard error becomes the failure.
    private static func gitBytes(_ arguments: [String], limit: Int = Int.max) throws(Failure) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "git could not be started: \(error.localizedDescription)")
        }
        let bytes = (try? output.fileHandleForReading.read(upToCount: limit)) ?? nil
        if (bytes?.count ?? 0) >= limit {
            // Enough to know it is too large: the loader says so with the file's location.
            process.terminate()
            process.waitUntilExit()
            return Array(bytes ?? Data())
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.joined(separator: " ")): \(text)")
        }
        return Array(bytes ?? Data())
    }
}
