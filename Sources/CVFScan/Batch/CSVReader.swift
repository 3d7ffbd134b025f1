/// Streams records out of an RFC 4180 CSV file, holding one chunk and one record in memory at a time.
///
/// Handles quoted fields, doubled quotes, line breaks (CR, LF, CRLF) inside quoted fields, CRLF or LF
/// record ends, mixed line endings, a UTF-8 byte order mark, UTF-16 with a byte order mark (transcoded
/// as a stream), a final record without a line break, empty fields and blank lines (skipped).
///
/// Each field is decoded as UTF-8; a field that is not valid UTF-8 is decoded as Windows-1252 and its
/// index is listed in `CSVRecord.fieldsDecodedAsWindows1252`. Problems confined to one record (an
/// unterminated quote at the end of the file, an oversized field or record, too many fields) are attached to
/// that record as `CSVRecord.errors`; only I/O failures end the run by throwing.
///
/// A class because it owns its `ByteChunkReader`; use it from one task at a time.
public final class CSVReader {
    /// Limits that keep memory bounded on malformed or hostile input.
    public struct Limits: Sendable, Equatable {
        /// Bytes kept of one field; longer fields are truncated and reported. Default 10 MB.
        public var maximumFieldBytes: Int
        /// Fields kept of one record; further fields are dropped and reported. Default 100,000.
        public var maximumFieldsPerRecord: Int
        /// Bytes kept of one whole record, so many large fields together stay bounded too; the rest of
        /// the record is cut and reported. Default 64 MB.
        public var maximumRecordBytes: Int

        /// Creates limits; the defaults suit any real export.
        public init(
            maximumFieldBytes: Int = 10 << 20, maximumFieldsPerRecord: Int = 100_000, maximumRecordBytes: Int = 64 << 20
        ) {
            self.maximumFieldBytes = maximumFieldBytes
            self.maximumFieldsPerRecord = maximumFieldsPerRecord
            self.maximumRecordBytes = maximumRecordBytes
        }
    }

    /// The input's name (path or `<stdin>`), as used in error messages.
    public var path: String { stream.name }
    /// The encoding recognised at the start of the input; meaningful once a record has been read.
    public var encoding: TextEncoding { stream.encoding }

    private var stream: UTF8ChunkStream
    private var parser: CSVParser
    private var chunk: [UInt8] = []
    private var position = 0
    private var chunkOffset = 0
    private var inputEnded = false
    private var nextIndex = 0

    /// Reads the CSV file at `path`.
    /// - Throws: the errors of `ByteChunkReader.init(path:chunkSize:)`.
    public convenience init(
        path: String, limits: Limits = Limits(), chunkSize: Int = ByteChunkReader.defaultChunkSize
    ) throws(BatchInputError) {
        self.init(reader: try ByteChunkReader(path: path, chunkSize: chunkSize), limits: limits)
    }

    /// Reads CSV from any byte source, e.g. standard input or bytes in memory.
    public init(reader: ByteChunkReader, limits: Limits = Limits()) {
        self.stream = UTF8ChunkStream(reader: reader)
        self.parser = CSVParser(
            maximumFieldBytes: limits.maximumFieldBytes, maximumFieldsPerRecord: limits.maximumFieldsPerRecord,
            maximumRecordBytes: limits.maximumRecordBytes)
    }

    /// Reads the first record as the header row.
    /// - Throws: `BatchInputError.missingHeader` for an empty file, or an I/O error.
    public func readHeader() throws(BatchInputError) -> CSVHeader {
        guard let record = try nextRecord() else { throw .missingHeader(path: path) }
        return CSVHeader(columns: record.fields, path: path)
    }

    /// The next record, or `nil` at the end of the input.
    /// - Throws: `BatchInputError.readFailed` or `.binaryInput`; record-level problems do not throw.
    public func nextRecord() throws(BatchInputError) -> CSVRecord? {
        while true {
            if position >= chunk.count {
                if inputEnded { return nil }
                guard let next = try stream.nextChunk() else {
                    inputEnded = true
                    chunkOffset += chunk.count
                    chunk = []
                    position = 0
                    return parser.finish() ? takeRecord() : nil
                }
                chunkOffset += chunk.count
                chunk = next
                position = 0
            }
            let start = position
            let offset = chunkOffset
            let recordEnd = chunk.withUnsafeBufferPointer { parser.parse($0, from: start, chunkOffset: offset) }
            if let recordEnd {
                position = recordEnd
                return takeRecord()
            }
            position = chunk.count
        }
    }

    private func takeRecord() -> CSVRecord {
        var fields: [String] = []
        fields.reserveCapacity(parser.fieldEnds.count)
        var decodedAsWindows1252: [Int] = []
        parser.recordBytes.withUnsafeBufferPointer { bytes in
            var fieldStart = 0
            for (fieldIndex, fieldEnd) in parser.fieldEnds.enumerated() {
                let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
                // String(validating:) would save a pass but is generic over the encoding and pays a runtime
                // metadata lookup per call, which costs more than this validator on short fields.
                if UTF8Validation.isValid(field) {
                    fields.append(String(decoding: field, as: UTF8.self))
                } else {
                    fields.append(Windows1252.decode(field))
                    decodedAsWindows1252.append(fieldIndex)
                }
                fieldStart = fieldEnd
            }
        }
        var errors: [BatchInputError] = []
        let line = parser.recordLine
        if let quote = parser.unterminatedQuote {
            errors.append(.unterminatedQuotedField(path: path, line: quote.line, column: quote.column))
        }
        for fieldIndex in parser.oversizedFields {
            errors.append(
                .fieldTooLarge(path: path, line: line, fieldNumber: fieldIndex + 1, limit: parser.maximumFieldBytes))
        }
        if parser.droppedFields {
            errors.append(.tooManyFields(path: path, line: line, limit: parser.maximumFieldsPerRecord))
        }
        if parser.recordTruncated {
            errors.append(.recordTooLarge(path: path, line: line, limit: parser.maximumRecordBytes))
        }
        parser.resetRecord()
        let record = CSVRecord(
            fields: fields, index: nextIndex, line: line, path: path,
            fieldsDecodedAsWindows1252: decodedAsWindows1252, errors: errors)
        nextIndex += 1
        return record
    }
}
