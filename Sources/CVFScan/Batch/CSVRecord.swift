/// One record (row) of a CSV file, with where it came from and what went wrong while reading it.
///
/// A record with `errors` still carries every field that could be read, so the caller can emit a
/// result row that names the problem instead of silently dropping the submission.
public struct CSVRecord: Sendable, Equatable {
    /// The fields in file order. Rows may be ragged: the count can differ from the header's.
    public var fields: [String]
    /// 0-based position among all records of the file; the header row, when there is one, is 0.
    public var index: Int
    /// The 1-based line on which the record starts (records may span lines inside quoted fields).
    public var line: Int
    /// The input's name (path or `<stdin>`), for error messages.
    public var path: String
    /// 0-based indexes of fields that were not valid UTF-8 and were decoded as Windows-1252 instead;
    /// worth a warning on stderr because a few characters may have been guessed wrongly.
    public var fieldsDecodedAsWindows1252: [Int]
    /// Problems found in this record: `.unterminatedQuotedField`, `.fieldTooLarge`, `.tooManyFields`,
    /// `.recordTooLarge`.
    public var errors: [BatchInputError]

    /// Creates a record.
    public init(
        fields: [String], index: Int, line: Int, path: String,
        fieldsDecodedAsWindows1252: [Int] = [], errors: [BatchInputError] = []
    ) {
        self.fields = fields
        self.index = index
        self.line = line
        self.path = path
        self.fieldsDecodedAsWindows1252 = fieldsDecodedAsWindows1252
        self.errors = errors
    }

    /// The field at 0-based `position`, or `nil` when this row is too short to have it.
    public func field(at position: Int) -> String? {
        fields.indices.contains(position) ? fields[position] : nil
    }

    /// The value of `column` in this row.
    /// - Throws: `BatchInputError.recordTooShort` when the row has fewer fields than the column needs.
    public func value(of column: CSVColumn) throws(BatchInputError) -> String {
        guard let value = field(at: column.index) else {
            throw .recordTooShort(path: path, line: line, column: column.name, fieldCount: fields.count)
        }
        return value
    }
}
