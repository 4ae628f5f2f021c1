import Foundation

/// Wall-clock timing and peak memory readings.
enum Measurement {
    /// Seconds taken by `body`, and its result.
    static func time<T>(_ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, result)
    }

    /// This process's peak resident memory, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The middle value of measurements.
    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// `0.123 s` or `12.3 ms`.
    static func format(seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}
