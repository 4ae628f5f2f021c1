import ArgumentParser
import Foundation
import LiangXinSpec

/// `liangxin-gen new <model-id> [--from ID]`: writes `specs/models/<model-id>.yaml`, a
/// commented skeleton or a copy of an existing model, and never overwrites a file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a model spec: a commented skeleton, or a copy of an existing model.",
        discussion: "Then: edit it, `liangxin-gen lint`, `liangxin-gen generate`, `liangxin-gen diff --base main`."
    )

    @Argument(help: "The new model's id, which is also its file name: lowercase letters, digits, '-' and '.'.")
    var modelID: String

    @Option(help: "Copy this existing model instead of writing a skeleton.")
    var from: String?

    @Option(help: "The spec folder (default: specs/ at or above the current directory).")
    var specs: String?

    /// Writes the new spec, or says why not (exit 1).
    func run() throws {
        let specs = try SpecFolder.resolve(self.specs, failureCode: 1)
        let path = "\(specs)/models/\(modelID).yaml"
        do {
            let text: String
            if let from {
                let sourcePath = "\(specs)/models/\(from).yaml"
                guard let source = FileManager.default.contents(atPath: sourcePath) else {
                    throw ModelScaffold.Failure(description: "\(sourcePath): no such model spec")
                }
                text = try ModelScaffold.copy(of: String(decoding: source, as: UTF8.self), from: from, as: modelID)
            } else {
                text = try ModelScaffold.skeleton(id: modelID)
            }
            guard !FileManager.default.fileExists(atPath: path) else {
                throw ModelScaffold.Failure(description: "\(path) already exists")
            }
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw ModelScaffold.Failure(description: "\(path) could not be written")
            }
        } catch let failure as ModelScaffold.Failure {
            Terminal.printError("error: \(failure.description)")
            throw ExitCode(1)
        }
        print("wrote \(path)")
        print("next: edit it, then liangxin-gen lint, liangxin-gen generate, liangxin-gen diff --base main")
    }
}
