import Foundation

/// Writing to the terminal's streams.
enum Terminal {
    /// Writes a line to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
