/// Writes batch results as JSON Lines, one line per record.
///
/// A scored record is its combined profile as a `cvfscan.report/1` object (see ``JSONReportWriter``) with the
/// record's id, followed, when the run has questions, by `"questions":[{"column","dimension","score","band"}…]`
/// (score and band `null` for an answer that could not be scored) and, when part of the record failed, by
/// `"error"`. A record that could not be scored at all is
/// `{"schema":"cvfscan.report/1","id":…,"input":…,"line":…,"error":…}`.
public struct BatchJSONLineWriter: Sendable {
    /// The questions, in output order.
    public let questions: [BatchQuestion]
    let reportWriter = JSONReportWriter()

    /// Creates a writer for a run's questions.
    public init(questions: [BatchQuestion]) {
        self.questions = questions
    }

    /// Appends one result's line, with its line feed.
    public func appendLine(for result: BatchRecordResult, to bytes: inout [UInt8]) {
        var output = JSONOutput(capacity: 16 * 1024)
        if let report = result.report {
            reportWriter.write(report, to: &output)
            // The report object is closed; reopen it to add the batch's own keys.
            if output.lastByte == UInt8(ascii: "}") { output.removeLastByte() }
            if !questions.isEmpty {
                output.comma()
                writeQuestions(result, to: &output)
            }
            if !result.errors.isEmpty {
                output.comma()
                output.key("error")
                output.string(result.errorMessage)
            }
            output.raw("}")
        } else {
            output.raw("{")
            output.key("schema")
            output.string(JSONReportWriter.schema)
            output.comma()
            output.key("id")
            output.string(result.id)
            output.comma()
            output.key("input")
            output.string(result.inputName)
            output.comma()
            output.key("line")
            output.integer(result.line)
            output.comma()
            output.key("error")
            output.string(result.errorMessage)
            output.raw("}")
        }
        output.byte(0x0A)
        output.append(to: &bytes)
    }

    private func writeQuestions(_ result: BatchRecordResult, to output: inout JSONOutput) {
        output.key("questions")
        output.raw("[")
        for (index, question) in questions.enumerated() {
            if index > 0 { output.comma() }
            output.raw("{")
            output.key("column")
            output.string(question.column)
            output.comma()
            output.key("dimension")
            output.string(question.dimensionID)
            output.comma()
            let score = index < result.questionScores.count ? result.questionScores[index] : nil
            output.key("score")
            if let score { output.integer(score.score) } else { output.raw("null") }
            output.comma()
            output.key("band")
            if let score { output.string(score.band.rawValue) } else { output.raw("null") }
            output.raw("}")
        }
        output.raw("]")
    }
}
