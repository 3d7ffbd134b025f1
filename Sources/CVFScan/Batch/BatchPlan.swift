/// A run's options resolved against its scanner: answer columns, where each question's answer and dimension
/// are, and the output writers. Shared read-only by every worker.
struct BatchPlan: Sendable {
    let options: BatchOptions
    /// The answer columns in order (``BatchOptions/answerColumns``).
    let answerColumns: [String]
    /// Per question: the index of its answer column and of its dimension among the scanner's dimensions.
    let questionAnswerIndexes: [Int]
    let questionDimensionIndexes: [Int]
    let csvWriter: BatchCSVRowWriter
    let jsonWriter: BatchJSONLineWriter

    init(scanner: EvidenceScanner, options: BatchOptions) throws(BatchError) {
        guard options.jobs >= 1 else {
            throw .invalidOptions("the number of jobs must be at least 1, not \(options.jobs)")
        }
        guard options.windowRecords >= 1, options.windowBytes >= 1 else {
            throw .invalidOptions("a window must hold at least one record and one byte")
        }
        let answerColumns = options.answerColumns
        let dimensionIDs = scanner.dimensions.map(\.id)
        var seenColumns: Set<String> = []
        var answerIndexes: [Int] = []
        var dimensionIndexes: [Int] = []
        for question in options.questions {
            guard seenColumns.insert(question.column.lowercased()).inserted else {
                throw .repeatedQuestionColumn(question.column)
            }
            guard let dimensionIndex = dimensionIDs.firstIndex(of: question.dimensionID) else {
                throw .unknownQuestionDimension(
                    column: question.column, dimensionID: question.dimensionID, scanned: dimensionIDs,
                    definedIn: Self.framework(defining: question.dimensionID, lexicon: scanner.lexicon))
            }
            guard let answerIndex = answerColumns.firstIndex(where: { $0.lowercased() == question.column.lowercased() })
            else {
                throw .invalidOptions("question column \"\(question.column)\" is not among the answer columns")
            }
            answerIndexes.append(answerIndex)
            dimensionIndexes.append(dimensionIndex)
        }
        self.options = options
        self.answerColumns = answerColumns
        self.questionAnswerIndexes = answerIndexes
        self.questionDimensionIndexes = dimensionIndexes
        self.csvWriter = BatchCSVRowWriter(dimensionIDs: dimensionIDs, questions: options.questions)
        self.jsonWriter = BatchJSONLineWriter(questions: options.questions)
    }

    /// The framework that defines a dimension the scanner does not score: from the scanner's lexicon, else from
    /// the built-in files (a scanner of some built-in frameworks loads only their files). Only on the error path.
    static func framework(defining dimensionID: String, lexicon: Lexicon) -> String? {
        if let dimension = lexicon.dimension(id: dimensionID) { return dimension.frameworkID }
        let frameworkID = String(dimensionID.prefix { $0 != "/" })
        guard let builtIn = try? Lexicon.builtIn(frameworks: [frameworkID]) else { return nil }
        return builtIn.dimension(id: dimensionID)?.frameworkID
    }

    /// Whether the answer column at `index` is also asked for by a question.
    func isQuestionColumn(_ index: Int) -> Bool {
        questionAnswerIndexes.contains(index)
    }
}
