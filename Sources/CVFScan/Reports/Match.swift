/// One place where a lexicon pattern matched the answer, and how its context decided what it counts for.
public struct Match: Sendable, Hashable {
    /// The dimension the evidence is for.
    public var dimensionID: String
    /// The behaviour the pattern evidences.
    public var behaviourID: String
    /// The pattern as written in the lexicon.
    public var pattern: String
    /// How the pattern counts (`pattern`, `against`, `vocabulary`).
    public var role: Pattern.Role
    /// Where the pattern is written.
    public var patternLocation: SourceLocation
    /// The matched words as they appear in the answer.
    public var text: String
    /// The match's range in ``Report/text``.
    public var range: Range<String.Index>
    /// Unicode code-point offsets in the answer, end exclusive.
    public var codePointRange: Range<Int>
    /// UTF-8 byte offsets in the answer, end exclusive.
    public var utf8Range: Range<Int>
    /// The polarity of the behaviour the pattern belongs to.
    public var behaviourPolarity: Polarity
    /// What the match counts as after its role and negation: a negated `support` pattern is counter-evidence,
    /// a negated `counter` pattern ("I never blame others") supports.
    public var polarity: Polarity
    /// The negation decision.
    public var negation: NegationDecision
    /// Who did it.
    public var agent: Agent
    /// The word that decided the agent, or nil when the agent is implied (no subject found: the applicant).
    public var agentCue: Cue?
    /// Whether it happened.
    public var modality: Modality
    /// The word that decided the modality, or nil for a plain account.
    public var modalityCue: Cue?
    /// The pattern's weight times the context factors: what this match would add on its own.
    public var weight: Double
    /// What the match added to its dimension after diminishing returns (repeats of one behaviour count less).
    public var credit: Double
    /// The behaviour's and dimension's positions in the scanner's compiled lexicon, so scoring groups by integer.
    var behaviourIndex: Int32 = -1
    var dimensionIndex: Int32 = -1
    /// The index of the lexicon pattern that matched (``Lexicon/patterns``), or -1.
    var sourcePatternIndex: Int32 = -1

    /// True when the match was negated.
    public var negated: Bool { negation.negated }
}

/// A word in the answer that a context decision rests on.
public struct Cue: Sendable, Hashable {
    /// The word as written.
    public var text: String
    /// Its code-point offsets in the answer.
    public var codePointRange: Range<Int>

    /// Creates a cue.
    public init(text: String, codePointRange: Range<Int>) {
        self.text = text
        self.codePointRange = codePointRange
    }
}

/// Whether a match was negated, by which words, and where their reach ended.
public struct NegationDecision: Sendable, Hashable {
    /// True when an odd number of negations reach the match ("I did not fail to" is two: not negated).
    public var negated: Bool
    /// The negations that reach the match, in text order.
    public var triggers: [Cue]
    /// Negation words near the match that were not counted because they do not negate here
    /// ("not only", "didn't hesitate", "without delay").
    public var pseudoTriggers: [Cue]
    /// Code-point offset where the last trigger's reach ends (a clause boundary or the sentence end).
    public var scopeEnd: Int?
    /// True for a `counter` pattern after "didn't just", "did not simply", "not only" ("I didn't just ignore it, I
    /// reported it"): the applicant says they did more than that, so it is neither a fault they own up to nor one
    /// they deny, and the match counts for nothing (weight 0).
    public var surpassed: Bool

    /// A match with no negation near it.
    public static let none = NegationDecision(negated: false, triggers: [], pseudoTriggers: [], scopeEnd: nil)

    /// Creates a negation decision.
    public init(negated: Bool, triggers: [Cue], pseudoTriggers: [Cue], scopeEnd: Int?, surpassed: Bool = false) {
        self.negated = negated
        self.triggers = triggers
        self.pseudoTriggers = pseudoTriggers
        self.scopeEnd = scopeEnd
        self.surpassed = surpassed
    }
}

/// Who did what a match describes.
public enum Agent: String, Sendable, Hashable, CaseIterable {
    /// The applicant: "I", "me", or no other subject. Full credit.
    case applicant = "self"
    /// A group including the applicant: "we", "our team", "my colleague and I". Partial credit.
    case group
    /// Someone else: "my manager", "she", "they", "a colleague". No credit to the applicant.
    case other
}

/// Whether what a match describes happened.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    /// An account of something done. Full weight.
    case actual
    /// Something the applicant would, will or could do. Reduced weight.
    case hypothetical
    /// A belief or self-description ("I think it is important to", "I always", "I can"). Reduced weight.
    case opinion
}
