/// Out-of-fold machine bands for one dimension: each sample banded by thresholds fitted without its fold.
public struct CrossValidatedBands: Sendable, Hashable {
    /// The zero-based out-of-fold band of each sample, in input order.
    public var bandIndices: [Int]
    /// The fit made for each non-empty held-out fold, in fold order.
    public var folds: [FoldFit]

    /// How many folds had to use the fallback thresholds.
    public var fallbackFoldCount: Int {
        folds.filter { $0.fit.source != .fitted }.count
    }
}
