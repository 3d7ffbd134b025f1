/// How the percentile bootstrap runs.
public struct BootstrapOptions: Sendable, Hashable {
    /// Resamples drawn; 0 switches intervals off.
    public var replicates: Int
    /// Seed of the SplitMix64 stream; each dimension derives its own stream from it and its id.
    public var seed: UInt64
    /// Coverage of the interval, e.g. 0.95.
    public var level: Double

    /// The defaults: 1000 replicates, seed 20120101, 95% intervals.
    public init(replicates: Int = 1000, seed: UInt64 = 20_120_101, level: Double = 0.95) {
        self.replicates = replicates
        self.seed = seed
        self.level = level
    }
}

/// Percentile bootstrap intervals for the agreement figures.
///
/// What is resampled: records. For one dimension every record carries one pair, so a replicate draws that
/// dimension's pairs with replacement. For the pooled figures a replicate draws record ids with replacement
/// and takes all of each drawn record's pairs across dimensions together, because one applicant's answers
/// are not independent of each other. Bands are the (cross-validated) bands already assigned: the intervals
/// show sampling variability of the evaluation corpus, not the variability of refitting the thresholds.
public enum Bootstrap {
    /// The `level` percentile interval of `values` (non-finite values are ignored), interpolating linearly
    /// between order statistics at position (count - 1) * q, as numpy's default percentile does.
    /// Nil when no finite value remains or `level` is not within (0, 1).
    public static func percentileInterval(of values: [Double], level: Double) -> ConfidenceInterval? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty, level > 0, level < 1 else { return nil }
        let tail = (1 - level) / 2
        return ConfidenceInterval(
            lower: quantile(sorted, tail), upper: quantile(sorted, 1 - tail), definedReplicates: sorted.count)
    }

    private static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + fraction * (sorted[above] - sorted[below])
    }

    /// The seed for one named stream, so adding or removing a dimension leaves other dimensions' intervals
    /// unchanged.
    static func streamSeed(base: UInt64, stream: String) -> UInt64 {
        SplitMix64.mix(base ^ StableHash.fnv1a64(stream))
    }

    /// Intervals for every figure of `set`, resampling its records.
    static func intervals(for set: EvaluationSet, options: BootstrapOptions, stream: String) -> MetricIntervals {
        guard options.replicates > 0, set.recordCount > 0 else { return .none }
        var generator = SplitMix64(seed: streamSeed(base: options.seed, stream: stream))
        var samples = Array(repeating: [Double](), count: AgreementMetric.allCases.count)
        for position in samples.indices { samples[position].reserveCapacity(options.replicates) }
        var recordWeights = Array(repeating: 0, count: set.recordCount)
        var pairWeights = Array(repeating: 0, count: set.count)
        for _ in 0..<options.replicates {
            for record in recordWeights.indices { recordWeights[record] = 0 }
            for _ in 0..<set.recordCount { recordWeights[generator.nextIndex(below: set.recordCount)] += 1 }
            set.sortedWeights(recordWeights: recordWeights, into: &pairWeights)
            let replicate = set.metrics(sortedWeights: pairWeights)
            for (position, metric) in AgreementMetric.allCases.enumerated() {
                if let value = replicate.value(of: metric) { samples[position].append(value) }
            }
        }
        var intervals = MetricIntervals.none
        for (position, metric) in AgreementMetric.allCases.enumerated() {
            intervals[metric] = percentileInterval(of: samples[position], level: options.level)
        }
        return intervals
    }
}
