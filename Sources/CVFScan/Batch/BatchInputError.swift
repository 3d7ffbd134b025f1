/// Everything that can go wrong between input files and the engine, or between results and output
/// files. Messages name the file and, where known, the position as `path:line:column: message`, and say
/// what to do about it, because the reader is usually a recruiter, not a developer.
///
/// Some cases stop a whole run (the file cannot be opened or read); the record-level cases
/// (`unterminatedQuotedField`, `fieldTooLarge`, `tooManyFields`, `recordTooLarge`, `invalidJSON`,
/// `jsonLineTooLong`, ...)
/// are attached to a single record so the caller can report them in that row and carry on.
public enum BatchInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input file does not exist.
    case fileNotFound(path: String)
    /// The input file exists but this account may not read it.
    case permissionDenied(path: String)
    /// The input path names a directory.
    case isDirectory(path: String)
    /// The input file could not be opened for another reason (the operating system's `reason`).
    case cannotOpen(path: String, reason: String)
    /// Reading failed part-way (the operating system's `reason`).
    case readFailed(path: String, reason: String)
    /// The input starts with NUL bytes or many control characters, so it is not a text export.
    case binaryInput(path: String)
    /// A CSV file has no records at all, so there is no header row naming its columns.
    case missingHeader(path: String)
    /// The header row has no column with the requested name.
    case missingColumn(path: String, column: String, availableColumns: [String])
    /// A quoted CSV field opened at `line`:`column` (column counted in bytes) is never closed.
    case unterminatedQuotedField(path: String, line: Int, column: Int)
    /// CSV field number `fieldNumber` (1-based) of the record at `line` exceeded `limit` bytes and
    /// was truncated.
    case fieldTooLarge(path: String, line: Int, fieldNumber: Int, limit: Int)
    /// The CSV record at `line` has more than `limit` fields; the extra fields were dropped.
    case tooManyFields(path: String, line: Int, limit: Int)
    /// The CSV record at `line` exceeded `limit` bytes in total; the rest of it was cut.
    case recordTooLarge(path: String, line: Int, limit: Int)
    /// The CSV record at `line` has only `fieldCount` fields, so it lacks the column `column`.
    case recordTooShort(path: String, line: Int, column: String, fieldCount: Int)
    /// A JSON Lines line is not valid JSON; `column` counts characters from 1.
    case invalidJSON(path: String, line: Int, column: Int, message: String)
    /// A JSON Lines line is longer than `limit` bytes and was skipped.
    case jsonLineTooLong(path: String, line: Int, limit: Int)
    /// A JSON Lines line holds valid JSON that is not an object; `found` names what it is.
    case jsonRecordNotObject(path: String, line: Int, found: String)
    /// A JSON Lines record has no value at the dotted path `field`.
    case missingJSONField(path: String, line: Int, field: String, availableKeys: [String])
    /// The value at `field` is an array or object (`found`), not text.
    case jsonFieldNotText(path: String, line: Int, field: String, found: String)
    /// The output file (or its temporary file) could not be created.
    case cannotCreateOutput(path: String, reason: String)
    /// Writing output failed.
    case writeFailed(path: String, reason: String)
    /// The finished temporary file could not be moved over the destination.
    case cannotReplaceOutput(path: String, reason: String)

    /// The recruiter-readable message, `path:line:column: message` where a position is known.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): file not found; check the path and the spelling of the file name"
        case .permissionDenied(let path):
            return "\(path): permission denied; this account is not allowed to read the file"
        case .isDirectory(let path):
            return "\(path): this is a folder, not a file; name a CSV or JSON Lines file inside it"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the file: \(reason)"
        case .readFailed(let path, let reason):
            return "\(path): reading the file failed: \(reason)"
        case .binaryInput(let path):
            return "\(path): this does not look like a text file (it contains NUL bytes or control characters); "
                + "if it is an Excel workbook, save it as \"CSV UTF-8 (Comma delimited)\" first"
        case .missingHeader(let path):
            return "\(path): the file is empty; expected a header row naming the columns"
        case .missingColumn(let path, let column, let availableColumns):
            let found = availableColumns.map { "\"\($0)\"" }.joined(separator: ", ")
            return
                "\(path):1: no column named \"\(column)\"; the header row has: \(found.isEmpty ? "(no columns)" : found)"
        case .unterminatedQuotedField(let path, let line, let column):
            return "\(path):\(line):\(column): a quoted field starts here but is never closed; "
                + "everything to the end of the file was read into it. Add the missing closing quote (\")"
        case .fieldTooLarge(let path, let line, let fieldNumber, let limit):
            return "\(path):\(line): field \(fieldNumber) is larger than \(Self.formatted(bytes: limit)); "
                + "only the first \(Self.formatted(bytes: limit)) were kept"
        case .tooManyFields(let path, let line, let limit):
            return "\(path):\(line): this row has more than \(limit) fields; the fields after that were dropped"
        case .recordTooLarge(let path, let line, let limit):
            return "\(path):\(line): this row is larger than \(Self.formatted(bytes: limit)) in total; "
                + "the rest of it was cut off"
        case .recordTooShort(let path, let line, let column, let fieldCount):
            return "\(path):\(line): this row has only \(fieldCount) field\(fieldCount == 1 ? "" : "s"), "
                + "so it has no value in the column \"\(column)\""
        case .invalidJSON(let path, let line, let column, let message):
            return "\(path):\(line):\(column): invalid JSON: \(message)"
        case .jsonLineTooLong(let path, let line, let limit):
            return "\(path):\(line): this line is longer than \(Self.formatted(bytes: limit)) and was skipped"
        case .jsonRecordNotObject(let path, let line, let found):
            return "\(path):\(line): expected a JSON object ({...}) on this line, found \(found)"
        case .missingJSONField(let path, let line, let field, let availableKeys):
            let found = availableKeys.map { "\"\($0)\"" }.joined(separator: ", ")
            return
                "\(path):\(line): no field \"\(field)\" in this record; its keys are: \(found.isEmpty ? "(none)" : found)"
        case .jsonFieldNotText(let path, let line, let field, let found):
            return "\(path):\(line): field \"\(field)\" is \(found), expected text (a JSON string)"
        case .cannotCreateOutput(let path, let reason):
            return "\(path): cannot create the output file: \(reason)"
        case .writeFailed(let path, let reason):
            return "\(path): writing failed: \(reason)"
        case .cannotReplaceOutput(let path, let reason):
            return "\(path): cannot replace the output file: \(reason); any previous file there is unchanged"
        }
    }

    /// "10 MB", "64 KB" or "1000 bytes": sizes in the unit a reader recognises, using 1024-based units.
    static func formatted(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) byte\(bytes == 1 ? "" : "s")"
    }
}
