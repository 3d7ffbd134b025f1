import Testing
@testable import CVFScan

@Suite("Band threshold fitter")
struct BandThresholdFitterTests: CalibrationTestSupport {
    private let fallback = ScaleThresholds.evenlySpaced(for: .cvfDefault)

    @Test("Recovers known thresholds exactly from noiseless data")
    func recoversKnownThresholds() throws {
        // Scores 0...99; the human rating is the band under cuts between 24|25, 49|50 and 74|75. Only those
        // cuts give QWK 1, and midway placement puts the thresholds at 24.5, 49.5 and 74.5.
        let scores = (0..<100).map(Double.init)
        let ratings = scores.map { $0 >= 74.5 ? 3 : $0 >= 49.5 ? 2 : $0 >= 24.5 ? 1 : 0 }
        let fit = BandThresholdFitter(scale: .cvfDefault).fit(scores: scores, ratings: ratings, fallback: fallback)
        #expect(fit.source == .fitted)
        #expect(fit.thresholds.values == [24.5, 49.5, 74.5])
        #expect(fit.inSampleQWK == 1)
    }

    @Test("Recovers thresholds from a large shuffled noisy sample, deterministically")
    func recoversFromNoisyData() throws {
        // 10,000 samples with scores on a 0.01 grid and ratings from cuts 30/55/80, 10% of ratings moved one
        // point: the fit stays within 2 score points of each true cut and is identical when repeated.
        var generator = SplitMix64(seed: 2024)
        var scores: [Double] = []
        var ratings: [Int] = []
        for _ in 0..<10_000 {
            let score = Double(generator.nextIndex(below: 10_001)) / 100
            var rating = score >= 80 ? 3 : score >= 55 ? 2 : score >= 30 ? 1 : 0
            if generator.nextIndex(below: 10) == 0 { rating = min(3, max(0, rating + (generator.nextIndex(below: 2) == 0 ? -1 : 1))) }
            scores.append(score)
            ratings.append(rating)
        }
        let fitter = BandThresholdFitter(scale: .cvfDefault)
        let fit = fitter.fit(scores: scores, ratings: ratings, fallback: fallback)
        #expect(fit.source == .fitted)
        let values = fit.thresholds.values
        #expect(values.count == 3)
        for (fitted, truth) in zip(values, [30.0, 55, 80]) { #expect(abs(fitted - truth) <= 2, "\(values)") }
        #expect(fitter.fit(scores: scores, ratings: ratings, fallback: fallback) == fit)
    }

    @Test("Ties go to the lower threshold")
    func tiesGoLower() {
        // Scale 0...1, scores 10, 20, 30, 40 with ratings 0, 1, 0, 1. Cut at 15: bands 0,1,1,1 ->
        // [[1,1],[0,2]], p_o = 3/4, p_e = (2*1 + 2*3)/16 = 1/2, kappa 1/2. Cut at 35: bands 0,0,0,1 ->
        // [[2,0],[1,1]], kappa 1/2 as well. Cut at 25: [[1,1],[1,1]], kappa 0. Tie -> the lower, 15.
        // (sklearn cohen_kappa_score gives 0.5 for both tied cuts.)
        let scale = (try? RatingScale(0...1)) ?? .cvfDefault
        let fit = BandThresholdFitter(scale: scale, minimumSamples: 2).fit(
            scores: [10, 20, 30, 40], ratings: [0, 1, 0, 1], fallback: ScaleThresholds(validated: [50]))
        #expect(fit.thresholds.values == [15])
        #expect(isClose(fit.inSampleQWK, 0.5))
    }

    @Test("Matches a brute-force search over every cut combination")
    func matchesBruteForce() {
        // 150 distinct scores: C(149, 3) = 540,274 combinations exceed the grid budget (50,000), so this
        // exercises the grid pass plus coordinate ascent. The brute force tries every triple of cut positions.
        var generator = SplitMix64(seed: 11)
        let scores = (0..<150).map { Double($0) * 0.5 + 10 }
        let ratings = scores.map { score -> Int in
            let base = score >= 70 ? 3 : score >= 50 ? 2 : score >= 30 ? 1 : 0
            return min(3, max(0, base + generator.nextIndex(below: 3) - 1))
        }
        let groups = ScoreGroups(scores: scores, ratings: ratings, scale: .cvfDefault)
        var best = -Double.infinity
        var bestPositions: [Int] = []
        for first in 1..<148 {
            for second in (first + 1)..<149 {
                for third in (second + 1)..<150 {
                    let value = groups.kappa(cutPositions: [first, second, third])
                    if value > best + 1e-12 { best = value; bestPositions = [first, second, third] }
                }
            }
        }
        let fit = BandThresholdFitter(scale: .cvfDefault).fit(scores: scores, ratings: ratings, fallback: fallback)
        #expect(isClose(fit.inSampleQWK, best, tolerance: 1e-12))
        #expect(fit.thresholds.values == bestPositions.map(groups.threshold(atCut:)))
    }

    struct FallbackCase: Sendable, CustomTestStringConvertible {
        let scores: [Double]
        let ratings: [Int]
        let reason: FallbackReason
        var testDescription: String { reason.description }
    }

    static let fallbackCases: [FallbackCase] = [
        // 5 samples, minimum 20.
        FallbackCase(scores: [10, 20, 30, 40, 50], ratings: [0, 1, 2, 3, 3], reason: .tooFewSamples(found: 5, minimum: 20)),
        // Every rating 2.
        FallbackCase(scores: (0..<20).map(Double.init), ratings: Array(repeating: 2, count: 20), reason: .noHumanVariation(rating: 2)),
        // Only 3 distinct scores (0, 30, 60) for 4 bands.
        FallbackCase(
            scores: (0..<21).map { Double($0 % 3) * 30 }, ratings: (0..<21).map { $0 % 4 },
            reason: .tooFewDistinctScores(found: 3, needed: 4)),
        // Rating 4 is off the 0...3 scale.
        FallbackCase(scores: (0..<20).map(Double.init), ratings: Array(repeating: 4, count: 20), reason: .invalidInput),
        // Lengths differ.
        FallbackCase(scores: [1, 2], ratings: [1], reason: .invalidInput),
    ]

    @Test("Falls back and says why", arguments: fallbackCases)
    func fallback(_ testCase: FallbackCase) {
        let fit = BandThresholdFitter(scale: .cvfDefault).fit(scores: testCase.scores, ratings: testCase.ratings, fallback: fallback)
        #expect(fit.source == .fallback(testCase.reason))
        #expect(fit.thresholds == fallback)
        #expect(fit.inSampleQWK == nil)
    }

    @Test("Grid size respects the combination budget")
    func gridSize() {
        // Two bands: one cut, every position fits the budget -> exhaustive.
        #expect(BandThresholdFitter.gridSize(available: 9_999, choose: 1) == 9_999)
        // Four bands: C(67, 3) = 67*66*65/6 = 47,905 <= 50,000 < C(68, 3) = 68*67*66/6 = 50,116.
        #expect(BandThresholdFitter.gridSize(available: 9_999, choose: 3) == 67)
        #expect(BandThresholdFitter.combinations(67, 3) == 47_905)
        // Above the budget the count saturates at budget + 1 instead of overflowing.
        #expect(BandThresholdFitter.combinations(10_000, 50) == 50_001)
        // Small problems are searched exhaustively.
        #expect(BandThresholdFitter.gridSize(available: 40, choose: 3) == 40)
    }

    @Test("Cross-validation bands each fold with thresholds fitted without it")
    func crossValidation() {
        // 40 noiseless samples, scores 0...39, rating 0 for 0-10, 1 for 11-20, 2 for 21-30, 3 for 31-39.
        // Held-out fold f holds the scores i with i % 4 == f. Each training set separates the ratings
        // perfectly (QWK 1) only with cuts midway between the nearest training scores around 10|11, 20|21, 30|31:
        //   fold 0 lacks 0, 4, ..., 20, ...: 10|11 -> 10.5, 19|21 -> 20,   30|31 -> 30.5
        //   fold 1 lacks 1, 5, ..., 21, ...: 10|11 -> 10.5, 20|22 -> 21,   30|31 -> 30.5
        //   fold 2 lacks 2, ..., 10, 30, ..: 9|11  -> 10,   20|21 -> 20.5, 29|31 -> 30
        //   fold 3 lacks 3, ..., 11, 31, ..: 10|12 -> 11,   20|21 -> 20.5, 30|32 -> 31
        // A held-out score at or above its fold's threshold takes the upper band: 20 (fold 0, cut 20) is
        // banded 2 though rated 1; 10 and 30 (fold 2, cuts 10 and 30) are banded 1 and 3 though rated 0 and 2;
        // 21 (fold 1, cut 21) and 11, 31 (fold 3, cuts 11, 31) land in their own bands. That out-of-sample
        // cost is what cross-validation exists to show.
        let scores = (0..<40).map(Double.init)
        let ratings = scores.map { $0 > 30 ? 3 : $0 > 20 ? 2 : $0 > 10 ? 1 : 0 }
        let folds = (0..<40).map { $0 % 4 }
        let result = BandThresholdFitter(scale: .cvfDefault).crossValidate(
            scores: scores, ratings: ratings, folds: folds, foldCount: 4, fallback: fallback)
        #expect(result.folds.map(\.fold) == [0, 1, 2, 3])
        #expect(result.folds.map(\.heldOutCount) == [10, 10, 10, 10])
        #expect(result.folds.map(\.trainingCount) == [30, 30, 30, 30])
        #expect(result.fallbackFoldCount == 0)
        #expect(result.folds.map(\.fit.thresholds.values) == [
            [10.5, 20, 30.5], [10.5, 21, 30.5], [10, 20.5, 30], [11, 20.5, 31],
        ])
        var expectedBands = ratings
        expectedBands[20] = 2
        expectedBands[10] = 1
        expectedBands[30] = 3
        #expect(result.bandIndices == expectedBands)
    }

    @Test("Cross-validation falls back per fold when a training set is too small")
    func crossValidationFallbackFolds() {
        let scores = (0..<25).map(Double.init)
        let ratings = scores.map { Int($0) % 4 }
        // Fold 0 holds 10 samples, so its training set has 15 < 20 and uses the fallback; fold 1 trains on 10.
        let folds = (0..<25).map { $0 < 10 ? 0 : $0 < 15 ? 1 : 2 }
        let result = BandThresholdFitter(scale: .cvfDefault).crossValidate(
            scores: scores, ratings: ratings, folds: folds, foldCount: 3, fallback: fallback)
        #expect(result.folds[0].fit.source == .fallback(.tooFewSamples(found: 15, minimum: 20)))
        #expect(result.folds[1].fit.source == .fitted)
        #expect(result.fallbackFoldCount == 2)
        // Fallback thresholds 25/50/75 band scores 0...9 as 0.
        #expect(result.bandIndices[0..<10].allSatisfy { $0 == 0 })
    }
}
