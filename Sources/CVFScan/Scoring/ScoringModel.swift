#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How evidence becomes a score. Every constant here is visible in `--explain` and in the README.
///
/// 1. A match's **weight** is its pattern's weight × the agent factor × the modality factor. A negated `support`
///    pattern counts as counter-evidence; a negated `counter` pattern ("I never blame others") counts as support,
///    at ``deniedCounterFactor`` of its weight, because denying a fault is weaker evidence than showing a strength.
/// 2. Within one behaviour, matches of one polarity are sorted by weight and the i-th counts
///    ``repeatDecay``^i of its weight, capped at ``behaviourCap``: repeating a phrase gains little, evidencing a
///    different behaviour gains fully. Coverage counts more than repetition.
/// 3. A dimension's support and counter are the sums over its behaviours. For an answer longer than
///    ``referenceLength`` words, support is multiplied by √(referenceLength / words), so length alone does not win.
/// 4. **score** = 100 × (1 − e^(−net / ``saturation``)) for net = support − counter > 0, else 0; the band comes
///    from the thresholds.
///
/// Two caps keep claims from passing for evidence: support from hypothetical and opinion matches counts at most
/// ``nonActualCap`` per dimension (so "I would…" answers stay at most `limited`), and the framework's own words
/// (`vocabulary:` patterns) count once per place in the answer and at most ``vocabularyCap`` per dimension.
public enum ScoringModel {
    /// Most support a dimension gets from hypothetical and opinion matches together.
    public static let nonActualCap = 0.8
    /// Most support a dimension gets from the framework's own words.
    public static let vocabularyCap = 0.4

    /// Agent factors: the applicant, a group with the applicant, someone else.
    public static func agentFactor(_ agent: Agent, implied: Bool) -> Double {
        switch agent {
        case .applicant: implied ? 0.9 : 1
        case .group: 0.6
        case .other: 0
        }
    }

    /// Modality factors: an account, a hypothetical, an opinion.
    public static func modalityFactor(_ modality: Modality) -> Double {
        switch modality {
        case .actual: 1
        case .hypothetical: 0.35
        case .opinion: 0.4
        }
    }

    /// Weight of a negated counter pattern relative to its own weight.
    public static let deniedCounterFactor = 0.6
    /// Each further match of the same behaviour counts this much of the previous one.
    public static let repeatDecay = 0.4
    /// Most evidence one behaviour can contribute.
    public static let behaviourCap = 1.5
    /// Answers longer than this many words have their support damped.
    public static let referenceLength = 400
    /// Net evidence that gives a score of 63 (1 − 1/e).
    public static let saturation = 2.0

    /// The length factor for an answer of `words` words.
    public static func lengthFactor(words: Int) -> Double {
        words > referenceLength ? (Double(referenceLength) / Double(words)).squareRoot() : 1
    }

    /// The 0–100 score for net evidence.
    public static func score(net: Double) -> Int {
        guard net > 0 else { return 0 }
        return Int((100 * (1 - exp(-net / saturation))).rounded())
    }
}
