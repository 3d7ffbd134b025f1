/// An answer column scored against the competency its question asks for (`--question q3=cvf/collaborative`):
/// the answer is scanned on its own and that dimension's score and band get their own output columns.
public struct BatchQuestion: Sendable, Hashable {
    /// The answer column (a CSV header name, or a JSON Lines field path).
    public var column: String
    /// The full dimension id the question asks for, e.g. `cvf/collaborative`.
    public var dimensionID: String

    /// Creates a question.
    public init(column: String, dimensionID: String) {
        self.column = column
        self.dimensionID = dimensionID
    }

    /// Parses `COLUMN=DIMENSION`; the last `=` separates them, so a column name may contain `=`.
    /// - Throws: ``BatchError/invalidQuestion(_:)`` when either side is missing.
    public init(parsing text: String) throws(BatchError) {
        guard let equals = text.lastIndex(of: "=") else { throw .invalidQuestion(text) }
        let column = String(text[..<equals])
        let dimensionID = String(text[text.index(after: equals)...])
        guard !column.isEmpty, !dimensionID.isEmpty else { throw .invalidQuestion(text) }
        self.init(column: column, dimensionID: dimensionID)
    }
}
