import LiangXinGenerator
import LiangXinSpec
import LiangXinYAML

/// Spec sets of any size, made by cloning the nine real model specs under new ids.
enum SyntheticSpecs {
    /// `count` models from the spec folder: the real specs when `count` is their number,
    /// otherwise ``make(count:from:)`` of them.
    static func read(count: Int, specsFolder: String) throws -> SpecFiles {
        let real = try SpecDirectoryReader.read(specsFolder)
        return count == real.models.count ? real : make(count: count, from: real)
    }

    /// `count` models: the real ones first, then clones `<id>-s<n>` cycling through them.
    static func make(count: Int, from real: SpecFiles) -> SpecFiles {
        var models: [SourceFile] = []
        for index in 0..<count {
            let template = real.models[index % real.models.count]
            let text = String(decoding: template.bytes, as: UTF8.self)
            guard index >= real.models.count else {
                models.append(template)
                continue
            }
            let id = idOf(text)
            let newID = "\(id)-s\(index)"
            let renamed = text.replacingOccurrences(of: "id: \(id)\n", with: "id: \(newID)\n")
            models.append(SourceFile(path: "specs/models/\(newID).yaml", text: renamed))
        }
        return SpecFiles(root: "specs", api: real.api, models: models)
    }

    /// The value of the `id:` line.
    private static func idOf(_ text: String) -> String {
        let line = text.split(separator: "\n").first { $0.hasPrefix("id: ") } ?? "id: m"
        return String(line.dropFirst(4))
    }
}
