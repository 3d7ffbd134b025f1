/// Steele, Lea & Flood's SplitMix64: a tiny seeded generator whose output is fixed by its seed on every
/// platform and toolchain, which Swift's `SystemRandomNumberGenerator` is not meant to be.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    private var state: UInt64

    /// A generator whose sequence is determined by `seed` alone.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in 0..<`bound` by Lemire's multiply-and-reject method, without modulo bias and
    /// without relying on the standard library's (unspecified) `random(in:using:)` algorithm. Returns 0 when
    /// `bound` is not positive.
    public mutating func nextIndex(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let rejectBelow = (0 &- range) % range
            while product.low < rejectBelow { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// The SplitMix64 finaliser, also used to derive independent seeds for independent streams.
    public static func mix(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
