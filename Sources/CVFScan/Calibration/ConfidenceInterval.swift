/// A percentile bootstrap interval.
public struct ConfidenceInterval: Sendable, Hashable {
    /// The lower percentile, e.g. the 2.5th for a 95% interval.
    public let lower: Double
    /// The upper percentile, e.g. the 97.5th for a 95% interval.
    public let upper: Double
    /// How many replicates had the figure defined; the percentiles are taken over these only.
    public let definedReplicates: Int
}
