import Foundation
import LiangXinYAML

/// Where a command's specs are when it was not told: the `specs/` folder at or above the
/// current directory, as git finds `.git`; and, for the commands that can run without a
/// checkout, the spec files built into the tool.
public enum SpecLocator {
    /// The nearest `specs/` folder holding an `api.yaml`, at or above `directory`: `specs` when
    /// it is the directory's own, an absolute path otherwise; nil when there is none.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        var isOwn = true
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("specs/api.yaml").path) {
                return isOwn ? "specs" : url.appendingPathComponent("specs").path
            }
            if url.path == "/" || url.path.isEmpty { return nil }
            url.deleteLastPathComponent()
            isOwn = false
        }
    }

    /// Where a command's specs are, with the note it says about them on standard error.
    public enum Choice {
        /// A folder, with a note when it is neither given nor `./specs`.
        case folder(String, note: String?)
        /// The files built into the tool, with the note that says so.
        case builtIn(SpecFiles, note: String)
        /// None: the error to print.
        case missing(String)
    }

    /// The specs of a command: `given`; else the `specs/` folder at or above `directory`; else,
    /// for a tool that has them (`builtIn`: its files and their fingerprint), the built-in specs.
    public static func choose(
        given: String?, from directory: String, tool: String,
        builtIn: (files: [(path: String, text: String)], fingerprint: String)?
    ) -> Choice {
        if let given { return .folder(given, note: nil) }
        if let found = find(from: directory) {
            return .folder(found, note: found == "specs" ? nil : "note: using the specs at \(found)")
        }
        guard let builtIn else { return .missing("error: no specs/ folder in \(directory) or above; pass --specs DIR") }
        let files = self.builtIn(builtIn.files)
        return .builtIn(
            files,
            note: "note: no specs/ folder in \(directory) or above; using the \(files.models.count) models built into "
                + "\(tool) (specs \(builtIn.fingerprint))")
    }

    /// Spec files built into a tool (`LiangXinBuiltInSpecs.files`), under the display root
    /// `built-in:specs`.
    public static func builtIn(_ files: [(path: String, text: String)]) -> SpecFiles {
        let root = "built-in:specs"
        let api = files.first { $0.path == "api.yaml" }.map { SourceFile(path: root + "/api.yaml", text: $0.text) }
        let models = files.filter { $0.path.hasPrefix("models/") }.map {
            SourceFile(path: root + "/" + $0.path, text: $0.text)
        }
        return SpecFiles(root: root, api: api, models: models)
    }
}
