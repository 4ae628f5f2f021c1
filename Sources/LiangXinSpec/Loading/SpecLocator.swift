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
