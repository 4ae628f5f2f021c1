import Foundation
import Testing

@testable import LiangXinSandbox

/// The Swift image checker that replaced Pillow in `swift test`: it accepts the sandbox's images
/// and refuses every kind of damage, and its inflater decodes all three DEFLATE block types.
@Suite struct ImageCheckerTests {
    /// The sandbox's PNG of a gradient.
    private static let png = PNGEncoder.encode(width: 37, height: 5) { RGB(red: UInt8($0 * 40), green: 90, blue: 200) }
    /// The sandbox's JPEG of the same.
    private static let jpeg = JPEGEncoder.encode(width: 37, height: 5) {
        RGB(red: UInt8($0 * 40), green: 90, blue: 200)
    }

    @Test func theSandboxsImagesAreWellFormed() throws {
        #expect(try ImageChecker.png(Self.png) == "PNG 37x5")
        #expect(try ImageChecker.jpeg(Self.jpeg) == "JPEG 37x5")
    }

    @Test func damagedPNGsAreRefused() throws {
        var flipped = Self.png
        flipped[flipped.count - 20] ^= 0x01  // inside IDAT: its CRC no longer matches
        #expect(throws: ImageChecker.Failure.self) { try ImageChecker.png(flipped) }
        #expect(throws: ImageChecker.Failure.self) { try ImageChecker.png(Array(Self.png.dropLast(12))) }  // no IEND
        var taller = Self.png
        taller[8 + 8 + 7] = 6  // IHDR height 6: the CRC fails first
        #expect(throws: ImageChecker.Failure.self) { try ImageChecker.png(taller) }
    }

    @Test func damagedJPEGsAreRefused() throws {
        #expect(throws: ImageChecker.Failure.self) { try ImageChecker.jpeg(Array(Self.jpeg.dropLast(2))) }
        #expect(throws: ImageChecker.Failure.self) { try ImageChecker.jpeg(Self.jpeg + [0]) }
    }

    /// 300 lines of text, as Python's zlib compressed them at level 9 (dynamic Huffman codes).
    private static let text = Array((0..<300).map { "line \($0) of the sandbox\n" }.joined().utf8)
    private static let dynamic = [UInt8](
        Data(
            base64Encoded:
                "eNp12TuuIwUYhNGcVdwluMrtfiwHxCCQRkMAActHxNRJ/+yTX6fL3//48e3r9fXnb19///7t66+ff/z6y5///PT9v2vmtfP6ntdjXj/zes7rNa/3vD67AnG7Ljsvuy87MLswOzG7MTsyu7K7sngNd2V3ZXdld2V3ZXdld2V35XtXvnflG2/VXfnele9d+d6V71353pXvXXnsymNXHrvywCdyVx678tiVx648duWxKz+78rMrP7vysys/+OLZlZ9d+dmVn1352ZXnrjx35bkrz1157soT36+78tyV5648d+W1K69dee3Ka1deu/LalRd+RnbltSuvXXnvyntX3rvy3pX3rrx35b0rb/xa7sp7Vz678tmVz658duWzK59d+ezKZ1c+QIFUABa84IIXYPCCDF6gwQs2eAEHL+jgBR680EsGoVcQkoREIVlIGJKGxCF4KABRKvehFyYKUBSoKGBR4KIARoGMAhoFNspb0EUveBT4KABSIKSASIGRAiQFSgqYlEOyRy+kFFApsFKApUBLAZcCLwVgCsSUjx5l0As0BWoK2BS4KYBTIKeAToGdAjzl1LMbeuGnAFCBoAJCBYYKEBUoKmBU4KhcelhFLygVWCrAVKCpgFOBpwJQBaIKSJVbT+fohaoCVgWuCmAVyCqgVWCrAFeBrvJojtAegUECvip8Vfiq8FXhq8JXha8KXxW+ajTAoBe+KnxV+KrwVeGrwleFr6q9SYMTFyf0anPS6KTVSbOTdicNT/BV4avCV31rYkMvfFX4qvBV4avCV4WvCl8Vvip81UObInrhq8JXha8KXxW+KnxV+KrwVeGrfjSiohe+KnxV+KrwVeGrwleFrwpfFb7qqdUYvfBV4avCV4WvCl8Vvip8Vfiq8FUvzeToha8KXxW+KnxV+KrwVeGrwleFr3rrfwH0wleFrwpfFb4qfFX4qvBV4avCV330R8j/ev8FlFUU1A=="
        )!)

    @Test func theInflaterDecodesDynamicFixedAndStoredBlocks() throws {
        #expect((Self.dynamic[2] >> 1) & 3 == 2)
        #expect(try Inflater.zlib(Self.dynamic, limit: 1 << 20) == Self.text)
        // A stored block, written by hand: LEN 5, NLEN, five bytes.
        let stored: [UInt8] = [0x78, 0x01, 0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)
        #expect(
            try Inflater.zlib(stored + bigEndian(Inflater.adler32(Array("hello".utf8))), limit: 100)
                == Array("hello".utf8))
        #expect(throws: Inflater.Failure.self) { try Inflater.zlib(Self.dynamic, limit: 100) }
        var corrupt = Self.dynamic
        corrupt[corrupt.count - 1] ^= 1
        #expect(throws: Inflater.Failure.self) { try Inflater.zlib(corrupt, limit: 1 << 20) }
    }

    /// A number's four big-endian bytes.
    private func bigEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
    }
}
