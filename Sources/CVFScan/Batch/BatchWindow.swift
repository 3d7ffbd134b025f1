#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// One window of a batch run: records read in input order, scored by several workers at once, each record's
/// output kept in its own slot so the window is written back in input order whoever scored what.
///
/// Workers claim records one at a time, so a long answer delays only its own worker. `@unchecked Sendable`
/// because workers write only the slots of the records they claimed (claims are serialised by the lock), and the
/// reading thread touches the slots only after every worker has finished (``BatchWorkerPool/wait()``).
final class BatchWindow: @unchecked Sendable {
    let records: [BatchRecord]
    /// Input bytes read when the window was complete, for progress: reading runs a window ahead of writing.
    let bytesReadAfter: Int
    private let outputs: UnsafeMutableBufferPointer<[UInt8]>
    private let failed: UnsafeMutableBufferPointer<Bool>
    private let kept: UnsafeMutableBufferPointer<BatchRecordResult?>
    /// The next record to claim.
    private let nextClaim = Mutex(0)

    init(records: [BatchRecord], bytesReadAfter: Int) {
        self.records = records
        self.bytesReadAfter = bytesReadAfter
        outputs = .allocate(capacity: records.count)
        outputs.initialize(repeating: [])
        failed = .allocate(capacity: records.count)
        failed.initialize(repeating: false)
        kept = .allocate(capacity: records.count)
        kept.initialize(repeating: nil)
    }

    deinit {
        outputs.deinitialize()
        outputs.deallocate()
        failed.deinitialize()
        failed.deallocate()
        kept.deinitialize()
        kept.deallocate()
    }

    /// Scores records on the calling thread until none is left unclaimed. Several threads may call it at once,
    /// each with its own scorer.
    func run(scorer: BatchRecordScorer) {
        work(scorer)
    }

    /// The window's output in input order, and how many of its records had errors. Call after ``wait()``.
    /// With an HTML writer, each record's section is written here, so sections are numbered in input order.
    func collect(into bytes: inout [UInt8], errorsByInput: inout [Int], html: inout HTMLBatchReportWriter?) -> Int {
        var errors = 0
        for index in records.indices {
            bytes.append(contentsOf: outputs[index])
            if html != nil, let result = kept[index] {
                let section: String
                if let report = result.report {
                    section = html?.section(for: report, problems: result.errors) ?? ""
                } else {
                    section = html?.section(forUnscoredRecord: result.id, problems: result.errors) ?? ""
                }
                bytes.append(contentsOf: section.utf8)
            }
            if failed[index] {
                errors += 1
                errorsByInput[records[index].inputIndex] += 1
            }
        }
        return errors
    }

    private func claim() -> Int? {
        let count = records.count
        return nextClaim.withLock { next in
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }

    private func work(_ scorer: BatchRecordScorer) {
        while let index = claim() {
            var bytes: [UInt8] = []
            var result: BatchRecordResult?
            failed[index] = scorer.process(records[index], into: &bytes, keeping: &result)
            outputs[index] = bytes
            kept[index] = result
        }
    }
}
