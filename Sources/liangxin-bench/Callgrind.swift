import Foundation

/// Instruction counts under valgrind's callgrind: the one figure this shared machine does not
/// blur.
enum Callgrind {
    /// Whether valgrind is installed.
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/valgrind") }

    /// A copy of an executable without debug information, in a temporary folder: valgrind
    /// 3.19 gives up on the DWARF 5 that clang writes for C targets, and counting needs only
    /// the symbols.
    static func strippedCopy(of path: String) throws -> String {
        let copy = NSTemporaryDirectory() + "liangxin-callgrind-\(getpid())-" + (path as NSString).lastPathComponent
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let usage = try ChildProcess(arguments: ["strip", "-g", copy]).run()
        guard usage.status == 0 else { throw BenchmarkFailure("strip -g \(copy) failed: \(usage.output)") }
        return copy
    }

    /// The instructions a command executes, from callgrind's summary.
    static func instructions(_ arguments: [String]) throws -> Double {
        let usage = try ChildProcess(
            arguments: ["/usr/bin/valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + arguments
        ).run()
        guard let line = usage.output.split(separator: "\n").first(where: { $0.contains("Collected :") }),
            let number = line.split(separator: " ").last.flatMap({ Double($0) })
        else { throw BenchmarkFailure("callgrind gave no count for \(arguments.joined(separator: " "))") }
        return number
    }
}
