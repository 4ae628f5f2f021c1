/// Paints a task's result: a vertical gradient between two colours derived from the task id,
/// so each task's image differs and every image is a real, decodable file.
enum ImageRenderer {
    /// The file bytes of the requested image.
    static func render(_ request: ImageRequest, seed: String) -> [UInt8] {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in seed.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let top = RGB(
            red: UInt8(truncatingIfNeeded: hash), green: UInt8(truncatingIfNeeded: hash >> 8),
            blue: UInt8(truncatingIfNeeded: hash >> 16))
        let bottom = RGB(
            red: UInt8(truncatingIfNeeded: hash >> 24), green: UInt8(truncatingIfNeeded: hash >> 32),
            blue: UInt8(truncatingIfNeeded: hash >> 40))
        let height = request.height
        let rowColor = { (y: Int) -> RGB in
            let t = height > 1 ? Double(y) / Double(height - 1) : 0
            func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * (1 - t) + Double(b) * t).rounded()) }
            return RGB(
                red: mix(top.red, bottom.red), green: mix(top.green, bottom.green), blue: mix(top.blue, bottom.blue))
        }
        switch request.format {
        case .png: return PNGEncoder.encode(width: request.width, height: height, rowColor: rowColor)
        case .jpeg: return JPEGEncoder.encode(width: request.width, height: height, rowColor: rowColor)
        }
    }
}
