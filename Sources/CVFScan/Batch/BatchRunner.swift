/// Scores exported applications in bulk: reads CSV or JSON Lines inputs as a stream, scores each applicant's
/// answers on several threads, and writes one CSV row or JSON line per input record, in input order.
///
/// Nothing is dropped: a record that cannot be scored (an empty answer, a broken row, invalid JSON) still gets its
/// row, with the reason in its `error` column or field. Memory stays flat however long the input: the run reads a
/// window of records (``BatchOptions/windowRecords``, ``BatchOptions/windowBytes``), scores it while it reads the
/// next, and writes it in order. Each worker has its own ``ScanSession`` and reports do not depend on what a
/// session scanned before, so the output is the same bytes for any number of jobs.
///
/// ```swift
/// let scanner = try EvidenceScanner.builtIn(frameworks: ["cvf"])
/// let runner = try BatchRunner(scanner: scanner, options: BatchOptions(idColumn: "applicant_id",
///                                                                      textColumns: ["q1", "q2"]))
/// var output = try AtomicFileWriter(destinationPath: "scores.csv")
/// let summary = try runner.run([try BatchInput(path: "export.csv")], to: &output)
/// print(summary.records, summary.recordsWithErrors)
/// ```
public struct BatchRunner: Sendable {
    /// The scanner every worker's session comes from.
    public let scanner: EvidenceScanner
    /// The run's options.
    public let options: BatchOptions
    let plan: BatchPlan

    /// Checks the options against the scanner.
    /// - Throws: ``BatchError/unknownQuestionDimension(column:dimensionID:scanned:definedIn:)`` for a question whose
    ///   dimension the scanner does not score, ``BatchError/repeatedQuestionColumn(_:)``,
    ///   ``BatchError/invalidOptions(_:)`` for fewer than one job.
    public init(scanner: EvidenceScanner, options: BatchOptions) throws(BatchError) {
        self.scanner = scanner
        self.options = options
        self.plan = try BatchPlan(scanner: scanner, options: options)
    }

    /// The writer of the CSV output's header and rows, for programs that write batch CSV themselves.
    public var csvRowWriter: BatchCSVRowWriter { plan.csvWriter }

    /// Runs the batch: every record of every input, in order, to `output`, then ``BatchOutput/finish()``.
    ///
    /// Every input is opened, and every CSV header checked, before anything is written, so a missing file or
    /// column fails the run with an empty output.
    ///
    /// - Parameter progress: called on the calling thread after each window is written.
    /// - Returns: counts and timing; the caller decides the exit status from ``BatchSummary/recordsWithErrors``.
    /// - Throws: ``BatchError`` when an input cannot be opened or read or lacks a column; whatever `output` throws.
    ///   ``BatchOutput/finish()`` is then not called.
    public func run(
        _ inputs: [BatchInput], to output: inout some BatchOutput, progress: ((BatchProgress) -> Void)? = nil
    ) throws -> BatchSummary {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsedSeconds() -> Double {
            let duration = start.duration(to: clock.now).components
            return Double(duration.seconds) + Double(duration.attoseconds) * 1e-18
        }
        guard !inputs.isEmpty else { throw BatchError.invalidOptions("no input to read") }
        guard inputs.filter({ $0.source == .standardInput }).count <= 1 else { throw BatchError.standardInputRepeated }

        // Open every input and check its columns first: a mistake in the last file must not cost a half-written
        // output. Regular files are opened again when their turn comes, so thousands of inputs never hold
        // thousands of descriptors; standard input and pipes (`<(unzip -p export.zip)`) cannot be read twice and
        // are kept open.
        var sizes: [Int?] = []
        var keptOpen: [Int: BatchRecordSource] = [:]
        for (index, input) in inputs.enumerated() {
            let source = try BatchRecordSource(input: input, inputIndex: index, plan: plan)
            sizes.append(source.size)
            if source.size == nil || input.source == .standardInput { keptOpen[index] = source }
        }
        let totalBytes: Int? = sizes.contains(where: { $0 == nil }) ? nil : sizes.reduce(0) { $0 + ($1 ?? 0) }

        if options.outputFormat == .csv {
            var header: [UInt8] = []
            plan.csvWriter.appendHeader(to: &header)
            try output.write(header)
        }
        var htmlWriter: HTMLBatchReportWriter?
        if options.outputFormat == .html {
            let writer = HTMLBatchReportWriter(title: options.htmlTitle, lexicon: scanner.lexicon)
            try output.write(Array(writer.header().utf8))
            htmlWriter = writer
        }

        var sourceIndex = 0
        var current: BatchRecordSource?
        var summaries: [BatchInputSummary] = []
        var finishedBytes = 0
        func nextRecord() throws(BatchError) -> BatchRecord? {
            while sourceIndex < inputs.count {
                let source: BatchRecordSource
                if let current {
                    source = current
                } else if let kept = keptOpen.removeValue(forKey: sourceIndex) {
                    source = kept
                } else {
                    source = try BatchRecordSource(input: inputs[sourceIndex], inputIndex: sourceIndex, plan: plan)
                }
                current = source
                if let record = try source.next() { return record }
                summaries.append(source.summary)
                finishedBytes += sizes[sourceIndex] ?? source.bytesRead
                current = nil
                sourceIndex += 1
            }
            return nil
        }
        func bytesRead() -> Int {
            finishedBytes + (current?.bytesRead ?? 0)
        }
        func readWindow() throws(BatchError) -> [BatchRecord] {
            var records: [BatchRecord] = []
            var bytes = 0
            while records.count < options.windowRecords, bytes < options.windowBytes, let record = try nextRecord() {
                records.append(record)
                bytes += record.answerBytes
            }
            return records
        }

        var written = 0
        var recordsWithErrors = 0
        var errorsByInput = Array(repeating: 0, count: inputs.count)
        func emit(_ window: BatchWindow) throws {
            var bytes: [UInt8] = []
            recordsWithErrors += window.collect(into: &bytes, errorsByInput: &errorsByInput, html: &htmlWriter)
            written += window.records.count
            try output.write(bytes)
            progress?(
                BatchProgress(
                    records: written, recordsWithErrors: recordsWithErrors, elapsedSeconds: elapsedSeconds(),
                    bytesRead: window.bytesReadAfter, totalBytes: totalBytes))
        }

        let scorers = (0..<options.jobs).map { _ in BatchRecordScorer(scanner: scanner, plan: plan) }
        if options.jobs == 1 {
            // One job scans on this thread between reads and writes: exactly one core, no hand-over.
            while true {
                let records = try readWindow()
                if records.isEmpty { break }
                let window = BatchWindow(records: records, bytesReadAfter: bytesRead())
                window.run(scorer: scorers[0])
                try emit(window)
            }
        } else {
            // Window k is scored while this thread reads window k + 1, then written while k + 1 is scored.
            let pool = BatchWorkerPool(scorers: scorers)
            defer { pool.shutDown() }
            var inFlight: BatchWindow?
            while true {
                let records = try readWindow()
                pool.wait()
                let finished = inFlight
                inFlight = nil
                if !records.isEmpty {
                    let window = BatchWindow(records: records, bytesReadAfter: bytesRead())
                    pool.start(window)
                    inFlight = window
                }
                if let finished { try emit(finished) }
                if records.isEmpty { break }
            }
        }
        if let htmlWriter { try output.write(Array(htmlWriter.footer().utf8)) }
        try output.finish()
        for index in summaries.indices {
            summaries[index].recordsWithErrors = errorsByInput[index]
        }
        return BatchSummary(
            records: written, recordsWithErrors: recordsWithErrors, elapsedSeconds: elapsedSeconds(),
            inputs: summaries)
    }
}
