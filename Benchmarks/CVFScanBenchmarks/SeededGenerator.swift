/// SplitMix64: a small, fast random generator whose whole output follows from its seed, so every run and every
/// machine generates the same corpus and the same synthetic patterns.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<upperBound`. Swift's `Int.random(in:using:)` would do, but its algorithm is not promised to
    /// stay the same across Swift versions, and the corpus must.
    mutating func index(below upperBound: Int) -> Int {
        Int(next() % UInt64(max(1, upperBound)))
    }

    /// A number in the closed range.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + index(below: range.count)
    }
}
