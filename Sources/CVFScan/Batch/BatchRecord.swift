/// One input record as the scorer needs it: where it came from, its id, its answers, and anything that stops it
/// from being scored. Built on the reading thread, scored on a worker.
struct BatchRecord: Sendable {
    /// One answer column's content.
    enum Answer: Sendable {
        /// The text of the column.
        case text(String)
        /// The column could not be read in this record (a short row, a missing JSON field); the message says why.
        case unreadable(String)
    }

    /// Position of the input among the run's inputs.
    var inputIndex: Int
    /// The input's name, for messages.
    var inputName: String
    /// The line the record starts on.
    var line: Int
    /// The applicant's id, or the line number when the input has none.
    var id: String
    /// One entry per answer column, in the options' order.
    var answers: [Answer]
    /// Problems that stop the record from being scored at all (a broken row, invalid JSON).
    var problems: [String]

    /// Answer bytes, to bound the memory a window holds.
    var answerBytes: Int {
        answers.reduce(0) { total, answer in
            if case .text(let text) = answer { return total + text.utf8.count }
            return total
        }
    }
}
