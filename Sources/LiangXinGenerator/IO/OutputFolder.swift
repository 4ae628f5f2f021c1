import Foundation

/// The generated output folder on disk: reads the generator-owned files and applies a plan
/// with atomic writes (temporary file, then rename).
public struct OutputFolder: Sendable {
    /// A write or read that failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the path.
        public var description: String
    }

    /// The folder, e.g. `Generated`.
    public let path: String

    /// Creates a handle on a folder (it need not exist yet).
    public init(path: String) {
        self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    }

    /// Every file under the folder that carries the generator's marker, by relative path.
    public func generatorOwnedFiles() -> [String: String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [:] }
        var files: [String: String] = [:]
        while let relative = enumerator.nextObject() as? String {
            let full = path + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: full)
            else { continue }
            let contents = String(decoding: data, as: UTF8.self)
            if SyncPlan.isGenerated(contents[...]) { files[relative] = contents }
        }
        return files
    }

    /// Writes changed and missing files atomically and deletes extra ones.
    public func apply(_ plan: SyncPlan) throws(Failure) {
        for file in plan.changed + plan.missing {
            try write(file)
        }
        for relative in plan.extra {
            do {
                try FileManager.default.removeItem(atPath: path + "/" + relative)
            } catch {
                throw Failure(description: "\(path)/\(relative): cannot delete: \(error.localizedDescription)")
            }
            removeEmptyParents(of: relative)
        }
    }

    /// Writes one file through a temporary sibling and a rename, so readers never see half a file.
    private func write(_ file: GeneratedFile) throws(Failure) {
        let full = path + "/" + file.path
        let directory = (full as NSString).deletingLastPathComponent
        let temporary = directory + "/.\((full as NSString).lastPathComponent).tmp-\(getpid())"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, full) == 0 else {
                throw Failure(description: "\(full): cannot rename into place (errno \(errno))")
            }
        } catch let failure as Failure {
            try? FileManager.default.removeItem(atPath: temporary)
            throw failure
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(description: "\(full): cannot write: \(error.localizedDescription)")
        }
    }

    /// Removes folders left empty by deletions, up to the output folder itself.
    private func removeEmptyParents(of relative: String) {
        var components = relative.split(separator: "/").dropLast()
        while !components.isEmpty {
            let folder = path + "/" + components.joined(separator: "/")
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: folder), contents.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: folder)
            components = components.dropLast()
        }
    }
}
