/// Where a dimension's thresholds came from.
public enum ThresholdSource: Sendable, Hashable {
    /// Fitted to the human ratings by maximising QWK.
    case fitted
    /// The caller's default thresholds, because fitting was impossible or switched off.
    case fallback(FallbackReason)

    /// "fitted" or "default", the word used in reports and calibration files.
    public var label: String {
        switch self {
        case .fitted: "fitted"
        case .fallback: "default"
        }
    }
}
