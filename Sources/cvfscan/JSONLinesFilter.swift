import CVFScan

/// `cvfscan --format jsonl`: one JSON object per input line in, one report per line out, flushed per line, so it
/// runs unchanged under GNU parallel, Hadoop Streaming or Spark's `RDD.pipe`. A line that cannot be scanned gives
/// a line with an `error` instead of a report, and the run goes on; the exit status is then 65.
enum JSONLinesFilter {
    static func run(inputs: [String], scanner: EvidenceScanner, parsed: ParsedArguments, output: inout FileOutput) throws -> ExitStatus {
        let idField = JSONFieldPath(parsed.value("--id-field") ?? "id")
        let textField = JSONFieldPath(parsed.value("--text-field") ?? "text")
        let writer = JSONReportWriter(explain: parsed.has("--explain"), lexicon: scanner.lexicon)
        let session = scanner.makeSession()
        var status = ExitStatus.success
        for input in inputs {
            let reader: JSONLinesReader
            do throws(BatchInputError) {
                reader = input == "-"
                    ? JSONLinesReader(reader: ByteChunkReader(fileDescriptor: 0, name: "<stdin>"))
                    : try JSONLinesReader(path: input)
            } catch {
                throw CommandFailure.noInput(error.description)
            }
            while true {
                let record: JSONLinesRecord?
                do throws(BatchInputError) {
                    record = try reader.nextRecord()
                } catch {
                    // The same statuses as `cvfscan batch`: not text is bad data (65), a folder on standard input
                    // is no input (66), only a failed read is an I/O error (74).
                    throw BatchCommand.failure(.input(error))
                }
                guard let record else { break }
                let line = RecordScanning.scan(record, idField: idField, textField: textField, session: session)
                switch line {
                case .success(let report):
                    var bytes: [UInt8] = []
                    writer.write(report, into: &bytes)
                    bytes.append(0x0A)
                    try output.write(bytes: bytes)
                case .failure(let failure):
                    status = .dataError
                    try output.write(failure.jsonLine + "\n")
                    writeError("cvfscan: \(failure.message)")
                }
                try output.flush()
            }
        }
        return status
    }
}
