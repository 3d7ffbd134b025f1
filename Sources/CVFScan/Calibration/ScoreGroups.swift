/// Scores collapsed to their distinct values with per-rating prefix counts, so the confusion matrix for any
/// set of cut positions costs O(k^2) instead of O(n).
struct ScoreGroups {
    let distinctScores: [Double]
    let bandCount: Int
    /// prefix[p * bandCount + r]: samples with rating index r among the p lowest distinct scores.
    let prefix: [Int]
    let ratingTotals: [Int]
    let total: Int

    init(scores: [Double], ratings: [Int], scale: RatingScale) {
        bandCount = scale.pointCount
        let order = AgreementStatistics.ascendingOrder(scores)
        var distinct: [Double] = []
        var counts: [Int] = []
        for index in order {
            if distinct.last != scores[index] {
                distinct.append(scores[index])
                counts.append(contentsOf: repeatElement(0, count: bandCount))
            }
            counts[(distinct.count - 1) * bandCount + scale.index(of: ratings[index])] += 1
        }
        var prefix = Array(repeating: 0, count: (distinct.count + 1) * bandCount)
        for group in 0..<distinct.count {
            for rating in 0..<bandCount {
                prefix[(group + 1) * bandCount + rating] = prefix[group * bandCount + rating] + counts[group * bandCount + rating]
            }
        }
        var totals = Array(repeating: 0, count: bandCount)
        for rating in 0..<bandCount { totals[rating] = prefix[distinct.count * bandCount + rating] }
        distinctScores = distinct
        self.prefix = prefix
        ratingTotals = totals
        total = scores.count
    }

    var distinctCount: Int { distinctScores.count }

    /// The threshold for a cut before distinct score `position`: midway between its neighbours, nudged up to
    /// the upper neighbour if the two are so close that the midpoint rounds onto the lower one.
    func threshold(atCut position: Int) -> Double {
        let below = distinctScores[position - 1]
        let above = distinctScores[position]
        let midpoint = below + (above - below) / 2
        return midpoint > below ? midpoint : above
    }

    /// QWK when the cuts before distinct scores `cutPositions` (strictly increasing, within 1..<distinctCount)
    /// split the scores into bands.
    func kappa(cutPositions: [Int]) -> Double {
        var observed = 0.0
        var expected = 0.0
        var lower = 0
        for band in 0..<bandCount {
            let upper = band < cutPositions.count ? cutPositions[band] : distinctCount
            var bandTotal = 0
            for rating in 0..<bandCount {
                let count = prefix[upper * bandCount + rating] - prefix[lower * bandCount + rating]
                bandTotal += count
                observed += Double((rating - band) * (rating - band) * count)
            }
            for rating in 0..<bandCount {
                expected += Double((rating - band) * (rating - band)) * Double(ratingTotals[rating]) * Double(bandTotal)
            }
            lower = upper
        }
        expected /= Double(total)
        // Human ratings vary (checked before fitting), so expected disagreement is positive.
        return expected > 0 ? 1 - observed / expected : 0
    }
}
