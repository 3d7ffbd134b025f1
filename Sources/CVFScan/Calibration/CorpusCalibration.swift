import Dispatch
import Synchronization

/// Scores a human-marked corpus with a scanner and measures how far the scores agree with the markers
/// (`cvfscan calibrate`).
public enum CorpusCalibration {
    /// Each record's score on every dimension the scanner reports, in record order. Scans run on all cores, each
    /// thread with its own session; the result does not depend on how many threads ran.
    public static func scores(of records: [CorpusRecord], scanner: EvidenceScanner) -> [[String: Int]] {
        let results = Mutex([[String: Int]](repeating: [:], count: records.count))
        let workers = max(1, min(System.activeProcessorCount, records.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let session = scanner.makeSession()
            var local: [(Int, [String: Int])] = []
            var index = worker
            while index < records.count {
                let report = session.scan(records[index].text, id: records[index].id)
                local.append((index, Dictionary(report.dimensions.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first })))
                index += workers
            }
            results.withLock { scores in
                for (index, values) in local { scores[index] = values }
            }
        }
        return results.withLock { $0 }
    }

    /// The calibration samples: one per record and per dimension that the corpus rates and the scanner scores.
    public static func samples(records: [CorpusRecord], scores: [[String: Int]]) -> [String: [CalibrationSample]] {
        var samples: [String: [CalibrationSample]] = [:]
        for (index, record) in records.enumerated() {
            for (dimension, rating) in record.ratings {
                guard let score = scores[index][dimension] else { continue }
                samples[dimension, default: []].append(CalibrationSample(
                    recordID: record.id, group: record.group, score: Double(score), humanRating: rating,
                    secondHumanRating: record.secondRatings[dimension]))
            }
        }
        return samples
    }

    /// Scores the corpus and calibrates every dimension both rate. The scanner's current thresholds are the
    /// fallback where a dimension cannot be fitted (0–3 scale); other scales fall back to evenly spaced ones.
    public static func calibrate(
        records: [CorpusRecord], scanner: EvidenceScanner, scale: RatingScale = .cvfDefault,
        options: CalibrationOptions = CalibrationOptions()
    ) throws(CalibrationError) -> CalibrationSummary {
        let samples = samples(records: records, scores: scores(of: records, scanner: scanner))
        guard !samples.isEmpty else {
            throw .invalidOption(name: "corpus", value: "\(records.count) records",
                expected: "ratings for at least one dimension the selected frameworks score (e.g. cvf/take-ownership)")
        }
        var defaults = ScaleThresholds.evenlySpaced(for: scale)
        var perDimension: [String: ScaleThresholds] = [:]
        if scale == .cvfDefault {
            defaults = try ScaleThresholds(scanner.options.defaultThresholds.scaleValues, scale: scale)
            for id in samples.keys {
                perDimension[id] = try ScaleThresholds(scanner.options.thresholds(for: id).scaleValues, scale: scale, dimension: id)
            }
        }
        return try Calibrator.calibrate(
            samples: samples, scale: scale, defaultThresholds: defaults, dimensionDefaults: perDimension, options: options)
    }
}

/// How many cores to use.
enum System {
    static var activeProcessorCount: Int {
        #if canImport(Glibc)
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return count > 0 ? count : 1
        #else
        return 1
        #endif
    }
}

#if canImport(Glibc)
import Glibc
#endif
