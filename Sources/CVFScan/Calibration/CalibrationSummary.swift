/// Everything `cvfscan calibrate` reports: per dimension and pooled over all dimensions, the agreement
/// figures with bootstrap intervals and deployment gates, plus each dimension's thresholds and adverse
/// impact. Render it with ``renderJSON()`` or ``renderTable()``; turn it into the calibration file with
/// ``calibrationFile(corpus:date:)``.
public struct CalibrationSummary: Sendable, Hashable {
    /// How the machine bands behind the figures were obtained.
    public enum Evaluation: Sendable, Hashable {
        /// Bands of fitted dimensions come from thresholds fitted without the record's fold.
        case crossValidated(folds: Int)
        /// Bands come from the given thresholds; nothing was fitted.
        case fixedThresholds
    }

    /// The assessors' scale.
    public var scale: RatingScale
    /// One band name per scale point.
    public var bandNames: [String]
    /// Cross-validated or fixed thresholds.
    public var evaluation: Evaluation
    /// The options the run used.
    public var options: CalibrationOptions
    /// Lowest rating counting as "evidence present" for precision, recall, F1 and AUC.
    public var evidencePresentFrom: Int
    /// (record, dimension) samples.
    public var sampleCount: Int
    /// Distinct records.
    public var recordCount: Int
    /// Per dimension, in ascending id order.
    public var dimensions: [DimensionCalibration]
    /// All dimensions pooled.
    public var overall: PooledCalibration
}
