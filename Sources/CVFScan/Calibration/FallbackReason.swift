/// Why a dimension kept its default thresholds.
public enum FallbackReason: Sendable, Hashable, CustomStringConvertible {
    /// Fewer samples than the fitter's minimum.
    case tooFewSamples(found: Int, minimum: Int)
    /// Every human rating is the same, so no threshold can do better than another.
    case noHumanVariation(rating: Int)
    /// Fewer distinct scores than bands, so the bands cannot all be separated.
    case tooFewDistinctScores(found: Int, needed: Int)
    /// Scores and ratings differ in length, or contain a non-finite score or off-scale rating.
    case invalidInput
    /// The caller asked for evaluation of the given thresholds without fitting.
    case fittingDisabled

    /// A sentence for reports.
    public var description: String {
        switch self {
        case let .tooFewSamples(found, minimum):
            "only \(found) samples; at least \(minimum) are needed to fit thresholds"
        case let .noHumanVariation(rating):
            "every human rating is \(rating), so thresholds cannot be fitted"
        case let .tooFewDistinctScores(found, needed):
            "only \(found) distinct machine scores; at least \(needed) are needed to separate every band"
        case .invalidInput:
            "scores and ratings do not pair up on the scale"
        case .fittingDisabled:
            "threshold fitting was switched off"
        }
    }
}
