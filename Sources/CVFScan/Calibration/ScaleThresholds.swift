/// Ascending cut points on the 0-100 score that turn a score into one of the bands of any rating scale.
///
/// The calibration layer's counterpart of the engine's fixed three-threshold `BandThresholds`: it serves
/// scales other than 0...3, so it holds `pointCount - 1` values rather than named fields. A score at or above threshold `i` (zero-based) and below threshold `i + 1` falls in band `i + 1`; a score
/// below the first threshold falls in band 0, the scale's lowest point.
public struct ScaleThresholds: Sendable, Hashable {
    /// The thresholds, strictly ascending, each within 0...100.
    public let values: [Double]

    /// Validates and wraps `values` for `scale`; `dimension` only labels the error message.
    public init(_ values: [Double], scale: RatingScale, dimension: String? = nil) throws(CalibrationError) {
        try ScaleThresholds.validate(values, expectedCount: scale.thresholdCount, dimension: dimension)
        self.values = values
    }

    /// Wraps values already known to be valid (built by the fitter from observed 0-100 scores).
    init(validated values: [Double]) {
        self.values = values
    }

    /// Evenly spaced thresholds for `scale`: 25, 50, 75 for a four-point scale.
    public static func evenlySpaced(for scale: RatingScale) -> ScaleThresholds {
        let bandCount = Double(scale.pointCount)
        return ScaleThresholds(validated: (1..<scale.pointCount).map { Double($0) * 100 / bandCount })
    }

    /// The zero-based band of `score`: how many thresholds are at or below it.
    public func bandIndex(for score: Double) -> Int {
        // Thresholds are few (at most 100), so a linear count beats a binary search in practice.
        var band = 0
        for threshold in values where score >= threshold { band += 1 }
        return band
    }

    /// The band of `score` expressed as a rating on `scale`.
    public func band(for score: Double, on scale: RatingScale) -> Int {
        scale.lowest + bandIndex(for: score)
    }

    static func validate(_ values: [Double], expectedCount: Int, dimension: String?) throws(CalibrationError) {
        guard values.count == expectedCount else {
            throw .invalidThresholds(dimension: dimension, problem: .wrongCount(found: values.count, expected: expectedCount))
        }
        for (position, value) in values.enumerated() {
            guard value.isFinite else {
                throw .invalidThresholds(dimension: dimension, problem: .notFinite(position: position))
            }
            guard value >= 0, value <= 100 else {
                throw .invalidThresholds(dimension: dimension, problem: .outOfRange(value: value))
            }
            if position > 0, value <= values[position - 1] {
                throw .invalidThresholds(
                    dimension: dimension, problem: .notAscending(previous: values[position - 1], value: value))
            }
        }
    }
}
