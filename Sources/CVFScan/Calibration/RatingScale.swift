/// The assessors' closed integer rating scale, e.g. 0...3 for the CVF (none, limited, good, strong) or 1...5.
///
/// The machine's bands mirror the scale: one band per scale point, separated by `pointCount - 1` thresholds
/// on the 0-100 score.
public struct RatingScale: Sendable, Hashable {
    /// The lowest rating, e.g. 0.
    public let lowest: Int
    /// The highest rating, e.g. 3.
    public let highest: Int

    /// The CVF default scale 0...3: 0 none, 1 limited, 2 good, 3 strong.
    public static let cvfDefault = RatingScale(validatedLowest: 0, highest: 3)

    /// The largest number of points a scale may have; keeps confusion matrices and threshold searches small.
    public static let maximumPointCount = 101

    /// Creates a scale from its lowest and highest points; throws when it has fewer than 2 or more than
    /// ``maximumPointCount`` points.
    public init(lowest: Int, highest: Int) throws(CalibrationError) {
        let (span, overflow) = highest.subtractingReportingOverflow(lowest)
        guard !overflow, span >= 1, span < RatingScale.maximumPointCount else {
            throw .invalidScale(lowest: lowest, highest: highest)
        }
        self.lowest = lowest
        self.highest = highest
    }

    /// Creates a scale from a closed range such as `1...5`.
    public init(_ range: ClosedRange<Int>) throws(CalibrationError) {
        try self.init(lowest: range.lowerBound, highest: range.upperBound)
    }

    private init(validatedLowest lowest: Int, highest: Int) {
        self.lowest = lowest
        self.highest = highest
    }

    /// The number of rating points, e.g. 4 for 0...3.
    public var pointCount: Int { highest - lowest + 1 }

    /// The number of band thresholds the scale needs: one fewer than its points.
    public var thresholdCount: Int { highest - lowest }

    /// The scale's points in ascending order.
    public var ratings: ClosedRange<Int> { lowest...highest }

    /// Whether `rating` is a point of this scale.
    public func contains(_ rating: Int) -> Bool { rating >= lowest && rating <= highest }

    /// The default lowest rating that counts as "evidence present": the scale's second point.
    public var defaultEvidencePresentFrom: Int { lowest + 1 }

    /// Band names used when the caller gives none: none, limited, moderate, strong for 0...3, otherwise
    /// `level-<rating>` for every point.
    public var defaultBandNames: [String] {
        if self == .cvfDefault { return ["none", "limited", "moderate", "strong"] }
        return ratings.map { "level-\($0)" }
    }

    /// The zero-based position of `rating` on the scale.
    func index(of rating: Int) -> Int { rating - lowest }

    /// Checks a list of band names against the scale: one per point, none empty, all distinct.
    public func validateBandNames(_ names: [String]) throws(CalibrationError) {
        guard names.count == pointCount else {
            throw .invalidBandNames(.wrongCount(found: names.count, expected: pointCount))
        }
        var seen = Set<String>()
        for (position, name) in names.enumerated() {
            if name.isEmpty { throw .invalidBandNames(.empty(position: position)) }
            if !seen.insert(name).inserted { throw .invalidBandNames(.duplicate(name: name)) }
        }
    }
}
