import Foundation

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// The processor time the hypervisor gave to others while this machine's processors wanted it
/// (`steal` in `/proc/stat`), in seconds summed over the processors; nil where it is not known.
enum StolenTime {
    /// The steal time since boot.
    static func seconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let first = text.split(separator: "\n").first
        else { return nil }
        let fields = first.split(separator: " ")
        // cpu user nice system idle iowait irq softirq steal …, in clock ticks.
        guard fields.count > 8, fields[0] == "cpu", let ticks = Double(fields[8]) else { return nil }
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
