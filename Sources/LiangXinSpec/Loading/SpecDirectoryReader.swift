import Foundation
import LiangXinYAML

/// Reads a spec folder from disk: the only place the spec side of the library touches files.
public enum SpecDirectoryReader {
    /// A folder that cannot be read.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the path.
        public var description: String
    }

    /// `DIR/api.yaml` and every `DIR/models/*.yaml`, shown under `DIR`'s spelling.
    public static func read(_ directory: String) throws(Failure) -> SpecFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw Failure(description: "\(directory): no such spec folder")
        }
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let api = try readIfPresent(root + "/api.yaml")
        let modelsFolder = root + "/models"
        let names = ((try? manager.contentsOfDirectory(atPath: modelsFolder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        var models: [SourceFile] = []
        for name in names {
            if let file = try readIfPresent(modelsFolder + "/" + name) { models.append(file) }
        }
        return SpecFiles(root: root, api: api, models: models)
    }

    /// The file's bytes, nil when it does not exist. Of a file larger than
    /// ``SpecLoader/maximumFileBytes`` only one byte more than the limit is read: enough for
    /// the loader to refuse it, whatever its size.
    private static func readIfPresent(_ path: String) throws(Failure) -> SourceFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path),
            let data = try? handle.read(upToCount: SpecLoader.maximumFileBytes + 1)
        else {
            throw Failure(description: "\(path): cannot be read")
        }
        try? handle.close()
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
