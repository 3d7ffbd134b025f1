/// Score thresholds that turn a 0–100 score into a band. A calibration file replaces them per dimension.
public struct BandThresholds: Sendable, Hashable {
    /// Lowest score banded `limited`.
    public var limited: Double
    /// Lowest score banded `moderate`.
    public var moderate: Double
    /// Lowest score banded `strong`.
    public var strong: Double

    /// Creates thresholds; they must ascend within 0...100.
    public init(limited: Double, moderate: Double, strong: Double) {
        self.limited = limited
        self.moderate = moderate
        self.strong = strong
    }

    /// The thresholds cvfscan uses without a calibration file (see the README's scoring section).
    public static let standard = BandThresholds(limited: 12, moderate: 35, strong: 65)

    /// The band of a score.
    public func band(for score: Double) -> Band {
        if score >= strong { return .strong }
        if score >= moderate { return .moderate }
        if score >= limited { return .limited }
        return .none
    }
}
