import CVFScan

/// The corpus through the library's batch API (``BatchRunner``, what `cvfscan batch` runs): JSON Lines in memory,
/// one JSON report per record out, discarded. Unlike ``ParallelScan`` this includes parsing the input, windows of
/// records and writing in order.
enum BatchRunnerScan {
    /// Counts the bytes a run writes and keeps none of them.
    struct DiscardingOutput: BatchOutput {
        var bytes = 0

        mutating func write(_ bytes: [UInt8]) {
            self.bytes += bytes.count
        }

        mutating func finish() {}
    }

    struct Outcome {
        var timing: Timing
        var records: Int
        var outputBytes: Int
    }

    static func run(jsonLines: [UInt8], scanner: EvidenceScanner, jobs: Int) throws -> Outcome {
        let options = BatchOptions(idColumn: "id", textColumns: ["text"], outputFormat: .jsonLines, jobs: jobs)
        let runner = try BatchRunner(scanner: scanner, options: options)
        let input = BatchInput(bytes: jsonLines, name: "benchmark corpus", format: .jsonLines)
        var output = DiscardingOutput()
        var summary: BatchSummary?
        let timing = try Stopwatch.measure { summary = try runner.run([input], to: &output) }
        return Outcome(timing: timing, records: summary?.records ?? 0, outputBytes: output.bytes)
    }
}
