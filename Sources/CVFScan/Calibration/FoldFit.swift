/// The thresholds fitted on all folds but one and used to band that held-out fold.
public struct FoldFit: Sendable, Hashable {
    /// The held-out fold.
    public var fold: Int
    /// Samples the thresholds were fitted on.
    public var trainingCount: Int
    /// Samples banded with them.
    public var heldOutCount: Int
    /// The fit (or fallback) on the training folds.
    public var fit: ThresholdFit
}
