/// One human-marked answer for one dimension: the machine's score next to the assessor's rating.
public struct CalibrationSample: Sendable, Hashable {
    /// The corpus record (applicant answer) the sample belongs to; the unit of folds and resampling.
    public var recordID: String
    /// An optional group label (e.g. a protected characteristic) for the adverse impact check.
    public var group: String?
    /// The machine's score for the dimension, within 0...100.
    public var score: Double
    /// The (first) human rating on the assessor's scale.
    public var humanRating: Int
    /// A second, independent human rating, when the record was double-marked.
    public var secondHumanRating: Int?

    /// Creates a sample.
    public init(recordID: String, group: String? = nil, score: Double, humanRating: Int, secondHumanRating: Int? = nil) {
        self.recordID = recordID
        self.group = group
        self.score = score
        self.humanRating = humanRating
        self.secondHumanRating = secondHumanRating
    }

    /// Throws the first reason this sample cannot be used on `scale`.
    func validate(dimension: String, scale: RatingScale) throws(CalibrationError) {
        if recordID.isEmpty {
            throw .invalidSample(dimension: dimension, recordID: recordID, problem: .emptyRecordID)
        }
        guard score.isFinite, score >= 0, score <= 100 else {
            throw .invalidSample(dimension: dimension, recordID: recordID, problem: .scoreOutOfRange(score: score))
        }
        guard scale.contains(humanRating) else {
            throw .invalidSample(
                dimension: dimension, recordID: recordID,
                problem: .ratingOutsideScale(rating: humanRating, lowest: scale.lowest, highest: scale.highest))
        }
        if let second = secondHumanRating, !scale.contains(second) {
            throw .invalidSample(
                dimension: dimension, recordID: recordID,
                problem: .secondRatingOutsideScale(rating: second, lowest: scale.lowest, highest: scale.highest))
        }
    }
}
