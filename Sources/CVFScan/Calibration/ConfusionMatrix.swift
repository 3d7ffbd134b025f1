/// Counts of (first rater, second rater) pairs on one scale: rows are the human rating, columns the machine
/// band (or the second human, for human-human agreement), both in ascending scale order.
///
/// Every agreement figure that depends only on the two categorical ratings (QWK, exact and adjacent agreement,
/// detection precision/recall/F1, SMD) is computed from this matrix, so resampled and full-sample figures
/// share one implementation.
public struct ConfusionMatrix: Sendable, Hashable {
    /// The scale both raters use.
    public let scale: RatingScale
    /// Row-major counts, `pointCount * pointCount` cells.
    private(set) var cells: [Int]

    /// An empty matrix for `scale`.
    public init(scale: RatingScale) {
        self.scale = scale
        self.cells = Array(repeating: 0, count: scale.pointCount * scale.pointCount)
    }

    /// Tallies paired ratings; nil when the arrays differ in length or a rating lies outside `scale`.
    public init?(rows: [Int], columns: [Int], scale: RatingScale) {
        guard rows.count == columns.count else { return nil }
        self.init(scale: scale)
        for (row, column) in zip(rows, columns) {
            guard scale.contains(row), scale.contains(column) else { return nil }
            add(rowIndex: scale.index(of: row), columnIndex: scale.index(of: column), weight: 1)
        }
    }

    /// The counts as rows (human ratings, ascending) of columns (machine bands, ascending).
    public var counts: [[Int]] {
        let size = scale.pointCount
        return (0..<size).map { row in Array(cells[(row * size)..<(row * size + size)]) }
    }

    /// The number of pairs tallied.
    public var total: Int { cells.reduce(0, +) }

    /// Pairs rated `human` by the first rater (row) and `machine` by the second (column); 0 off the scale.
    public func count(human: Int, machine: Int) -> Int {
        guard scale.contains(human), scale.contains(machine) else { return 0 }
        return cells[scale.index(of: human) * scale.pointCount + scale.index(of: machine)]
    }

    mutating func add(rowIndex: Int, columnIndex: Int, weight: Int) {
        cells[rowIndex * scale.pointCount + columnIndex] += weight
    }

    var rowTotals: [Int] {
        let size = scale.pointCount
        var totals = Array(repeating: 0, count: size)
        for row in 0..<size { for column in 0..<size { totals[row] += cells[row * size + column] } }
        return totals
    }

    var columnTotals: [Int] {
        let size = scale.pointCount
        var totals = Array(repeating: 0, count: size)
        for row in 0..<size { for column in 0..<size { totals[column] += cells[row * size + column] } }
        return totals
    }

    /// Quadratic weighted kappa: 1 - sum(w * observed) / sum(w * expected) with w = (row - column)^2 and
    /// expected = rowTotal * columnTotal / n. The usual division of w by (k - 1)^2 cancels out.
    /// Nil when the matrix is empty or expected disagreement is zero (both raters constant on one point).
    public var quadraticWeightedKappa: Double? {
        let size = scale.pointCount
        let total = self.total
        guard total > 0 else { return nil }
        let rows = rowTotals
        let columns = columnTotals
        var observed = 0.0
        var expected = 0.0
        for row in 0..<size {
            for column in 0..<size {
                let weight = Double((row - column) * (row - column))
                observed += weight * Double(cells[row * size + column])
                expected += weight * Double(rows[row]) * Double(columns[column])
            }
        }
        expected /= Double(total)
        guard expected > 0 else { return nil }
        return 1 - observed / expected
    }

    /// The share of pairs on the diagonal; nil when empty.
    public var exactAgreement: Double? {
        agreementShare(within: 0)
    }

    /// The share of pairs at most one scale point apart; nil when empty.
    public var adjacentAgreement: Double? {
        agreementShare(within: 1)
    }

    private func agreementShare(within distance: Int) -> Double? {
        let size = scale.pointCount
        let total = self.total
        guard total > 0 else { return nil }
        var agreeing = 0
        for row in 0..<size {
            for column in 0..<size where abs(row - column) <= distance { agreeing += cells[row * size + column] }
        }
        return Double(agreeing) / Double(total)
    }

    /// Detection of "evidence present" (rating >= `presentFrom`), rows as truth and columns as prediction.
    public func detection(presentFrom: Int) -> DetectionStatistics {
        let size = scale.pointCount
        let threshold = min(max(scale.index(of: presentFrom), 0), size)
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for row in 0..<size {
            for column in 0..<size {
                let count = cells[row * size + column]
                switch (row >= threshold, column >= threshold) {
                case (true, true): truePositives += count
                case (false, true): falsePositives += count
                case (true, false): falseNegatives += count
                case (false, false): break
                }
            }
        }
        return DetectionStatistics(
            truePositives: truePositives, falsePositives: falsePositives, falseNegatives: falseNegatives)
    }

    /// (mean column - mean row) / sqrt((var column + var row) / 2) with sample variances (n - 1 denominator),
    /// following Williamson, Xi & Breyer (2012). Nil when n < 2 or both raters are constant.
    public var standardisedMeanDifference: Double? {
        let total = self.total
        guard total >= 2 else { return nil }
        let rowMoments = ConfusionMatrix.moments(of: rowTotals, total: total)
        let columnMoments = ConfusionMatrix.moments(of: columnTotals, total: total)
        let pooledVariance = (rowMoments.variance + columnMoments.variance) / 2
        guard pooledVariance > 0 else { return nil }
        return (columnMoments.mean - rowMoments.mean) / pooledVariance.squareRoot()
    }

    /// Mean and sample variance of the zero-based category index from category counts. Integer sums keep the
    /// mean of a constant rater exact, so its variance is exactly zero.
    private static func moments(of totals: [Int], total: Int) -> (mean: Double, variance: Double) {
        var sum = 0
        for (category, count) in totals.enumerated() { sum += category * count }
        let mean = Double(sum) / Double(total)
        var squares = 0.0
        for (category, count) in totals.enumerated() {
            let deviation = Double(category) - mean
            squares += Double(count) * deviation * deviation
        }
        return (mean, squares / Double(total - 1))
    }
}
