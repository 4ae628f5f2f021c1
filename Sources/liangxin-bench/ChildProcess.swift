import Foundation

/// One command run to completion, with its own wall time, processor time and peak memory.
///
/// `wait4` reports the resources of the child and of the descendants it waited for, so the
/// figures of `swift build` include its compiler processes and nothing that ran before.
struct ChildProcess {
    /// What a finished command used.
    struct Usage {
        /// Wall-clock seconds from start to exit.
        var seconds: Double
        /// User and system processor seconds of the command and its descendants.
        var cpuSeconds: Double
        /// Peak resident memory of the largest process among them, in MiB.
        var peakMiB: Double
        /// The exit status (0 for success).
        var status: Int32
        /// Standard output and error, interleaved.
        var output: String
    }

    /// The program and its arguments.
    var arguments: [String]
    /// The working directory, or the current one when nil.
    var directory: String?
    /// How much of the output is kept, in bytes: a command that prints a hundred megabytes
    /// must not make this process that large (a spawned child starts with this process's
    /// peak memory as its own, until it executes the command).
    var outputLimit = Int.max

    /// Runs the command (found through `PATH`, by GNU `env`), waits for it and returns its usage.
    ///
    /// Dirty pages are flushed first (`sync`), so that no command pays for the writes of the
    /// one before it: on this machine's disk that was up to half a second for 2,000 small files.
    func run() throws -> Usage {
        sync()
        let log = NSTemporaryDirectory() + "liangxin-bench-child-\(getpid()).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // `env -C` changes the directory (Glibc's module has no posix_spawn_file_actions_addchdir).
        let command = ["/usr/bin/env"] + (directory.map { ["-C", $0] } ?? []) + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw BenchmarkFailure("could not start \(arguments.joined(separator: " ")): error \(spawned)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        let handle = FileHandle(forReadingAtPath: log)
        let outputData = (try? handle?.read(upToCount: outputLimit)) ?? nil
        try? handle?.close()
        let output = outputData.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Usage(
            seconds: seconds, cpuSeconds: cpu(usage.ru_utime) + cpu(usage.ru_stime),
            peakMiB: Double(usage.ru_maxrss) / 1024, status: exitStatus, output: output)
    }

    /// Runs the command and fails, with the end of its output, unless it exits with 0.
    func runChecked() throws -> Usage {
        let usage = try run()
        guard usage.status == 0 else {
            throw BenchmarkFailure(
                "\(arguments.joined(separator: " ")) exited with \(usage.status):\n"
                    + String(usage.output.suffix(4000)))
        }
        return usage
    }
}
