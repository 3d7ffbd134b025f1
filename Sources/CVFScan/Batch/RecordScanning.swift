/// Scores one record of a JSON Lines input: reads its id and text fields, checks the text can be scanned, and
/// scans it, or says why not.
public enum RecordScanning {
    /// Why a text cannot be scanned as an answer, or nil if it can.
    public static func problem(with text: String) -> String? {
        if text.utf8.count > ScanLimits.maximumAnswerBytes {
            return "the answer is larger than \(ScanLimits.maximumAnswerBytes >> 20) MiB, the most cvfscan scans as one answer"
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return "the answer is empty"
        }
        return nil
    }

    /// The record's report, or the reason it has none. A record without the id field is named by its line number.
    public static func scan(
        _ record: JSONLinesRecord, idField: JSONFieldPath, textField: JSONFieldPath, session: ScanSession
    ) -> Result<Report, RecordFailure> {
        var id = String(record.line)
        if case .success(let value) = record.value, case .object = value, value.value(at: idField) != nil,
           let text = try? record.text(at: idField) {
            id = text
        }
        let text: String
        do throws(BatchInputError) {
            text = try record.text(at: textField)
        } catch {
            return .failure(RecordFailure(id: id, line: record.line, message: error.description))
        }
        if let problem = problem(with: text) {
            return .failure(RecordFailure(id: id, line: record.line, message: "\(record.path):\(record.line): \(problem)"))
        }
        return .success(session.scan(text, id: id))
    }
}
