/// The score of one dimension and how it was reached.
public struct DimensionResult: Sendable, Hashable {
    /// The full dimension id, e.g. `cvf/take-ownership`.
    public var id: String
    /// The framework that defines the dimension.
    public var frameworkID: String
    /// Value, competency or area.
    public var kind: Dimension.Kind
    /// Display name.
    public var name: String
    /// 0 to 100.
    public var score: Int
    /// The band the score falls in, under the thresholds in force.
    public var band: Band
    /// Weighted evidence for the dimension after context and diminishing returns.
    public var support: Double
    /// Weighted evidence against it.
    public var counter: Double
    /// Ids of the behaviours with net supporting evidence, most evidence first.
    public var behaviours: [String]
    /// Ids of the behaviours with net counter-evidence, most first.
    public var counterBehaviours: [String]
    /// Per-behaviour evidence, for explanations.
    public var evidence: [BehaviourEvidence]
    /// The factor applied for a long answer (1 when the answer is not long).
    public var lengthFactor: Double
    /// Net evidence after the length factor: what the score is computed from.
    public var net: Double

    /// Creates a dimension result.
    public init(
        id: String, frameworkID: String, kind: Dimension.Kind, name: String, score: Int, band: Band,
        support: Double, counter: Double, behaviours: [String], counterBehaviours: [String],
        evidence: [BehaviourEvidence], lengthFactor: Double, net: Double
    ) {
        self.id = id
        self.frameworkID = frameworkID
        self.kind = kind
        self.name = name
        self.score = score
        self.band = band
        self.support = support
        self.counter = counter
        self.behaviours = behaviours
        self.counterBehaviours = counterBehaviours
        self.evidence = evidence
        self.lengthFactor = lengthFactor
        self.net = net
    }
}

/// The evidence for and against one behaviour, after diminishing returns.
public struct BehaviourEvidence: Sendable, Hashable {
    /// The behaviour's full id.
    public var behaviourID: String
    /// Supporting evidence credited.
    public var support: Double
    /// Counter-evidence credited.
    public var counter: Double
    /// Matches that contributed (with a non-zero weight).
    public var matchCount: Int

    /// Creates behaviour evidence.
    public init(behaviourID: String, support: Double, counter: Double, matchCount: Int) {
        self.behaviourID = behaviourID
        self.support = support
        self.counter = counter
        self.matchCount = matchCount
    }
}
