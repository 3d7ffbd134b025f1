import CVFScan
import Dispatch
import Synchronization

/// Scans answers on several threads the way a batch run does: one shared, immutable ``EvidenceScanner``, one
/// ``ScanSession`` per thread, the answers split into contiguous runs in input order, each report written as JSON
/// and discarded.
enum ParallelScan {
    struct Outcome {
        var seconds: Double
        /// CPU seconds of all threads: divided by `seconds`, how many cores the run actually got.
        var processorSeconds: Double
        /// Bytes of JSON written, summed over threads: proof the work was done, and a check that every thread count
        /// produced the same output.
        var jsonBytes: Int
    }

    static func run(_ answers: [String], scanner: EvidenceScanner, threads: Int) -> Outcome {
        let threads = max(1, min(threads, answers.count))
        let total = Mutex(0)
        let writer = JSONReportWriter()
        let timing = Stopwatch.measure {
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                let first = answers.count * thread / threads
                let end = answers.count * (thread + 1) / threads
                let session = scanner.makeSession()
                var sink: [UInt8] = []
                var written = 0
                for index in first..<end {
                    sink.removeAll(keepingCapacity: true)
                    writer.write(session.scan(answers[index]), into: &sink)
                    written += sink.count
                }
                total.withLock { $0 += written }
            }
        }
        return Outcome(seconds: timing.wall, processorSeconds: timing.cpu, jsonBytes: total.withLock { $0 })
    }
}
