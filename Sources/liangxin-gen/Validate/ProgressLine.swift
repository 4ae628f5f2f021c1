import Foundation

/// The progress of a long validation, redrawn on one line of standard error about twice a
/// second while it is a terminal: `1,200,000 payloads, 182,000 a second`. Silent otherwise,
/// and erased before the summary.
struct ProgressLine {
    /// Whether the line is drawn: standard error is a terminal, and it was asked for.
    let isShown: Bool
    /// When the work started.
    private let start = ContinuousClock.now
    /// When the line was last drawn.
    private var drawn = ContinuousClock.now
    /// Whether a line is on the screen.
    private var visible = false

    /// A progress line, drawn when `shown` and standard error is a terminal.
    init(shown: Bool = true) {
        isShown = shown && isatty(STDERR_FILENO) == 1
    }

    /// Redraws the line when half a second has passed (the clock is read every 1,024 payloads,
    /// or at once when `force`d: after a batch of `--jobs`).
    mutating func update(payloads: Int, force: Bool = false) {
        guard isShown, force || payloads & 1023 == 0 else { return }
        let now = ContinuousClock.now
        guard now - drawn >= .milliseconds(500) else { return }
        drawn = now
        let seconds = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(payloads) / seconds) : 0
        FileHandle.standardError.write(
            Data("\r\u{1B}[K\(Self.grouped(payloads)) payloads, \(Self.grouped(rate)) a second".utf8))
        visible = true
    }

    /// Erases the line.
    mutating func finish() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }

    /// `1200000` → `1,200,000`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
