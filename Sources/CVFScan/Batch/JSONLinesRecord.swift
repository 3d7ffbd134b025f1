/// One non-blank line of a JSON Lines file: the parsed value, or the error that line produced.
public struct JSONLinesRecord: Sendable, Equatable {
    /// 1-based line number in the file.
    public var line: Int
    /// 0-based position among the non-blank lines of the file.
    public var index: Int
    /// The input's name (path or `<stdin>`), for error messages.
    public var path: String
    /// The parsed value, or `.invalidJSON` / `.jsonLineTooLong` for this line alone.
    public var value: Result<JSONValue, BatchInputError>
    /// True when the line was not valid UTF-8 and was decoded as Windows-1252 before parsing.
    public var decodedAsWindows1252: Bool

    /// Creates a record.
    public init(
        line: Int, index: Int, path: String, value: Result<JSONValue, BatchInputError>,
        decodedAsWindows1252: Bool = false
    ) {
        self.line = line
        self.index = index
        self.path = path
        self.value = value
        self.decodedAsWindows1252 = decodedAsWindows1252
    }

    /// The text at `fieldPath` (a top-level key or a dotted path such as `answers.q1`): a string as is,
    /// a number as written, a boolean as `true`/`false`, `null` as the empty string.
    /// - Throws: this line's own error if it did not parse, `.jsonRecordNotObject`, `.missingJSONField`
    ///   (listing the keys found) or `.jsonFieldNotText` for arrays and objects.
    public func text(atPath fieldPath: String) throws(BatchInputError) -> String {
        try text(at: JSONFieldPath(fieldPath))
    }

    /// The text at a prepared path; see `text(atPath:)`. Prefer this in a loop over many records.
    /// - Throws: as `text(atPath:)`.
    public func text(at fieldPath: JSONFieldPath) throws(BatchInputError) -> String {
        let root = try value.get()
        guard case .object = root else {
            throw .jsonRecordNotObject(path: path, line: line, found: root.kindDescription)
        }
        guard let field = root.value(at: fieldPath) else {
            throw .missingJSONField(path: path, line: line, field: fieldPath.description, availableKeys: root.keys)
        }
        switch field {
        case .string(let text): return text
        case .number(let text, _): return text
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        case .array, .object:
            throw .jsonFieldNotText(path: path, line: line, field: fieldPath.description, found: field.kindDescription)
        }
    }
}
