/// All dimensions pooled: every (record, dimension) pair with its band, resampled by record.
public struct PooledCalibration: Sendable, Hashable {
    /// Agreement over all pairs.
    public var metrics: AgreementMetrics
    /// Bootstrap intervals, resampling records with all their dimensions.
    public var intervals: MetricIntervals
    /// Gates applied to the pooled figures.
    public var gates: DeploymentGates
}
