/// Agreement between machine scores and human ratings: correlations, kappa, agreement shares, detection and
/// mean differences. Every function is pure and returns nil, never NaN, when the figure is undefined
/// (fewer than two pairs, a constant column, no positives, arrays of different lengths, non-finite input).
public enum AgreementStatistics {
    /// Spearman's rho: Pearson's r of the two columns' ranks, tied values sharing their average rank.
    public static func spearman(_ first: [Double], _ second: [Double]) -> Double? {
        guard first.count == second.count, allFinite(first), allFinite(second) else { return nil }
        let weights = Array(repeating: 1, count: first.count)
        let firstRanks = averageRanks(first, order: ascendingOrder(first), weights: weights)
        let secondRanks = averageRanks(second, order: ascendingOrder(second), weights: weights)
        return weightedPearson(firstRanks, secondRanks, weights: weights)
    }

    /// Pearson's product-moment correlation r.
    public static func pearson(_ first: [Double], _ second: [Double]) -> Double? {
        guard first.count == second.count, allFinite(first), allFinite(second) else { return nil }
        return weightedPearson(first, second, weights: Array(repeating: 1, count: first.count))
    }

    /// Quadratic weighted kappa between two ratings on `scale` (see ``ConfusionMatrix/quadraticWeightedKappa``).
    public static func quadraticWeightedKappa(_ first: [Int], _ second: [Int], scale: RatingScale) -> Double? {
        ConfusionMatrix(rows: first, columns: second, scale: scale)?.quadraticWeightedKappa
    }

    /// The share of pairs with identical ratings.
    public static func exactAgreement(_ first: [Int], _ second: [Int]) -> Double? {
        agreementShare(first, second, within: 0)
    }

    /// The share of pairs whose ratings differ by at most one point.
    public static func adjacentAgreement(_ first: [Int], _ second: [Int]) -> Double? {
        agreementShare(first, second, within: 1)
    }

    /// Precision, recall and F1 of the machine band for "evidence present" (rating >= `presentFrom`) against
    /// the human rating; nil when the arrays differ in length or leave the scale.
    public static func detection(human: [Int], machine: [Int], scale: RatingScale, presentFrom: Int) -> DetectionStatistics? {
        ConfusionMatrix(rows: human, columns: machine, scale: scale)?.detection(presentFrom: presentFrom)
    }

    /// ROC AUC of `scores` for `positive`, as the Mann-Whitney statistic: the probability that a random
    /// positive outscores a random negative, ties counting one half. Nil without positives or negatives.
    public static func rocAUC(scores: [Double], positive: [Bool]) -> Double? {
        guard scores.count == positive.count, allFinite(scores) else { return nil }
        let weights = Array(repeating: 1, count: scores.count)
        let ranks = averageRanks(scores, order: ascendingOrder(scores), weights: weights)
        return weightedAUC(ranks: ranks, positive: positive, weights: weights)
    }

    /// (mean machine - mean human) / sqrt((var machine + var human) / 2), sample variances (n - 1), after
    /// Williamson, Xi & Breyer (2012). Nil when n < 2 or both columns are constant.
    public static func standardisedMeanDifference(machine: [Int], human: [Int], scale: RatingScale) -> Double? {
        ConfusionMatrix(rows: human, columns: machine, scale: scale)?.standardisedMeanDifference
    }

    /// Human ratings (rows) against machine bands (columns); nil when the arrays differ in length or leave the scale.
    public static func confusionMatrix(human: [Int], machine: [Int], scale: RatingScale) -> ConfusionMatrix? {
        ConfusionMatrix(rows: human, columns: machine, scale: scale)
    }

    private static func agreementShare(_ first: [Int], _ second: [Int], within distance: Int) -> Double? {
        guard first.count == second.count, !first.isEmpty else { return nil }
        var agreeing = 0
        for (a, b) in zip(first, second) {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            if !overflow, abs(difference) <= distance { agreeing += 1 }
        }
        return Double(agreeing) / Double(first.count)
    }

    private static func allFinite(_ values: [Double]) -> Bool {
        values.allSatisfy(\.isFinite)
    }

    // MARK: - Weighted kernels shared with the bootstrap

    /// Indices of `values` in ascending value order, ties in index order, so ranks are reproducible.
    static func ascendingOrder(_ values: [Double]) -> [Int] {
        values.indices.sorted { left, right in
            values[left] < values[right] || (values[left] == values[right] && left < right)
        }
    }

    /// Average ranks when item i occurs `weights[i]` times: a tie group occupying ranks c+1 ... c+g gets
    /// c + (g + 1) / 2. Items of weight 0 get the rank they would share but count for nothing.
    static func averageRanks(_ values: [Double], order: [Int], weights: [Int]) -> [Double] {
        var ranks = Array(repeating: 0.0, count: values.count)
        var cumulative = 0
        var start = 0
        while start < order.count {
            let value = values[order[start]]
            var end = start
            var groupWeight = 0
            while end < order.count, values[order[end]] == value {
                groupWeight += weights[order[end]]
                end += 1
            }
            let rank = Double(cumulative) + Double(groupWeight + 1) / 2
            for position in start..<end { ranks[order[position]] = rank }
            cumulative += groupWeight
            start = end
        }
        return ranks
    }

    /// Pearson's r with integer frequency weights; nil when fewer than two items count or either column is
    /// constant among the counted items (checked on the values, so rounding cannot fake variation).
    static func weightedPearson(_ first: [Double], _ second: [Double], weights: [Int]) -> Double? {
        var total = 0
        var sumFirst = 0.0
        var sumSecond = 0.0
        var firstReference: Double?
        var secondReference: Double?
        var firstVaries = false
        var secondVaries = false
        for index in weights.indices where weights[index] > 0 {
            let weight = weights[index]
            total += weight
            sumFirst += Double(weight) * first[index]
            sumSecond += Double(weight) * second[index]
            if let reference = firstReference { firstVaries = firstVaries || reference != first[index] } else { firstReference = first[index] }
            if let reference = secondReference { secondVaries = secondVaries || reference != second[index] } else { secondReference = second[index] }
        }
        guard total >= 2, firstVaries, secondVaries else { return nil }
        let meanFirst = sumFirst / Double(total)
        let meanSecond = sumSecond / Double(total)
        var crossProducts = 0.0
        var firstSquares = 0.0
        var secondSquares = 0.0
        for index in weights.indices where weights[index] > 0 {
            let weight = Double(weights[index])
            let firstDeviation = first[index] - meanFirst
            let secondDeviation = second[index] - meanSecond
            crossProducts += weight * firstDeviation * secondDeviation
            firstSquares += weight * firstDeviation * firstDeviation
            secondSquares += weight * secondDeviation * secondDeviation
        }
        guard firstSquares > 0, secondSquares > 0 else { return nil }
        let correlation = crossProducts / (firstSquares.squareRoot() * secondSquares.squareRoot())
        return min(1, max(-1, correlation))
    }

    /// AUC from average ranks: (R+ - P(P + 1) / 2) / (P * N), R+ the weighted rank sum of positives.
    static func weightedAUC(ranks: [Double], positive: [Bool], weights: [Int]) -> Double? {
        var positiveCount = 0
        var negativeCount = 0
        var positiveRankSum = 0.0
        for index in weights.indices where weights[index] > 0 {
            if positive[index] {
                positiveCount += weights[index]
                positiveRankSum += Double(weights[index]) * ranks[index]
            } else {
                negativeCount += weights[index]
            }
        }
        guard positiveCount > 0, negativeCount > 0 else { return nil }
        let positives = Double(positiveCount)
        let statistic = positiveRankSum - positives * (positives + 1) / 2
        return statistic / (positives * Double(negativeCount))
    }
}
