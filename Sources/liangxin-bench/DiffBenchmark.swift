import ArgumentParser
import Foundation
import LiangXinReview
import LiangXinSpec
import LiangXinYAML

/// `diff`: `liangxin-gen diff`'s work in this process (load the new side, then the files of
/// the old side that differ, diff, run the wire oracle, render Markdown), beside `lint`'s (load one side) on the same files, interleaved.
/// Sizes: the nine specs against themselves, and synthetic sets where 1% of the models had a
/// limit tightened (so that the oracle looks for an example for each).
struct DiffBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "liangxin-gen diff against lint, on the nine specs and on 1,000 models, 1% changed.")

    @OptionGroup var options: SizeOptions

    @Option(help: "Interleaved rounds; the median is reported.")
    var rounds = 5

    /// Runs each size.
    func run() throws {
        let root = try PackageRoot.find()
        let real = try SpecDirectoryReader.read(root + "/specs")
        print("size | changed models | changes | diff median | lint median | diff / lint | bump")
        for size in options.counts {
            let old = size == real.models.count ? real : SyntheticSpecs.make(count: size, from: real)
            let new = size == real.models.count ? old : Self.tighteningOnePercent(of: old)
            var diffTimes: [Double] = []
            var lintTimes: [Double] = []
            var report: DiffReport?
            for _ in 0..<max(1, rounds) {
                let diff = Measurement.time { () -> DiffReport? in
                    guard let after = SpecLoader.load(new).specs,
                        let before = SpecLoader.load(old, reusing: new, after).specs
                    else { return nil }
                    let report = DiffReport(old: before, new: after, oldName: "old", newName: "new")
                    _ = MarkdownReport(report).text
                    return report
                }
                diffTimes.append(diff.seconds)
                report = diff.result
                lintTimes.append(Measurement.time { LintReport(files: new).failed }.seconds)
            }
            guard let report else { throw BenchmarkFailure("the specs of size \(size) have errors") }
            let changed = Set(report.changes.compactMap(\.model)).count
            let diff = Measurement.median(diffTimes)
            let lint = Measurement.median(lintTimes)
            print(
                "\(size) | \(changed) | \(report.changes.count) | \(Measurement.format(seconds: diff)) | "
                    + "\(Measurement.format(seconds: lint)) | \(String(format: "%.2f", diff / lint))× | \(report.bump.rawValue)"
            )
        }
    }

    /// 1% of the models (at least one), spread over the set, with their first `maxLength` halved.
    static func tighteningOnePercent(of files: SpecFiles) -> SpecFiles {
        var files = files
        let wanted = max(1, files.models.count / 100)
        var changed = 0
        var index = 0
        while changed < wanted, index < files.models.count {
            let file = files.models[index]
            let text = String(decoding: file.bytes, as: UTF8.self)
            if let range = text.range(of: "    maxLength: ") {
                let end = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
                if let limit = Int(text[range.upperBound..<end]) {
                    let edited = text.replacingCharacters(in: range.upperBound..<end, with: String(max(1, limit / 2)))
                    files.models[index] = SourceFile(path: file.path, text: edited)
                    changed += 1
                    index += files.models.count / wanted - 1
                }
            }
            index += 1
        }
        return files
    }
}
