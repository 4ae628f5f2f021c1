/// Writes RGB images as PNG: filter `Sub` on every row and a fixed-Huffman deflate stream
/// that codes runs as back-references, so a smooth image of any size stays small.
enum PNGEncoder {
    /// The PNG file of an image whose rows are each one colour (`rowColor(y)`).
    static func encode(width: Int, height: Int, rowColor: (Int) -> RGB) -> [UInt8] {
        var raw = Adler32()
        var deflate = FixedHuffmanWriter()
        deflate.writeBlockHeader(final: true)
        let zeros = 3 * (width - 1)
        for y in 0..<height {
            let color = rowColor(y)
            for byte in [1, color.red, color.green, color.blue] {
                deflate.writeLiteral(byte)
                raw.add(byte)
            }
            deflate.writeRunOfZeros(zeros)
            raw.add(zeros: zeros)
        }
        deflate.writeEndOfBlock()
        var zlib: [UInt8] = [0x78, 0x01] + deflate.finish()
        zlib += raw.value.bigEndianBytes
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", UInt32(width).bigEndianBytes + UInt32(height).bigEndianBytes + [8, 2, 0, 0, 0])
        file += chunk("IDAT", zlib)
        file += chunk("IEND", [])
        return file
    }

    /// A chunk: length, type, data, CRC of type and data.
    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return UInt32(data.count).bigEndianBytes + typed + CRC32.checksum(typed).bigEndianBytes
    }
}

/// An 8-bit RGB colour.
struct RGB: Sendable, Equatable {
    /// The channels, 0...255.
    var red: UInt8, green: UInt8, blue: UInt8
}

/// A deflate stream of one fixed-Huffman block (RFC 1951 §3.2.6), written bit by bit.
struct FixedHuffmanWriter {
    private var bytes: [UInt8] = []
    private var buffer: UInt32 = 0
    private var count = 0

    /// `BFINAL` and `BTYPE = 01`.
    mutating func writeBlockHeader(final: Bool) {
        writeBits(final ? 1 : 0, count: 1)
        writeBits(1, count: 2)
    }

    /// A literal byte.
    mutating func writeLiteral(_ byte: UInt8) { writeSymbol(Int(byte)) }

    /// `length` zero bytes after a zero was written: literals, then distance-1 copies.
    mutating func writeRunOfZeros(_ length: Int) {
        guard length > 0 else { return }
        writeLiteral(0)
        var left = length - 1
        while left >= 3 {
            let run = min(left, 258)
            let usable = left - run > 0 && left - run < 3 ? run - 3 : run
            writeMatch(length: usable)
            left -= usable
        }
        for _ in 0..<left { writeLiteral(0) }
    }

    /// The end-of-block symbol.
    mutating func writeEndOfBlock() { writeSymbol(256) }

    /// The stream, padded to a whole byte.
    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0
        count = 0
        return bytes
    }

    /// A back-reference of 3...258 bytes at distance 1.
    private mutating func writeMatch(length: Int) {
        let (symbol, extraBits, base) = Self.lengthCode(length)
        writeSymbol(symbol)
        if extraBits > 0 { writeBits(UInt32(length - base), count: extraBits) }
        writeHuffman(0, length: 5)  // distance code 0: distance 1
    }

    /// A literal/length symbol with its fixed code.
    private mutating func writeSymbol(_ symbol: Int) {
        switch symbol {
        case 0...143: writeHuffman(0x30 + symbol, length: 8)
        case 144...255: writeHuffman(0x190 + symbol - 144, length: 9)
        case 256...279: writeHuffman(symbol - 256, length: 7)
        default: writeHuffman(0xC0 + symbol - 280, length: 8)
        }
    }

    /// The length symbol, its extra bit count and its base length.
    private static func lengthCode(_ length: Int) -> (Int, Int, Int) {
        if length == 258 { return (285, 0, 258) }
        let bases = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227,
        ]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5]
        var index = bases.count - 1
        while bases[index] > length { index -= 1 }
        return (257 + index, extras[index], bases[index])
    }

    /// A Huffman code, most significant bit first.
    private mutating func writeHuffman(_ code: Int, length: Int) {
        var reversed: UInt32 = 0
        for bit in 0..<length { reversed |= UInt32((code >> bit) & 1) << UInt32(length - 1 - bit) }
        writeBits(reversed, count: length)
    }

    /// Bits, least significant first.
    private mutating func writeBits(_ value: UInt32, count bitCount: Int) {
        buffer |= value << UInt32(count)
        count += bitCount
        while count >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            count -= 8
        }
    }
}

/// The Adler-32 checksum of zlib streams.
struct Adler32 {
    private var a: UInt32 = 1
    private var b: UInt32 = 0

    /// Adds one byte.
    mutating func add(_ byte: UInt8) {
        a = (a + UInt32(byte)) % 65521
        b = (b + a) % 65521
    }

    /// Adds `count` zero bytes (a stays, b grows by a each time).
    mutating func add(zeros count: Int) {
        b = UInt32((UInt64(b) + UInt64(a) * UInt64(count)) % 65521)
    }

    /// The checksum.
    var value: UInt32 { (b << 16) | a }
}

/// The CRC-32 of PNG chunks.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of bytes.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension UInt32 {
    /// The four bytes, most significant first.
    var bigEndianBytes: [UInt8] {
        [UInt8(self >> 24), UInt8((self >> 16) & 0xFF), UInt8((self >> 8) & 0xFF), UInt8(self & 0xFF)]
    }
}
