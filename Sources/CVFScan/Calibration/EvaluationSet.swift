/// Paired machine and human judgements prepared once so that every bootstrap replicate can recompute all
/// agreement figures in two sequential passes: a replicate is just a vector of integer multiplicities
/// ("weights"), pairs are stored in ascending score order so score ranks come from a running count instead of
/// a sort, and human ranks come from the k category counts.
struct EvaluationSet: Sendable {
    let scale: RatingScale
    let evidencePresentFrom: Int
    let recordCount: Int

    /// Per pair, in ascending score order (ties in input order).
    private let sortedScores: [Double]
    private let sortedHuman: [Int]
    private let sortedMachine: [Int]
    private let sortedRecord: [Int]
    /// `inputPosition[i]`: where sorted pair i was in the input.
    private let inputPosition: [Int]
    /// Whether sorted pair i starts a new run of equal scores.
    private let startsTieGroup: [Bool]
    private let presentIndex: Int

    init(
        scale: RatingScale, scores: [Double], humanIndex: [Int], machineIndex: [Int],
        recordIndex: [Int], recordCount: Int, evidencePresentFrom: Int
    ) {
        let order = AgreementStatistics.ascendingOrder(scores)
        self.scale = scale
        self.evidencePresentFrom = evidencePresentFrom
        self.recordCount = recordCount
        let sorted = order.map { scores[$0] }
        sortedScores = sorted
        sortedHuman = order.map { humanIndex[$0] }
        sortedMachine = order.map { machineIndex[$0] }
        sortedRecord = order.map { recordIndex[$0] }
        inputPosition = order
        startsTieGroup = sorted.indices.map { $0 == 0 || sorted[$0] != sorted[$0 - 1] }
        presentIndex = scale.index(of: evidencePresentFrom)
    }

    var count: Int { sortedScores.count }

    /// Figures on the full set, every pair counted once.
    func metrics() -> AgreementMetrics {
        metrics(sortedWeights: Array(repeating: 1, count: count))
    }

    /// Figures when input pair i is counted `weights[i]` times.
    func metrics(weights: [Int]) -> AgreementMetrics {
        metrics(sortedWeights: inputPosition.map { weights[$0] })
    }

    /// Weights for a replicate in which record r was drawn `recordWeights[r]` times, in sorted pair order.
    func sortedWeights(recordWeights: [Int], into weights: inout [Int]) {
        for pair in 0..<count { weights[pair] = recordWeights[sortedRecord[pair]] }
    }

    /// All figures for weights given in sorted pair order.
    func metrics(sortedWeights weights: [Int]) -> AgreementMetrics {
        let categories = scale.pointCount
        // Pass 1: confusion matrix and the score mean.
        var confusion = ConfusionMatrix(scale: scale)
        var weightedScoreSum = 0.0
        for pair in 0..<count where weights[pair] > 0 {
            confusion.add(rowIndex: sortedHuman[pair], columnIndex: sortedMachine[pair], weight: weights[pair])
            weightedScoreSum += Double(weights[pair]) * sortedScores[pair]
        }
        let total = confusion.total
        let humanCounts = confusion.rowTotals
        let humanCategoriesUsed = humanCounts.filter { $0 > 0 }.count

        // Human average ranks and deviations per category; the mean rank of any ranking of N items is (N+1)/2.
        let meanRank = Double(total + 1) / 2
        var humanRankDeviation = Array(repeating: 0.0, count: categories)
        var humanRankSquares = 0.0
        var humanSum = 0
        var cumulative = 0
        for category in 0..<categories {
            humanRankDeviation[category] = Double(cumulative) + Double(humanCounts[category] + 1) / 2 - meanRank
            humanRankSquares += Double(humanCounts[category]) * humanRankDeviation[category] * humanRankDeviation[category]
            humanSum += category * humanCounts[category]
            cumulative += humanCounts[category]
        }
        let meanScore = total > 0 ? weightedScoreSum / Double(total) : 0
        let meanHuman = total > 0 ? Double(humanSum) / Double(total) : 0

        // Pass 2, in score order: tie groups give score ranks; accumulate rank and raw cross products.
        var rankCross = 0.0
        var scoreRankSquares = 0.0
        var scoreCross = 0.0
        var scoreSquares = 0.0
        var humanSquares = 0.0
        var positiveRankSum = 0.0
        var positiveCount = 0
        var scoreGroupsUsed = 0
        var ranked = 0
        var pair = 0
        while pair < count {
            // One tie group: its weight, its positives and its summed human rank deviation.
            var groupEnd = pair
            var groupWeight = 0
            var groupPositives = 0
            var groupHumanDeviation = 0.0
            repeat {
                let weight = weights[groupEnd]
                if weight > 0 {
                    let human = sortedHuman[groupEnd]
                    groupWeight += weight
                    if human >= presentIndex { groupPositives += weight }
                    groupHumanDeviation += Double(weight) * humanRankDeviation[human]
                    let scoreDeviation = sortedScores[groupEnd] - meanScore
                    let humanDeviation = Double(human) - meanHuman
                    scoreCross += Double(weight) * scoreDeviation * humanDeviation
                    scoreSquares += Double(weight) * scoreDeviation * scoreDeviation
                    humanSquares += Double(weight) * humanDeviation * humanDeviation
                }
                groupEnd += 1
            } while groupEnd < count && !startsTieGroup[groupEnd]
            if groupWeight > 0 {
                let rankDeviation = Double(ranked) + Double(groupWeight + 1) / 2 - meanRank
                rankCross += rankDeviation * groupHumanDeviation
                scoreRankSquares += Double(groupWeight) * rankDeviation * rankDeviation
                positiveRankSum += Double(groupPositives) * (rankDeviation + meanRank)
                positiveCount += groupPositives
                scoreGroupsUsed += 1
                ranked += groupWeight
            }
            pair = groupEnd
        }

        // Constancy is judged on the values (tie groups, categories), so rounding cannot fake variation.
        let bothVary = total >= 2 && scoreGroupsUsed >= 2 && humanCategoriesUsed >= 2
        func correlation(_ cross: Double, _ first: Double, _ second: Double) -> Double? {
            guard bothVary, first > 0, second > 0 else { return nil }
            return min(1, max(-1, cross / (first.squareRoot() * second.squareRoot())))
        }
        let negativeCount = total - positiveCount
        var auc: Double?
        if positiveCount > 0, negativeCount > 0 {
            let positives = Double(positiveCount)
            auc = (positiveRankSum - positives * (positives + 1) / 2) / (positives * Double(negativeCount))
        }
        let detection = confusion.detection(presentFrom: evidencePresentFrom)
        return AgreementMetrics(
            count: total,
            spearman: correlation(rankCross, scoreRankSquares, humanRankSquares),
            pearson: correlation(scoreCross, scoreSquares, humanSquares),
            qwk: confusion.quadraticWeightedKappa,
            exactAgreement: confusion.exactAgreement,
            adjacentAgreement: confusion.adjacentAgreement,
            precision: detection.precision,
            recall: detection.recall,
            f1: detection.f1,
            auc: auc,
            smd: confusion.standardisedMeanDifference,
            confusion: confusion)
    }
}
