import Foundation
@_exported import LiangXin
@_exported import LiangXinCorpus
@_exported import LiangXinGenerator
@_exported import LiangXinReview
@_exported import LiangXinSpec
@_exported import LiangXinYAML

/// What the harnesses share: the repository's specs, loaded once, and a way to fail that
/// libFuzzer records as a crash with its reproducer.
public enum FuzzSupport {
    /// The package root (three folders above this file's folder).
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The repository's spec files, read once.
    public static let specFiles: SpecFiles = {
        do {
            return try SpecDirectoryReader.read(packageRoot + "/specs")
        } catch {
            fatalError("cannot read the specs: \(error)")
        }
    }()

    /// The repository's checked specs.
    public static let specs: SpecSet = {
        guard let specs = SpecLoader.load(specFiles).specs else { fatalError("the repository's specs have errors") }
        return specs
    }()

    /// Stops the run with `message`: libFuzzer keeps the input that got here as a reproducer.
    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(("FUZZ FINDING: " + message + "\n").utf8))
        abort()
    }
}
