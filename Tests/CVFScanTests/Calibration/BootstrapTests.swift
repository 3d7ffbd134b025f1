import Testing
@testable import CVFScan

@Suite("Bootstrap and its generator")
struct BootstrapTests: CalibrationTestSupport {
    @Test("SplitMix64 reproduces the reference sequence")
    func splitMixReference() {
        // Reference outputs for seed 1234567 (the published SplitMix64 test vector, recomputed with a
        // 5-line Python port of the algorithm).
        var generator = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in generator.next() }
        #expect(outputs == [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ])
    }

    @Test("Bounded draws stay in range and cover it")
    func boundedDraws() {
        var generator = SplitMix64(seed: 7)
        var seen = Array(repeating: 0, count: 7)
        for _ in 0..<7_000 { seen[generator.nextIndex(below: 7)] += 1 }
        // Every value is drawn; with 1000 expected per value, none is far off (binomial sd ~ 29).
        #expect(seen.allSatisfy { $0 > 850 && $0 < 1150 }, "\(seen)")
        #expect(generator.nextIndex(below: 1) == 0)
        #expect(generator.nextIndex(below: 0) == 0)
    }

    @Test("Percentile interval interpolates like numpy", arguments: [
        // numpy.percentile(arange(11), [2.5, 97.5]) = [0.25, 9.75]: position (11 - 1) * 0.025 = 0.25.
        (Array(stride(from: 0.0, through: 10, by: 1)), 0.95, 0.25, 9.75),
        // numpy.percentile([1..5], [25, 75]) = [2, 4]: positions 1 and 3 exactly.
        ([5.0, 3, 1, 4, 2], 0.5, 2.0, 4.0),
        // A single value is its own interval.
        ([0.7], 0.95, 0.7, 0.7),
    ])
    func percentile(values: [Double], level: Double, lower: Double, upper: Double) {
        let interval = Bootstrap.percentileInterval(of: values, level: level)
        #expect(isClose(interval?.lower, lower))
        #expect(isClose(interval?.upper, upper))
        #expect(interval?.definedReplicates == values.count)
    }

    @Test("Percentile interval of nothing is nil")
    func percentileOfNothing() {
        #expect(Bootstrap.percentileInterval(of: [], level: 0.95) == nil)
        #expect(Bootstrap.percentileInterval(of: [.nan], level: 0.95) == nil)
        #expect(Bootstrap.percentileInterval(of: [1, 2], level: 1) == nil)
    }

    private func fixtureSet() -> EvaluationSet {
        var generator = SplitMix64(seed: 99)
        var scores: [Double] = []
        var human: [Int] = []
        for _ in 0..<200 {
            let score = Double(generator.nextIndex(below: 101))
            scores.append(score)
            human.append(min(3, max(0, Int(score / 25) + generator.nextIndex(below: 3) - 1)))
        }
        let thresholds = ScaleThresholds.evenlySpaced(for: .cvfDefault)
        return EvaluationSet(
            scale: .cvfDefault, scores: scores, humanIndex: human, machineIndex: scores.map(thresholds.bandIndex(for:)),
            recordIndex: Array(0..<200), recordCount: 200, evidencePresentFrom: 1)
    }

    @Test("Same seed, same intervals; another seed, other intervals")
    func determinism() {
        let set = fixtureSet()
        let options = BootstrapOptions(replicates: 300, seed: 42)
        let first = Bootstrap.intervals(for: set, options: options, stream: "dimension:x")
        let second = Bootstrap.intervals(for: set, options: options, stream: "dimension:x")
        #expect(first == second)
        let reseeded = Bootstrap.intervals(for: set, options: BootstrapOptions(replicates: 300, seed: 43), stream: "dimension:x")
        #expect(first != reseeded)
        let otherStream = Bootstrap.intervals(for: set, options: options, stream: "dimension:y")
        #expect(first != otherStream)
    }

    @Test("Intervals bracket the full-sample figure and count defined replicates")
    func intervalsBracketEstimate() {
        let set = fixtureSet()
        let full = set.metrics()
        let intervals = Bootstrap.intervals(for: set, options: BootstrapOptions(replicates: 400, seed: 5), stream: "s")
        for metric in AgreementMetric.allCases {
            let interval = intervals[metric]
            #expect(interval != nil, "\(metric)")
            guard let interval, let estimate = full.value(of: metric) else { continue }
            #expect(interval.lower <= estimate && estimate <= interval.upper, "\(metric): \(interval) vs \(estimate)")
            #expect(interval.definedReplicates == 400, "\(metric)")
        }
    }

    @Test("No replicates, no intervals")
    func switchedOff() {
        #expect(Bootstrap.intervals(for: fixtureSet(), options: BootstrapOptions(replicates: 0), stream: "s") == .none)
    }

    @Test("Pooled resampling draws whole records")
    func recordResampling() {
        // Two pairs per record (two dimensions); a record drawn k times weights both its pairs k, so the
        // resampled n is always a multiple of the pairs per record: 2 * 3 records = 6 in every replicate.
        let records = [0, 0, 1, 1, 2, 2]
        let set = EvaluationSet(
            scale: threePointScale, scores: [10, 90, 20, 80, 30, 70], humanIndex: [0, 2, 0, 2, 1, 1],
            machineIndex: [0, 2, 0, 2, 1, 1], recordIndex: records, recordCount: 3, evidencePresentFrom: 1)
        var generator = SplitMix64(seed: 1)
        for _ in 0..<50 {
            var recordWeights = [0, 0, 0]
            for _ in 0..<3 { recordWeights[generator.nextIndex(below: 3)] += 1 }
            var sortedWeights = Array(repeating: 0, count: 6)
            set.sortedWeights(recordWeights: recordWeights, into: &sortedWeights)
            #expect(set.metrics(sortedWeights: sortedWeights) == set.metrics(weights: records.map { recordWeights[$0] }))
            #expect(set.metrics(sortedWeights: sortedWeights).count == 6)
        }
    }
}
