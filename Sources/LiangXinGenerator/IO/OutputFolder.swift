import Foundation
import LiangXinSpec

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
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: full)
            else { continue }
            let contents = String(decoding: data, as: UTF8.self)
            if SyncPlan.isGenerated(contents[...]) { files[relative] = contents }
        }
        return files
    }

    /// Writes changed and missing files atomically and deletes extra ones.
    public func apply(_ plan: SyncPlan) throws(Failure) {
        var createdFolders: Set<String> = []
        for file in plan.changed + plan.missing {
            let full = path + "/" + file.path
            let folder = String(full[..<(full.lastIndex(of: "/") ?? full.startIndex)])
            if createdFolders.insert(folder).inserted {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw Failure(description: "\(folder): cannot create: \(error.localizedDescription)")
                }
            }
            try Self.writeAtomically(file.contents, to: full)
        }
        for relative in plan.extra {
            do {
                try FileManager.default.removeItem(atPath: path + "/" + relative)
            } catch {
                throw Failure(
                    description: "\(path)/\(relative): cannot delete: \(error.localizedDescription)")
            }
            removeEmptyParents(of: relative)
        }
    }

    /// Writes through a temporary sibling and a rename, so readers never see half a file.
    private static func writeAtomically(_ contents: String, to full: String) throws(Failure) {
        let slash = full.lastIndex(of: "/").map { full.index(after: $0) } ?? full.startIndex
        let temporary = String(full[..<slash]) + "." + full[slash...] + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "\(temporary): cannot create (errno \(errno))")
        }
        var bytes = Array(contents.utf8)
        let written = bytes.withUnsafeMutableBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written, rename(temporary, full) == 0 else {
            unlink(temporary)
            throw Failure(description: "\(full): cannot write (errno \(errno))")
        }
    }

    /// Removes folders left empty by deletions, up to the output folder itself.
    private func removeEmptyParents(of relative: String) {
        var components = relative.split(separator: "/").dropLast()
        while !components.isEmpty {
            let folder = path + "/" + components.joined(separator: "/")
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: folder),
                contents.isEmpty
            else { return }
            try? FileManager.default.removeItem(atPath: folder)
            components = components.dropLast()
        }
    }
}
