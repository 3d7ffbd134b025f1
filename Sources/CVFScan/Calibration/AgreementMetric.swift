/// The scalar agreement figures, in report order; raw values are the JSON keys.
public enum AgreementMetric: String, Sendable, Hashable, CaseIterable {
    /// Spearman's rho.
    case spearman
    /// Pearson's r.
    case pearson
    /// Quadratic weighted kappa.
    case qwk
    /// Exact agreement.
    case exact
    /// Adjacent agreement.
    case adjacent
    /// Detection precision.
    case precision
    /// Detection recall.
    case recall
    /// Detection F1.
    case f1
    /// ROC AUC.
    case auc
    /// Standardised mean difference.
    case smd
}
