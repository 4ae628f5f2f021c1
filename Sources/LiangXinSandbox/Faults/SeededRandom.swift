import NIOConcurrencyHelpers

/// A thread-safe, seeded random source (SplitMix64): the same seed gives the same sequence.
public final class SandboxRandom: Sendable {
    private let state: NIOLockedValueBox<UInt64>

    /// Creates a source from a seed.
    public init(seed: UInt64) { state = NIOLockedValueBox(seed) }

    /// The next 64 random bits.
    public func next() -> UInt64 {
        state.withLockedValue { state in
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    /// A number in 0..<1.
    public func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Whether an event with this probability happens.
    public func chance(_ probability: Double) -> Bool { probability > 0 && unit() < probability }
}
