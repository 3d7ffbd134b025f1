/// The agreement figures between machine and human for one dimension or for all dimensions pooled.
/// Correlations and AUC use the raw 0-100 score; the others use the machine band.
public struct AgreementMetrics: Sendable, Hashable {
    /// Number of (record, dimension) pairs.
    public var count: Int
    /// Spearman's rho between score and human rating.
    public var spearman: Double?
    /// Pearson's r between score and human rating.
    public var pearson: Double?
    /// Quadratic weighted kappa between machine band and human rating.
    public var qwk: Double?
    /// Share of pairs where band equals rating.
    public var exactAgreement: Double?
    /// Share of pairs where band and rating differ by at most one point.
    public var adjacentAgreement: Double?
    /// Detection precision of "evidence present" by band.
    public var precision: Double?
    /// Detection recall of "evidence present" by band.
    public var recall: Double?
    /// Detection F1 of "evidence present" by band.
    public var f1: Double?
    /// ROC AUC of the score for "evidence present".
    public var auc: Double?
    /// Standardised mean difference, machine band minus human rating, in pooled sample SDs.
    public var smd: Double?
    /// Human rating rows by machine band columns.
    public var confusion: ConfusionMatrix

    /// The value of `metric`.
    public func value(of metric: AgreementMetric) -> Double? {
        switch metric {
        case .spearman: spearman
        case .pearson: pearson
        case .qwk: qwk
        case .exact: exactAgreement
        case .adjacent: adjacentAgreement
        case .precision: precision
        case .recall: recall
        case .f1: f1
        case .auc: auc
        case .smd: smd
        }
    }
}
