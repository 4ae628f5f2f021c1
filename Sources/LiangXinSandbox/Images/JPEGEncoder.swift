/// Writes baseline JPEG files (YCbCr 4:4:4) of images whose 8×8 blocks are each one colour:
/// every block is its DC coefficient alone, coded with two small Huffman tables of its own.
enum JPEGEncoder {
    /// The JPEG file of an image whose rows are each one colour (`rowColor(y)`, sampled at
    /// the middle of each block row).
    static func encode(width: Int, height: Int, rowColor: (Int) -> RGB) -> [UInt8] {
        var file: [UInt8] = [0xFF, 0xD8]
        file += segment(0xDB, [0x00] + [UInt8](repeating: 1, count: 64))  // one quantization table of ones
        file += segment(
            0xC0,
            [8] + UInt16(height).bytes + UInt16(width).bytes + [3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0])
        // DC table 0: categories 0...11, each a 4-bit code. AC table 0: end-of-block alone, "0".
        var dcCounts = [UInt8](repeating: 0, count: 16)
        dcCounts[3] = 12
        file += segment(0xC4, [0x00] + dcCounts + (0...11).map { UInt8($0) })
        var acCounts = [UInt8](repeating: 0, count: 16)
        acCounts[0] = 1
        file += segment(0xC4, [0x10] + acCounts + [0x00])
        file += segment(0xDA, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0])
        var bits = EntropyWriter()
        var previous = [0, 0, 0]
        let blockColumns = (width + 7) / 8
        for blockRow in 0..<(height + 7) / 8 {
            let color = rowColor(min(blockRow * 8 + 4, height - 1))
            let levels = ycbcr(color).map { 8 * ($0 - 128) }
            for _ in 0..<blockColumns {
                for component in 0..<3 {
                    bits.writeDC(difference: levels[component] - previous[component])
                    previous[component] = levels[component]
                    bits.write(0, count: 1)  // end of block
                }
            }
        }
        file += bits.finish()
        return file + [0xFF, 0xD9]
    }

    /// A marker segment: `FF marker`, a length that counts itself, then the data.
    private static func segment(_ marker: UInt8, _ data: [UInt8]) -> [UInt8] {
        [0xFF, marker] + UInt16(data.count + 2).bytes + data
    }

    /// The colour as Y, Cb, Cr levels 0...255 (JFIF).
    private static func ycbcr(_ color: RGB) -> [Int] {
        let (r, g, b) = (Double(color.red), Double(color.green), Double(color.blue))
        let y = 0.299 * r + 0.587 * g + 0.114 * b
        let cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
        let cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
        return [y, cb, cr].map { Int($0.rounded()).clamped(to: 0...255) }
    }
}

/// The entropy-coded segment: bits most significant first, `FF` bytes stuffed with `00`.
struct EntropyWriter {
    private var bytes: [UInt8] = []
    private var buffer: UInt32 = 0
    private var count = 0

    /// A DC difference: its category as a 4-bit code, then the category's extra bits.
    mutating func writeDC(difference: Int) {
        let magnitude = abs(difference)
        let category = magnitude == 0 ? 0 : Int.bitWidth - magnitude.leadingZeroBitCount
        write(UInt32(category), count: 4)
        guard category > 0 else { return }
        let extra = difference >= 0 ? difference : difference + (1 << category) - 1
        write(UInt32(extra), count: category)
    }

    /// Bits, most significant first.
    mutating func write(_ value: UInt32, count bitCount: Int) {
        buffer = (buffer << UInt32(bitCount)) | (value & ((1 << UInt32(bitCount)) - 1))
        count += bitCount
        while count >= 8 {
            emit(UInt8((buffer >> UInt32(count - 8)) & 0xFF))
            count -= 8
        }
        buffer &= (1 << UInt32(count)) - 1
    }

    /// The bytes, the last one padded with ones.
    mutating func finish() -> [UInt8] {
        if count > 0 {
            let padding = 8 - count
            write((1 << UInt32(padding)) - 1, count: padding)
        }
        return bytes
    }

    /// One byte, stuffed when it is `FF`.
    private mutating func emit(_ byte: UInt8) {
        bytes.append(byte)
        if byte == 0xFF { bytes.append(0) }
    }
}

extension UInt16 {
    /// The two bytes, most significant first.
    var bytes: [UInt8] { [UInt8(self >> 8), UInt8(self & 0xFF)] }
}

extension Int {
    /// The value limited to a range.
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
