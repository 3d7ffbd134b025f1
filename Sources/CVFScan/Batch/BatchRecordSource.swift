#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one input of a batch run as ``BatchRecord``s: opens it, checks a CSV header has every column asked for,
/// and turns each CSV row or JSON Lines object into an id and answers, counting what the summary reports.
///
/// It opens files itself, rather than by path through ``ByteChunkReader``, to know their size and how far reading
/// has got, for the progress bar's estimate. A class because it owns the file descriptor; one thread at a time.
final class BatchRecordSource {
    private enum Reader {
        case csv(CSVReader, CSVColumns)
        case jsonLines(JSONLinesReader, JSONFields)
    }

    /// The CSV columns resolved from the header row.
    struct CSVColumns {
        var id: CSVColumn?
        var answers: [CSVColumn]
        /// Field indexes whose oversized content matters (id and answers).
        var used: Set<Int>
    }

    /// The JSON field paths, split once.
    struct JSONFields {
        var id: JSONFieldPath
        var idIsExplicit: Bool
        var answers: [JSONFieldPath]
    }

    let input: BatchInput
    let inputIndex: Int
    /// The input's size in bytes when it is a regular file or in memory; `nil` for pipes.
    let size: Int?
    private let descriptor: Int32
    private var reader: Reader
    private var sniffedEncoding: TextEncoding
    private var records = 0
    private var recordsDecodedAsWindows1252 = 0
    private var fieldsDecodedAsWindows1252 = 0

    /// Opens the input and, for CSV, reads its header and finds the columns.
    /// - Throws: ``BatchError/input(_:)`` when it cannot be opened or read,
    ///   ``BatchError/missingColumn(path:column:role:availableColumns:)`` when a CSV header lacks a column.
    init(input: BatchInput, inputIndex: Int, plan: BatchPlan) throws(BatchError) {
        self.input = input
        self.inputIndex = inputIndex
        let chunkReader: ByteChunkReader
        var size: Int?
        var encoding = TextEncoding.utf8
        switch input.source {
        case .file(let path):
            let opened = try Self.openFile(path)
            descriptor = opened.descriptor
            size = opened.size
            chunkReader = ByteChunkReader(fileDescriptor: opened.descriptor, name: input.name)
            encoding = Self.sniff(descriptor: opened.descriptor)
        case .standardInput:
            descriptor = -1
            var status = stat()
            if fstat(0, &status) == 0, UInt32(status.st_mode) & SystemErrorText.fileTypeMask == SystemErrorText.regularFileType {
                size = Int(status.st_size)
            }
            chunkReader = ByteChunkReader(fileDescriptor: 0, name: input.name)
        case .bytes(let bytes):
            descriptor = -1
            size = bytes.count
            chunkReader = ByteChunkReader(bytes: bytes, name: input.name)
            encoding = bytes.withUnsafeBufferPointer { Self.sniff($0) }
        }
        self.size = size
        self.sniffedEncoding = encoding
        switch input.format {
        case .csv:
            let csvReader = CSVReader(reader: chunkReader)
            do throws(BatchError) {
                let header: CSVHeader
                do throws(BatchInputError) { header = try csvReader.readHeader() } catch { throw .input(error) }
                reader = .csv(csvReader, try Self.columns(in: header, plan: plan))
            } catch {
                if descriptor >= 0 { close(descriptor) }
                throw error
            }
        case .jsonLines:
            let idPath = plan.options.idColumn ?? "id"
            reader = .jsonLines(
                JSONLinesReader(reader: chunkReader),
                JSONFields(
                    id: JSONFieldPath(idPath), idIsExplicit: plan.options.idColumn != nil,
                    answers: plan.answerColumns.map(JSONFieldPath.init)))
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// How many bytes of the input have been read so far.
    var bytesRead: Int {
        switch input.source {
        case .file:
            let position = lseek(descriptor, 0, SEEK_CUR)
            return position >= 0 ? Int(position) : 0
        case .standardInput:
            let position = lseek(0, 0, SEEK_CUR)
            return position >= 0 ? Int(position) : 0
        case .bytes(let bytes):
            return records == 0 ? 0 : bytes.count
        }
    }

    /// What was read, for the run's summary; `recordsWithErrors` is filled in by the run.
    var summary: BatchInputSummary {
        var encoding = sniffedEncoding
        if case .csv(let csvReader, _) = reader { encoding = csvReader.encoding }
        return BatchInputSummary(
            name: input.name, format: input.format, encoding: encoding, records: records, recordsWithErrors: 0,
            recordsDecodedAsWindows1252: recordsDecodedAsWindows1252,
            fieldsDecodedAsWindows1252: fieldsDecodedAsWindows1252)
    }

    /// The next record, or `nil` at the end of the input.
    /// - Throws: ``BatchError/input(_:)`` when reading fails; problems of one record go into that record.
    func next() throws(BatchError) -> BatchRecord? {
        do throws(BatchInputError) {
            switch reader {
            case .csv(let csvReader, let columns):
                guard let record = try csvReader.nextRecord() else { return nil }
                return makeRecord(record, columns: columns)
            case .jsonLines(let jsonReader, let fields):
                guard let record = try jsonReader.nextRecord() else { return nil }
                return makeRecord(record, fields: fields)
            }
        } catch {
            throw .input(error)
        }
    }

    private func makeRecord(_ record: CSVRecord, columns: CSVColumns) -> BatchRecord {
        records += 1
        if !record.fieldsDecodedAsWindows1252.isEmpty {
            recordsDecodedAsWindows1252 += 1
            fieldsDecodedAsWindows1252 += record.fieldsDecodedAsWindows1252.count
        }
        var problems: [String] = []
        for error in record.errors {
            // A huge cell in a column nobody asked for does not stop the applicant being scored.
            if case .fieldTooLarge(_, _, let fieldNumber, _) = error, !columns.used.contains(fieldNumber - 1) {
                continue
            }
            problems.append(error.description)
        }
        var id = String(record.line)
        if let idColumn = columns.id {
            do throws(BatchInputError) { id = try record.value(of: idColumn) } catch {
                problems.append(error.description)
            }
        }
        var answers: [BatchRecord.Answer] = []
        answers.reserveCapacity(columns.answers.count)
        for column in columns.answers {
            do throws(BatchInputError) { answers.append(.text(try record.value(of: column))) } catch {
                answers.append(.unreadable(error.description))
            }
        }
        return BatchRecord(
            inputIndex: inputIndex, inputName: input.name, line: record.line, id: id, answers: answers,
            problems: problems)
    }

    private func makeRecord(_ record: JSONLinesRecord, fields: JSONFields) -> BatchRecord {
        records += 1
        if record.decodedAsWindows1252 {
            recordsDecodedAsWindows1252 += 1
            fieldsDecodedAsWindows1252 += 1
        }
        var problems: [String] = []
        var id = String(record.line)
        switch record.value {
        case .failure(let error):
            problems.append(error.description)
            return BatchRecord(
                inputIndex: inputIndex, inputName: input.name, line: record.line, id: id,
                answers: fields.answers.map { _ in .unreadable(error.description) }, problems: problems)
        case .success(let value):
            guard case .object = value else {
                let error = BatchInputError.jsonRecordNotObject(
                    path: input.name, line: record.line, found: value.kindDescription)
                return BatchRecord(
                    inputIndex: inputIndex, inputName: input.name, line: record.line, id: id,
                    answers: fields.answers.map { _ in .unreadable(error.description) }, problems: [error.description])
            }
            if fields.idIsExplicit {
                do throws(BatchInputError) { id = try record.text(at: fields.id) } catch {
                    problems.append(error.description)
                }
            } else if value.value(at: fields.id) != nil, let text = try? record.text(at: fields.id) {
                id = text
            }
        }
        var answers: [BatchRecord.Answer] = []
        answers.reserveCapacity(fields.answers.count)
        for path in fields.answers {
            do throws(BatchInputError) { answers.append(.text(try record.text(at: path))) } catch {
                answers.append(.unreadable(error.description))
            }
        }
        return BatchRecord(
            inputIndex: inputIndex, inputName: input.name, line: record.line, id: id, answers: answers,
            problems: problems)
    }

    private static func columns(in header: CSVHeader, plan: BatchPlan) throws(BatchError) -> CSVColumns {
        func find(_ name: String, role: String) throws(BatchError) -> CSVColumn {
            do throws(BatchInputError) { return try header.column(named: name) } catch {
                throw .missingColumn(path: header.path, column: name, role: role, availableColumns: header.columns)
            }
        }
        var id: CSVColumn?
        if let idColumn = plan.options.idColumn {
            id = try find(idColumn, role: "asked for as the id column")
        } else {
            id = try? header.column(named: "id")
        }
        var answers: [CSVColumn] = []
        for (index, name) in plan.answerColumns.enumerated() {
            let role = plan.isQuestionColumn(index) ? "asked for by a question" : "asked for as an answer column"
            answers.append(try find(name, role: role))
        }
        var used = Set(answers.map(\.index))
        if let id { used.insert(id.index) }
        return CSVColumns(id: id, answers: answers, used: used)
    }

    /// Opens a file for reading, with the same messages as ``ByteChunkReader/init(path:chunkSize:)``.
    private static func openFile(_ path: String) throws(BatchError) -> (descriptor: Int32, size: Int?) {
        do throws(BatchInputError) {
            return try ByteChunkReader.openForReading(path)
        } catch {
            throw .input(error)
        }
    }

    /// The encoding at the start of a file, read without moving the reading position.
    private static func sniff(descriptor: Int32) -> TextEncoding {
        var sample = [UInt8](repeating: 0, count: EncodingSniffer.sampleLength)
        let count = sample.withUnsafeMutableBytes { raw in pread(descriptor, raw.baseAddress, raw.count, 0) }
        guard count > 0 else { return .utf8 }
        return sample.withUnsafeBufferPointer { sniff(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    private static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        if let (encoding, _) = EncodingSniffer.byteOrderMark(bytes) { return encoding }
        return EncodingSniffer.unmarkedUTF16(bytes) ?? .utf8
    }
}
