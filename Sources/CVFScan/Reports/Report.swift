/// What cvfscan found in one answer: a score per dimension and the evidence behind each point of it.
///
/// Reports are values; writers (JSON, text, HTML, CSV) turn them into output. Every match keeps the span of the
/// applicant's text it came from, the lexicon pattern that matched, the behaviour it evidences, and the context
/// decisions that set its weight, so every number can be traced back to words in the answer.
public struct Report: Sendable {
    /// The answer's id, if it has one (a file name, a record id).
    public var id: String?
    /// The answer as scanned.
    public var text: String
    /// Words in the answer (word tokens, numbers excluded).
    public var wordCount: Int
    /// The frameworks scored, in the order asked for.
    public var frameworks: [String]
    /// One result per dimension of the selected frameworks, in framework order, including those with no evidence.
    public var dimensions: [DimensionResult]
    /// Every match, in text order.
    public var matches: [Match]
    /// Things a recruiter should know about the answer as a whole.
    public var flags: [Flag]

    /// Creates a report.
    public init(
        id: String?, text: String, wordCount: Int, frameworks: [String], dimensions: [DimensionResult],
        matches: [Match], flags: [Flag]
    ) {
        self.id = id
        self.text = text
        self.wordCount = wordCount
        self.frameworks = frameworks
        self.dimensions = dimensions
        self.matches = matches
        self.flags = flags
    }

    /// The result for a dimension id, if it was scored.
    public func dimension(_ id: String) -> DimensionResult? {
        dimensions.first { $0.id == id }
    }
}
