/// What a batch run found in one input: how many records, how they were decoded.
public struct BatchInputSummary: Sendable, Hashable {
    /// The input's name, as in messages.
    public var name: String
    /// How it was parsed.
    public var format: BatchInputFormat
    /// The encoding recognised at its start (`.utf8` when unknown).
    public var encoding: TextEncoding
    /// Records read (the CSV header row not counted; blank lines are not records).
    public var records: Int
    /// Records that got an error.
    public var recordsWithErrors: Int
    /// Records with text that was not valid UTF-8 and was read as Windows-1252 instead.
    public var recordsDecodedAsWindows1252: Int
    /// CSV fields read as Windows-1252 (JSON Lines: lines).
    public var fieldsDecodedAsWindows1252: Int

    /// Creates a summary.
    public init(
        name: String, format: BatchInputFormat, encoding: TextEncoding, records: Int, recordsWithErrors: Int,
        recordsDecodedAsWindows1252: Int, fieldsDecodedAsWindows1252: Int
    ) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.records = records
        self.recordsWithErrors = recordsWithErrors
        self.recordsDecodedAsWindows1252 = recordsDecodedAsWindows1252
        self.fieldsDecodedAsWindows1252 = fieldsDecodedAsWindows1252
    }

    /// What a recruiter should be told about how the input was read, one sentence each: UTF-16, and text read as
    /// Windows-1252 with counts. Empty for a plain UTF-8 input.
    public var notes: [String] {
        var notes: [String] = []
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            let order = encoding == .utf16LittleEndian ? "little-endian" : "big-endian"
            notes.append("\(name): read as UTF-16 (\(order)), as Excel's \"Unicode Text\" saves it")
        default:
            break
        }
        if recordsDecodedAsWindows1252 > 0 {
            let records = recordsDecodedAsWindows1252
            let fields = fieldsDecodedAsWindows1252
            let unit = format == .csv ? "field" : "line"
            notes.append(
                "\(name): \(records) record\(records == 1 ? "" : "s") had text that is not valid UTF-8 "
                    + "(\(fields) \(unit)\(fields == 1 ? "" : "s")), read as Windows-1252, the encoding of Excel's "
                    + "\"CSV (Comma delimited)\"; check quotes and accented letters there, or export as \"CSV UTF-8\"")
        }
        return notes
    }
}
