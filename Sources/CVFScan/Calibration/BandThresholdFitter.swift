/// Fits ascending band thresholds on the 0-100 score that maximise quadratic weighted kappa with human ratings.
///
/// Cut points are placed midway between adjacent distinct observed scores, and every band must contain at
/// least one distinct score, so fitted thresholds are strictly ascending and within the observed range.
/// Search: an exhaustive pass over an evenly spaced grid of candidate cut points (all of them when the
/// number of combinations fits the budget, which makes small problems and two-band scales exact), then
/// coordinate ascent over every cut point from the best grid solution until no threshold moves. Ties go to
/// the lower threshold in both passes. Cost is O(n log n) for sorting plus O(budget * k^2) and
/// O(passes * k * m * k^2) for m distinct scores, well under a second for 10,000 samples.
public struct BandThresholdFitter: Sendable, Hashable {
    /// The assessors' scale; its points are the bands.
    public var scale: RatingScale
    /// Below this many samples the fitter returns the fallback instead of fitting noise.
    public var minimumSamples: Int

    /// Upper bound on the grid combinations evaluated exhaustively.
    static let gridCombinationBudget = 50_000
    /// QWK differences at or below this are ties, so rounding noise cannot decide between cut points.
    static let tieTolerance = 1e-12
    /// Coordinate ascent stops after this many full passes even if a tie cycle were possible.
    static let maximumAscentPasses = 100

    /// A fitter for `scale` that needs at least `minimumSamples` samples (default 20).
    public init(scale: RatingScale, minimumSamples: Int = 20) {
        self.scale = scale
        self.minimumSamples = minimumSamples
    }

    /// Fits thresholds to `scores` (0-100) and `ratings` (points of the scale), or returns `fallback` with
    /// the reason fitting was not possible.
    public func fit(scores: [Double], ratings: [Int], fallback: ScaleThresholds) -> ThresholdFit {
        func fallingBack(_ reason: FallbackReason) -> ThresholdFit {
            ThresholdFit(thresholds: fallback, source: .fallback(reason), inSampleQWK: nil)
        }
        guard scores.count == ratings.count,
            scores.allSatisfy(\.isFinite),
            ratings.allSatisfy(scale.contains)
        else { return fallingBack(.invalidInput) }
        guard scores.count >= max(minimumSamples, 2) else {
            return fallingBack(.tooFewSamples(found: scores.count, minimum: max(minimumSamples, 2)))
        }
        if let first = ratings.first, ratings.allSatisfy({ $0 == first }) {
            return fallingBack(.noHumanVariation(rating: first))
        }
        let groups = ScoreGroups(scores: scores, ratings: ratings, scale: scale)
        let bandCount = scale.pointCount
        guard groups.distinctCount >= bandCount else {
            return fallingBack(.tooFewDistinctScores(found: groups.distinctCount, needed: bandCount))
        }
        var positions = gridSearch(groups)
        var objective = groups.kappa(cutPositions: positions)
        coordinateAscent(groups, positions: &positions, objective: &objective)
        return ThresholdFit(
            thresholds: ScaleThresholds(validated: positions.map(groups.threshold(atCut:))),
            source: .fitted, inSampleQWK: objective)
    }

    /// Exhaustive search over increasing tuples of grid cut positions; the first best tuple in
    /// lexicographic order wins, i.e. ties go to lower thresholds.
    private func gridSearch(_ groups: ScoreGroups) -> [Int] {
        let cutCount = scale.thresholdCount
        let available = groups.distinctCount - 1
        let grid = BandThresholdFitter.gridSize(available: available, choose: cutCount)
        let candidates: [Int] =
            grid >= available
            ? Array(1...available)
            : (0..<grid).map { 1 + ($0 * (available - 1)) / max(grid - 1, 1) }
        var chosen = Array(0..<cutCount)
        var best = chosen.map { candidates[$0] }
        var bestObjective = -Double.infinity
        var positions = best
        while true {
            for slot in 0..<cutCount { positions[slot] = candidates[chosen[slot]] }
            let objective = groups.kappa(cutPositions: positions)
            if objective > bestObjective + BandThresholdFitter.tieTolerance {
                bestObjective = objective
                best = positions
            }
            // Advance to the next increasing tuple of candidate indices.
            var slot = cutCount - 1
            while slot >= 0, chosen[slot] == candidates.count - cutCount + slot { slot -= 1 }
            if slot < 0 { break }
            chosen[slot] += 1
            for later in (slot + 1)..<cutCount { chosen[later] = chosen[later - 1] + 1 }
        }
        return best
    }

    /// The largest grid (at most `available` cut points) whose number of `choose`-subsets fits the budget.
    static func gridSize(available: Int, choose: Int) -> Int {
        var size = max(choose, 1)
        while size < available, combinations(size + 1, choose) <= gridCombinationBudget { size += 1 }
        return min(size, available)
    }

    /// n choose r, saturating just above the budget so large grids cannot overflow.
    static func combinations(_ n: Int, _ r: Int) -> Int {
        guard r >= 0, r <= n else { return 0 }
        var result = 1
        for step in 0..<min(r, n - r) {
            result = result * (n - step) / (step + 1)
            if result > gridCombinationBudget { return gridCombinationBudget + 1 }
        }
        return result
    }

    /// Moves one cut at a time to the lowest position (between its neighbours) with the highest QWK, until a
    /// full pass moves nothing.
    private func coordinateAscent(_ groups: ScoreGroups, positions: inout [Int], objective: inout Double) {
        let cutCount = positions.count
        for _ in 0..<BandThresholdFitter.maximumAscentPasses {
            var moved = false
            for slot in 0..<cutCount {
                let lowest = slot == 0 ? 1 : positions[slot - 1] + 1
                let highest = slot == cutCount - 1 ? groups.distinctCount - 1 : positions[slot + 1] - 1
                guard lowest <= highest else { continue }
                let current = positions[slot]
                var bestPosition = current
                var bestObjective = -Double.infinity
                for candidate in lowest...highest {
                    positions[slot] = candidate
                    let value = groups.kappa(cutPositions: positions)
                    if value > bestObjective + BandThresholdFitter.tieTolerance {
                        bestObjective = value
                        bestPosition = candidate
                    }
                }
                // Only move on a real improvement or, at equal QWK, to a lower threshold.
                if bestPosition != current,
                    bestObjective > objective + BandThresholdFitter.tieTolerance
                        || (bestObjective >= objective - BandThresholdFitter.tieTolerance && bestPosition < current)
                {
                    positions[slot] = bestPosition
                    objective = max(objective, bestObjective)
                    moved = true
                } else {
                    positions[slot] = current
                }
            }
            if !moved { break }
        }
        objective = groups.kappa(cutPositions: positions)
    }
}
