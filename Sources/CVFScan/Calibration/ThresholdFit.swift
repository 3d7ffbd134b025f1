/// The thresholds chosen for one dimension (or one cross-validation fold) and where they came from.
public struct ThresholdFit: Sendable, Hashable {
    /// The thresholds to band with: fitted, or the fallback when fitting was not possible.
    public var thresholds: ScaleThresholds
    /// Whether the thresholds were fitted or fell back, and why.
    public var source: ThresholdSource
    /// QWK of `thresholds` on the data they were fitted to (optimistic; nil for a fallback).
    public var inSampleQWK: Double?
}
