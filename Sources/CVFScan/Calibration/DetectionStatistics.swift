/// Counts and rates for detecting "evidence present".
public struct DetectionStatistics: Sendable, Hashable {
    /// Pairs where both the human and the machine say evidence is present.
    public let truePositives: Int
    /// Pairs where the machine says present and the human says absent.
    public let falsePositives: Int
    /// Pairs where the human says present and the machine says absent.
    public let falseNegatives: Int

    /// TP / (TP + FP); nil when the machine never says present.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted > 0 ? Double(truePositives) / Double(predicted) : nil
    }

    /// TP / (TP + FN); nil when the human never says present.
    public var recall: Double? {
        let actual = truePositives + falseNegatives
        return actual > 0 ? Double(truePositives) / Double(actual) : nil
    }

    /// 2TP / (2TP + FP + FN), the harmonic mean of precision and recall; nil when the human never says
    /// present. It is 0, not nil, when the machine never says present although the human does.
    public var f1: Double? {
        guard truePositives + falseNegatives > 0 else { return nil }
        return Double(2 * truePositives) / Double(2 * truePositives + falsePositives + falseNegatives)
    }
}
