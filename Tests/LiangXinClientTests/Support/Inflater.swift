/// A small, independent DEFLATE decoder (RFC 1951: stored, fixed and dynamic Huffman blocks)
/// and zlib wrapper (RFC 1950, Adler-32 checked), so that the tests check the sandbox's PNGs
/// with no decoder but their own.
struct Inflater {
    /// Why a stream does not decode.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private let input: [UInt8]
    private var position = 0
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    /// The most bytes a stream may inflate to (a guard against a corrupt length).
    private let limit: Int

    private init(_ input: [UInt8], limit: Int) {
        self.input = input
        self.limit = limit
    }

    /// The bytes of a zlib stream, its header and Adler-32 checked.
    static func zlib(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        guard bytes.count >= 6 else { throw Failure("zlib stream of \(bytes.count) bytes") }
        let header = UInt16(bytes[0]) << 8 | UInt16(bytes[1])
        guard bytes[0] & 0x0F == 8, header % 31 == 0, bytes[1] & 0x20 == 0 else {
            throw Failure("bad zlib header \(bytes[0]) \(bytes[1])")
        }
        var inflater = Inflater(Array(bytes[2...]), limit: limit)
        try inflater.run()
        let trailerStart = 2 + inflater.position
        guard trailerStart + 4 <= bytes.count else { throw Failure("zlib stream without its Adler-32") }
        let stored = bytes[trailerStart..<trailerStart + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard stored == adler32(inflater.output) else { throw Failure("Adler-32 mismatch") }
        return inflater.output
    }

    /// RFC 1950's checksum.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    /// Decodes blocks until the final one.
    private mutating func run() throws {
        var final = false
        while !final {
            final = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: Huffman.fixedLiterals, distances: Huffman.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw Failure("reserved block type 3")
            }
        }
        // The zlib trailer starts at the next whole byte.
        position -= bitCount / 8
        bitCount = 0
    }

    /// `count` bits, least significant first.
    private mutating func bits(_ count: Int) throws -> Int {
        while bitCount < count {
            guard position < input.count else { throw Failure("the stream ends early") }
            bitBuffer |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        let value = Int(bitBuffer & ((1 << UInt32(count)) - 1))
        bitBuffer >>= UInt32(count)
        bitCount -= count
        return value
    }

    /// A stored block: LEN, NLEN, then LEN bytes.
    private mutating func storedBlock() throws {
        bitBuffer = 0
        position -= bitCount / 8
        bitCount = 0
        guard position + 4 <= input.count else { throw Failure("stored block header cut") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw Failure("stored block LEN/NLEN mismatch") }
        position += 4
        guard position + length <= input.count else { throw Failure("stored block cut") }
        try append(contentsOf: input[position..<position + length])
        position += length
    }

    /// The code length tables of a dynamic block.
    private mutating func dynamicTables() throws -> (Huffman, Huffman) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengthLengths[order[index]] = try bits(3) }
        let codeLengths = try Huffman(lengths: codeLengthLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try decode(codeLengths)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let last = lengths.last else { throw Failure("repeat with no previous length") }
                lengths += Array(repeating: last, count: 3 + (try bits(2)))
            case 17: lengths += Array(repeating: 0, count: 3 + (try bits(3)))
            default: lengths += Array(repeating: 0, count: 11 + (try bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure("code lengths overrun") }
        return (
            try Huffman(lengths: Array(lengths[..<literalCount])), try Huffman(lengths: Array(lengths[literalCount...]))
        )
    }

    /// Literals and length/distance pairs up to the end-of-block symbol.
    private mutating func huffmanBlock(literals: Huffman, distances: Huffman) throws {
        let lengthBase = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258,
        ]
        let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        let distanceBase = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
            6145, 8193, 12289, 16385, 24577,
        ]
        let distanceExtra = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
        ]
        while true {
            let symbol = try decode(literals)
            if symbol < 256 {
                try append(contentsOf: [UInt8(symbol)])
            } else if symbol == 256 {
                return
            } else {
                let lengthIndex = symbol - 257
                guard lengthIndex < lengthBase.count else { throw Failure("bad length symbol \(symbol)") }
                let length = lengthBase[lengthIndex] + (try bits(lengthExtra[lengthIndex]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < distanceBase.count else { throw Failure("bad distance symbol") }
                let distance = distanceBase[distanceSymbol] + (try bits(distanceExtra[distanceSymbol]))
                guard distance <= output.count else { throw Failure("distance \(distance) before the start") }
                guard output.count + length <= limit else { throw Failure("inflates past \(limit) bytes") }
                for _ in 0..<length { output.append(output[output.count - distance]) }
            }
        }
    }

    /// Appends decoded bytes, within the limit.
    private mutating func append(contentsOf bytes: some Collection<UInt8>) throws {
        guard output.count + bytes.count <= limit else { throw Failure("inflates past \(limit) bytes") }
        output.append(contentsOf: bytes)
    }

    /// One symbol of a canonical Huffman code, read bit by bit (codes are most significant
    /// bit first).
    private mutating func decode(_ huffman: Huffman) throws -> Int {
        var code = 0
        var first = 0
        var index = 0
        for length in 1...15 {
            code |= try bits(1)
            let count = huffman.counts[length]
            if code - first < count { return huffman.symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw Failure("invalid Huffman code")
    }

    /// A canonical Huffman code as counts of codes per length and symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        /// The code of the given code lengths (0: the symbol is absent).
        init(lengths: [Int]) throws {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1...15 {
                left = left * 2 - counts[length]
                guard left >= 0 else { throw Failure("over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length > 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        /// RFC 1951 §3.2.6's fixed literal/length code.
        static let fixedLiterals = try! Huffman(
            lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24)
                + Array(repeating: 8, count: 8))
        /// The fixed distance code.
        static let fixedDistances = try! Huffman(lengths: Array(repeating: 5, count: 30))
    }
}
