/// An answer's score on the dimension its question asks for.
public struct BatchQuestionScore: Sendable, Hashable {
    /// 0 to 100.
    public var score: Int
    /// The band of the score.
    public var band: Band

    /// Creates a question score.
    public init(score: Int, band: Band) {
        self.score = score
        self.band = band
    }
}
