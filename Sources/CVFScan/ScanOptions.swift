/// Settings of a scanner beyond its lexicon.
public struct ScanOptions: Sendable, Hashable {
    /// Thresholds for dimensions without their own.
    public var defaultThresholds: BandThresholds
    /// Thresholds per dimension id, from a calibration file.
    public var thresholds: [String: BandThresholds]

    /// Creates options.
    public init(defaultThresholds: BandThresholds = .standard, thresholds: [String: BandThresholds] = [:]) {
        self.defaultThresholds = defaultThresholds
        self.thresholds = thresholds
    }

    /// The thresholds in force for a dimension.
    public func thresholds(for dimensionID: String) -> BandThresholds {
        thresholds[dimensionID] ?? defaultThresholds
    }
}

/// Limits that keep a scan's time and memory bounded whatever it is given.
public enum ScanLimits {
    /// The largest answer scanned, in UTF-8 bytes (64 MiB). Longer text is scanned up to this point and flagged
    /// `truncated`; the command line refuses it with a clear error instead.
    public static let maximumAnswerBytes = 64 << 20
}
