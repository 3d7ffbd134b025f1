/// One dimension's calibration.
public struct DimensionCalibration: Sendable, Hashable {
    /// The dimension id, e.g. "cvf/take-ownership".
    public var id: String
    /// Agreement of the (out-of-fold) machine bands and scores with the first human rating.
    public var metrics: AgreementMetrics
    /// Bootstrap intervals, resampling this dimension's records.
    public var intervals: MetricIntervals
    /// The thresholds to deploy: fitted on all of the dimension's samples, or the fallback.
    public var fit: ThresholdFit
    /// The per-fold fits behind the out-of-fold bands; nil when the dimension was not fitted.
    public var crossValidation: CrossValidatedBands?
    /// Deployment gates.
    public var gates: DeploymentGates
    /// Four-fifths check with the deployed thresholds; nil when no sample has a group.
    public var adverseImpact: AdverseImpact?
}
