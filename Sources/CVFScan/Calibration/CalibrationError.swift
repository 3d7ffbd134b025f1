/// Everything that can go wrong in the calibration layer: bad scales, thresholds, samples, options and
/// calibration files. Each description names what was found and what was expected, so a recruiter or assessor
/// can fix the corpus or the file without reading code.
public enum CalibrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A rating scale whose lowest point is not below its highest, or which has more than 101 points.
    case invalidScale(lowest: Int, highest: Int)
    /// Band names that do not fit the scale.
    case invalidBandNames(BandNameProblem)
    /// Thresholds that cannot band a 0-100 score; `dimension` is nil for the default thresholds.
    case invalidThresholds(dimension: String?, problem: ThresholdProblem)
    /// A calibration option outside its allowed range.
    case invalidOption(name: String, value: String, expected: String)
    /// A sample that cannot be used as given.
    case invalidSample(dimension: String, recordID: String, problem: SampleProblem)
    /// The same record appears twice within one dimension.
    case duplicateSample(dimension: String, recordID: String)
    /// A dimension id that is empty or repeated.
    case invalidDimension(id: String, problem: DimensionProblem)
    /// Provenance that cannot describe a real corpus.
    case invalidProvenance(field: String, problem: String)
    /// The calibration file could not be read from disk.
    case unreadableFile(path: String, reason: String)
    /// The calibration file could not be written to disk.
    case unwritableFile(path: String, reason: String)
    /// The calibration file is not JSON of the expected shape.
    case malformedFile(path: String, reason: String)
    /// A marked corpus could not be opened or read.
    case unreadableCorpus(path: String, reason: String)
    /// A record of a marked corpus is not what the corpus format says.
    case malformedCorpus(path: String, reason: String)
    /// The calibration file declares a schema this version does not read.
    case unsupportedSchema(path: String, found: String?)
    /// The calibration file is well-formed JSON but its content is invalid.
    indirect case invalidFile(path: String, problem: CalibrationError)

    /// What is wrong with a list of band names.
    public enum BandNameProblem: Sendable, Hashable {
        /// The scale needs `expected` names, one per point.
        case wrongCount(found: Int, expected: Int)
        /// Band names must not be empty.
        case empty(position: Int)
        /// Band names must be distinct.
        case duplicate(name: String)
    }

    /// What is wrong with a list of thresholds.
    public enum ThresholdProblem: Sendable, Hashable {
        /// A scale with k points needs k - 1 thresholds.
        case wrongCount(found: Int, expected: Int)
        /// A threshold is NaN or infinite.
        case notFinite(position: Int)
        /// A threshold lies outside 0...100.
        case outOfRange(value: Double)
        /// Each threshold must be strictly greater than the one before it.
        case notAscending(previous: Double, value: Double)
    }

    /// What is wrong with one sample.
    public enum SampleProblem: Sendable, Hashable {
        /// The record id is empty, so folds and resampling cannot place it.
        case emptyRecordID
        /// The machine score is NaN, infinite or outside 0...100.
        case scoreOutOfRange(score: Double)
        /// The human rating is not a point of the scale.
        case ratingOutsideScale(rating: Int, lowest: Int, highest: Int)
        /// The second human rating is not a point of the scale.
        case secondRatingOutsideScale(rating: Int, lowest: Int, highest: Int)
    }

    /// What is wrong with a dimension id.
    public enum DimensionProblem: Sendable, Hashable {
        /// Dimension ids must not be empty.
        case empty
        /// Each dimension may appear once.
        case duplicate
    }

    /// A message for the person running `cvfscan calibrate` or loading a calibration file.
    public var description: String {
        switch self {
        case let .invalidScale(lowest, highest):
            return "rating scale \(lowest)...\(highest) is invalid: the lowest point must be below the highest "
                + "and the scale may have at most 101 points"
        case let .invalidBandNames(problem):
            switch problem {
            case let .wrongCount(found, expected):
                return "bands: expected \(expected) band names, one per scale point, but found \(found)"
            case let .empty(position):
                return "bands: band name \(position + 1) is empty"
            case let .duplicate(name):
                return "bands: band name \"\(name)\" appears more than once"
            }
        case let .invalidThresholds(dimension, problem):
            let prefix = dimension.map { "dimension \"\($0)\": " } ?? "default thresholds: "
            switch problem {
            case let .wrongCount(found, expected):
                return prefix + "expected \(expected) thresholds (one fewer than the scale's points), found \(found)"
            case let .notFinite(position):
                return prefix + "threshold \(position + 1) is not a finite number"
            case let .outOfRange(value):
                return prefix + "threshold \(CalibrationNumberFormat.plain(value)) lies outside 0...100"
            case let .notAscending(previous, value):
                return prefix + "thresholds must be ascending, but \(CalibrationNumberFormat.plain(value)) "
                    + "follows \(CalibrationNumberFormat.plain(previous))"
            }
        case let .invalidOption(name, value, expected):
            return "option \(name) = \(value) is invalid: expected \(expected)"
        case let .invalidSample(dimension, recordID, problem):
            let prefix = "dimension \"\(dimension)\", record \"\(recordID)\": "
            switch problem {
            case .emptyRecordID:
                return prefix + "the record id is empty"
            case let .scoreOutOfRange(score):
                return prefix + "machine score \(CalibrationNumberFormat.plain(score)) is not a number within 0...100"
            case let .ratingOutsideScale(rating, lowest, highest):
                return prefix + "human rating \(rating) is outside the scale \(lowest)...\(highest)"
            case let .secondRatingOutsideScale(rating, lowest, highest):
                return prefix + "second human rating \(rating) is outside the scale \(lowest)...\(highest)"
            }
        case let .duplicateSample(dimension, recordID):
            return "dimension \"\(dimension)\": record \"\(recordID)\" appears more than once; "
                + "give each record one human rating per dimension"
        case let .invalidDimension(id, problem):
            switch problem {
            case .empty: return "a dimension id is empty"
            case .duplicate: return "dimension \"\(id)\" appears more than once"
            }
        case let .invalidProvenance(field, problem):
            return "provenance: \(field) \(problem)"
        case let .unreadableFile(path, reason):
            return "\(path): cannot read the calibration file: \(reason)"
        case let .unwritableFile(path, reason):
            return "\(path): cannot write the calibration file: \(reason)"
        case let .malformedFile(path, reason):
            return "\(path): not a valid calibration file: \(reason)"
        case let .unreadableCorpus(path, reason):
            return "\(path): cannot read the marked corpus: \(reason)"
        case let .malformedCorpus(path, reason):
            return "\(path): not a valid marked corpus: \(reason)"
        case let .unsupportedSchema(path, found):
            let shown = found.map { "\"\($0)\"" } ?? "no \"schema\" key"
            return "\(path): expected schema \"\(CalibrationFile.schemaID)\" but found \(shown); "
                + "re-run `cvfscan calibrate` with this version to regenerate the file"
        case let .invalidFile(path, problem):
            return "\(path): \(problem.description)"
        }
    }
}
