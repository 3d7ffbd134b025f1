/// What a batch run made of one input record: the applicant's combined profile, the question scores, and the
/// problems that kept any part of it from being scored. Every record gets one, whatever went wrong.
public struct BatchRecordResult: Sendable {
    /// The applicant's id, or the record's line number when the input has no id.
    public var id: String
    /// The input the record came from.
    public var inputName: String
    /// The line the record starts on in its input.
    public var line: Int
    /// The scan of all the applicant's answers together; `nil` when nothing could be scored.
    public var report: Report?
    /// One per question of the run, in order; `nil` when that answer could not be scored.
    public var questionScores: [BatchQuestionScore?]
    /// Why the record, or part of it, could not be scored; empty when all is well.
    public var errors: [String]

    /// Creates a result.
    public init(
        id: String, inputName: String, line: Int, report: Report?, questionScores: [BatchQuestionScore?],
        errors: [String]
    ) {
        self.id = id
        self.inputName = inputName
        self.line = line
        self.report = report
        self.questionScores = questionScores
        self.errors = errors
    }

    /// The errors as one message, as written in the error column.
    public var errorMessage: String { errors.joined(separator: "; ") }
}
