import Foundation

/// Checks the sandbox's images in Swift, with no decoder outside this file and `Inflater`:
/// a PNG's signature, every chunk's CRC, IHDR, and IDAT inflating to exactly the bytes its rows
/// need (each row led by a valid filter type); a JPEG's markers, segment lengths, frame size,
/// entropy-coded data and EOI. `describe` returns `PNG 1024x576` or `JPEG 576x1024`.
enum ImageChecker {
    /// Why an image is not well formed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// `PNG WxH` or `JPEG WxH` for a well-formed file.
    static func describe(_ file: URL) throws -> String {
        let bytes = [UInt8](try Data(contentsOf: file))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return try png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return try jpeg(bytes) }
        throw Failure("\(file.lastPathComponent) is neither a PNG nor a JPEG")
    }

    // MARK: - PNG

    /// Checks a PNG and returns `PNG WxH`.
    static func png(_ bytes: [UInt8]) throws -> String {
        var offset = 8
        var header: (width: Int, height: Int, bitDepth: Int, colorType: Int, interlace: Int)?
        var data: [UInt8] = []
        var ended = false
        while offset < bytes.count {
            guard !ended else { throw Failure("bytes after IEND") }
            guard offset + 12 <= bytes.count else { throw Failure("a chunk is cut at byte \(offset)") }
            let length = Int(bigEndian32(bytes, offset))
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            guard offset + 12 + length <= bytes.count else { throw Failure("chunk \(type) is cut") }
            let body = Array(bytes[offset + 8..<offset + 8 + length])
            guard crc32(bytes[offset + 4..<offset + 8 + length]) == bigEndian32(bytes, offset + 8 + length) else {
                throw Failure("chunk \(type) has a wrong CRC")
            }
            switch type {
            case "IHDR":
                guard header == nil, offset == 8, length == 13 else {
                    throw Failure("IHDR is not the first chunk of 13 bytes")
                }
                header = (
                    Int(bigEndian32(body, 0)), Int(bigEndian32(body, 4)), Int(body[8]), Int(body[9]), Int(body[12])
                )
                guard body[10] == 0, body[11] == 0 else { throw Failure("unknown compression or filter method") }
            case "IDAT":
                guard header != nil else { throw Failure("IDAT before IHDR") }
                data += body
            case "IEND":
                ended = true
            default:
                guard type.first?.isLowercase == true else { throw Failure("unknown critical chunk \(type)") }
            }
            offset += 12 + length
        }
        guard let header, ended else { throw Failure("no IHDR or no IEND") }
        guard header.width > 0, header.height > 0, header.interlace == 0 else {
            throw Failure("empty or interlaced image")
        }
        let channels: Int
        switch header.colorType {
        case 0: channels = 1
        case 2: channels = 3
        case 3: channels = 1
        case 4: channels = 2
        case 6: channels = 4
        default: throw Failure("unknown color type \(header.colorType)")
        }
        let rowBytes = (header.width * channels * header.bitDepth + 7) / 8
        let expected = header.height * (1 + rowBytes)
        let pixels = try Inflater.zlib(data, limit: expected)
        guard pixels.count == expected else {
            throw Failure("IDAT inflates to \(pixels.count) bytes, not \(expected)")
        }
        for row in 0..<header.height where pixels[row * (1 + rowBytes)] > 4 {
            throw Failure("row \(row) has filter type \(pixels[row * (1 + rowBytes)])")
        }
        return "PNG \(header.width)x\(header.height)"
    }

    /// The big-endian 32-bit number at `offset`.
    private static func bigEndian32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The CRC-32 of PNG chunks (ISO 3309, reflected polynomial 0xEDB88320).
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    // MARK: - JPEG

    /// Checks a JPEG's structure and returns `JPEG WxH`.
    static func jpeg(_ bytes: [UInt8]) throws -> String {
        var offset = 2
        var size: (width: Int, height: Int)?
        var scans = 0
        while offset + 1 < bytes.count {
            guard bytes[offset] == 0xFF else { throw Failure("expected a marker at byte \(offset)") }
            let marker = bytes[offset + 1]
            offset += 2
            if marker == 0xFF { offset -= 1; continue }  // fill bytes
            if marker == 0xD9 {
                guard offset == bytes.count else { throw Failure("bytes after EOI") }
                guard let size, scans > 0 else { throw Failure("EOI before a frame and a scan") }
                return "JPEG \(size.width)x\(size.height)"
            }
            guard !(0xD0...0xD8).contains(marker), marker != 0x01 else { throw Failure("stray marker \(marker)") }
            guard offset + 2 <= bytes.count else { throw Failure("segment length cut") }
            let length = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
            guard length >= 2, offset + length <= bytes.count else { throw Failure("segment \(marker) is cut") }
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                guard length >= 8 else { throw Failure("short SOF") }
                let height = Int(bytes[offset + 3]) << 8 | Int(bytes[offset + 4])
                let width = Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6])
                let components = Int(bytes[offset + 7])
                guard width > 0, height > 0, length == 8 + 3 * components else { throw Failure("bad SOF") }
                size = (width, height)
            }
            offset += length
            if marker == 0xDA {
                guard size != nil else { throw Failure("a scan before the frame") }
                scans += 1
                // Entropy-coded data: up to a marker other than a stuffed 0xFF00 or RSTn.
                let start = offset
                while offset + 1 < bytes.count,
                    bytes[offset] != 0xFF || bytes[offset + 1] == 0 || (0xD0...0xD7).contains(bytes[offset + 1])
                {
                    offset += 1
                }
                guard offset > start else { throw Failure("an empty scan") }
            }
        }
        throw Failure("no EOI")
    }
}
