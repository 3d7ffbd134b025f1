/// Scores records and encodes their output on one thread, with its own ``ScanSession``.
///
/// `@unchecked Sendable` because a batch run hands each scorer to one worker at a time; the session inside is
/// never touched by two threads at once, and the hand-over is ordered by the worker pool's semaphores.
final class BatchRecordScorer: @unchecked Sendable {
    private let session: ScanSession
    private let plan: BatchPlan

    init(scanner: EvidenceScanner, plan: BatchPlan) {
        self.session = scanner.makeSession()
        self.plan = plan
    }

    /// Scores a record and appends its row or line to `bytes`; for HTML, whose sections are numbered in input order
    /// by the writing thread, hands the result back in `kept` instead. Returns true when the record has an error.
    func process(_ record: BatchRecord, into bytes: inout [UInt8], keeping kept: inout BatchRecordResult?) -> Bool {
        let result = result(for: record)
        switch plan.options.outputFormat {
        case .csv: plan.csvWriter.appendRow(for: result, to: &bytes)
        case .jsonLines: plan.jsonWriter.appendLine(for: result, to: &bytes)
        case .html: kept = result
        }
        return !result.errors.isEmpty
    }

    /// The combined profile of all the record's answers, each question's score, and every problem met.
    func result(for record: BatchRecord) -> BatchRecordResult {
        var result = BatchRecordResult(
            id: record.id, inputName: record.inputName, line: record.line, report: nil,
            questionScores: Array(repeating: nil, count: plan.questionAnswerIndexes.count), errors: record.problems)
        guard record.problems.isEmpty else { return result }
        let position = "\(record.inputName):\(record.line)"
        var texts: [String] = []
        var usable = Array(repeating: false, count: record.answers.count)
        for (index, answer) in record.answers.enumerated() {
            switch answer {
            case .unreadable(let message):
                result.errors.append(message)
            case .text(let text):
                if let problem = RecordScanning.problem(with: text) {
                    let column = record.answers.count > 1 ? "column \"\(plan.answerColumns[index])\": " : ""
                    result.errors.append("\(position): \(column)\(problem)")
                } else {
                    texts.append(text)
                    usable[index] = true
                }
            }
        }
        guard !texts.isEmpty else { return result }
        // A blank line between answers ends a sentence and a paragraph, so no sentence runs across two answers.
        let combined = texts.count == 1 ? texts[0] : texts.joined(separator: "\n\n")
        if let problem = RecordScanning.problem(with: combined) {
            result.errors.append("\(position): all answers together: \(problem)")
            return result
        }
        let report = session.scan(combined, id: record.id)
        result.report = report
        for (questionIndex, answerIndex) in plan.questionAnswerIndexes.enumerated() where usable[answerIndex] {
            guard case .text(let text) = record.answers[answerIndex] else { continue }
            let questionReport = texts.count == 1 ? report : session.scan(text, id: record.id)
            let dimensionIndex = plan.questionDimensionIndexes[questionIndex]
            guard dimensionIndex < questionReport.dimensions.count else { continue }
            let dimension = questionReport.dimensions[dimensionIndex]
            result.questionScores[questionIndex] = BatchQuestionScore(score: dimension.score, band: dimension.band)
        }
        return result
    }
}
