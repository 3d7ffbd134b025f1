/// Decides whether a match is negated, NegEx-style, from the words of its clause.
///
/// - A trigger (`not`, `n't`, `never`, `no`, `without`, `failed to`, `refused to`, `lack of`, `little`, `absence of`,
///   `too … to`, `rarely`...) negates a
///   match that follows it in the same clause within ``window`` words. Its reach ends at a clause boundary (`,` `;`
///   `but` `however` `although` `because` ...), at `and`/`or`/`then` starting a new verb phrase ("I didn't panic
///   and *stayed* calm"), and at a new subject ("instead of blaming others *I* owned up").
/// - Pseudo-triggers look like negation but are not: "not only", "not just", "didn't hesitate", "wasn't afraid to",
///   "without hesitation", "without delay", "no doubt", "no problem", "nothing wrong".
/// - A few English post-negations follow what they negate: "taking the lead was never my strong point",
///   "... is not something I did", "... never happened".
/// - Negations are counted: an even number cancels out ("I did not fail to", "I never refused to help").
/// - Negation words inside the match are part of its pattern and are not counted.
enum NegationDetector {
    /// Words a trigger reaches forward; NegEx used about five.
    static let window = 6

    struct Analysis {
        var triggers: [Int] = []
        var pseudoTriggers: [Int] = []
        /// Record index where the last counted trigger's reach ends (exclusive).
        var scopeEnd: Int?
        /// The `just` of "didn't just", "did not simply", "not only" before the match: the applicant says they did
        /// more than what the match describes.
        var notJust: Int?
        /// The word of an intention a later "but" drops ("I was *going* to ignore it but …", "I was *tempted* to shout
        /// back but …", "I *almost* gave up but …"). The report builder counts only a fault as denied by it: a good
        /// deed that was dropped ("I was going to report it but my manager had") is no fault of the applicant.
        var abandonedIntention: Int?
        var negated: Bool { triggers.count % 2 == 1 }
    }

    private enum TriggerKind {
        case none
        case trigger
        case pseudo
    }

    static func analyse(start: Int, end: Int, in view: SentenceView) -> Analysis {
        var analysis = Analysis()
        // A match that opens a clause of its own ("… even though he was shouting", "… when I made a mistake") is
        // beyond the reach of a negation before it, as a clause boundary before the match would be.
        var position = opensClause(start, in: view) ? view.range.lowerBound - 1 : start - 1
        var words = 0
        while position >= view.range.lowerBound {
            if view.isBoundary(position) { break }
            guard view.isWord(position) else {
                position -= 1
                continue
            }
            words += 1
            if words > window { break }
            // "That stopped me from raising it", "fear kept him from speaking up": what is prevented did not happen,
            // unless the preventing itself is negated ("Nothing was going to stop me from raising it", "I didn't let
            // the fear stop me from…"). Negations before the preventing verb are its own, so the look-back ends here.
            if isPreventing(position, matchStart: start, in: view) {
                let governing = analyse(start: position, end: position, in: view)
                analysis.triggers = governing.triggers + [position] + analysis.triggers
                analysis.pseudoTriggers = governing.pseudoTriggers + analysis.pseudoTriggers
                analysis.scopeEnd = scopeEnd(from: position, in: view)
                break
            }
            switch triggerKind(at: position, matchStart: start, in: view) {
            case .trigger:
                // "little or no" and "neither … nor" are one negation, not two that cancel.
                if isSecondHalfOfPair(position, counted: analysis.triggers, in: view) { break }
                if reaches(from: position, to: start, in: view) {
                    analysis.triggers.insert(position, at: 0)
                    if analysis.scopeEnd == nil { analysis.scopeEnd = scopeEnd(from: position, in: view) }
                }
            case .pseudo:
                analysis.pseudoTriggers.insert(position, at: 0)
                if analysis.notJust == nil { analysis.notJust = restrictiveFollower(after: position, before: start, in: view) }
            case .none:
                break
            }
            position -= 1
        }
        if let post = postNegation(after: end, in: view) {
            analysis.triggers.append(post)
            if analysis.scopeEnd == nil { analysis.scopeEnd = scopeEnd(from: post, in: view) }
        }
        if analysis.triggers.isEmpty, let modal = view.counterfactualModal(beforeMatchAt: start, end: end) {
            analysis.triggers.append(modal)
            analysis.scopeEnd = end + 1
        }
        if analysis.triggers.isEmpty { analysis.abandonedIntention = view.abandonedIntention(beforeMatchAt: start, end: end) }
        return analysis
    }

    private static func opensClause(_ start: Int, in view: SentenceView) -> Bool {
        if view.flags(start).contains(.clauseBoundaryWord) { return true }
        // "… rather than arguing *so he felt listened to*": a result clause is not what was negated.
        if view.flags(start).contains(.so), startsResultClause(soAt: start, in: view) { return true }
        guard view.formEquals(start, "even"), let next = view.nextWord(after: start) else { return false }
        return view.flags(next).contains(.clauseBoundaryWord) || view.formEquals(next, "if")
    }

    private static func triggerKind(at position: Int, matchStart: Int, in view: SentenceView) -> TriggerKind {
        let flags = view.flags(position)
        // "too scared to challenge him" did not challenge; "never too proud to ask" did ask.
        if view.formEquals(position, "too"), hasInfinitiveAfter(position, before: matchStart, in: view) {
            return .trigger
        }
        if flags.contains(.little) {
            // "did little to help", "offered little support"; not "a little".
            if let previous = view.previousWord(before: position), view.formEquals(previous, "a") { return .none }
            return .trigger
        }
        if flags.contains(.negation) {
            // "if not" and "whether or not" introduce an alternative, not a negation.
            if view.formEquals(position, "not"), let previous = view.previousWord(before: position),
               view.formEquals(previous, "if") || view.formEquals(previous, "or") {
                return .pseudo
            }
            if let next = view.nextWord(after: position), next < matchStart {
                let nextFlags = view.flags(next)
                if flags.contains(.without), nextFlags.contains(.pseudoAfterWithout) { return .pseudo }
                if flags.contains(.no), nextFlags.contains(.pseudoAfterNo) { return .pseudo }
            }
            if hasPseudoFollower(after: position, before: matchStart, in: view) { return .pseudo }
            return .trigger
        }
        if flags.contains(.negatingVerb) {
            // "instead of" and "rather than" negate; "I would rather" and "instead, I" do not.
            if view.formEquals(position, "instead") || view.formEquals(position, "rather") {
                guard let next = view.nextWord(after: position),
                      view.formEquals(next, "of") || view.formEquals(next, "than") else { return .none }
            }
            if hasPseudoFollower(after: position, before: matchStart, in: view) { return .pseudo }
            return .trigger
        }
        if flags.contains(.ceasingVerb) {
            // "stopped helping" ceases an action; "stopped the fight" and "stopped to listen" do not negate.
            if let next = view.nextWord(after: position), view.formEnds(next, with: "ing") { return .trigger }
        }
        return .none
    }

    /// Verbs of preventing besides the ceasing ones (`stop`, `stopped`): "kept me from", "prevented him from".
    static let preventingVerbs: [StaticString] = [
        "prevent", "prevents", "prevented", "preventing", "keep", "keeps", "kept", "keeping", "discourage",
        "discouraged",
    ]

    /// A verb of preventing with a "from" within three words after it, directly before the match: "stopped *me
    /// from* raising it", "kept my colleague from".
    private static func isPreventing(_ position: Int, matchStart: Int, in view: SentenceView) -> Bool {
        guard view.flags(position).contains(.ceasingVerb) || view.formIsOneOf(position, preventingVerbs) else {
            return false
        }
        var current = position
        for _ in 0..<3 {
            guard let next = view.nextWord(after: current), next < matchStart else { return false }
            if view.formEquals(next, "from") { return view.nextWord(after: next) == matchStart }
            current = next
        }
        return false
    }

    /// A "to" within two words after `position` and before the match: "too proud to", "too scared to".
    private static func hasInfinitiveAfter(_ position: Int, before matchStart: Int, in view: SentenceView) -> Bool {
        var current = position
        for _ in 0..<3 {
            guard let next = view.nextWord(after: current), next <= matchStart else { return false }
            if view.flags(next).contains(.to) { return true }
            current = next
        }
        return false
    }

    /// Whether a trigger is the first half of a pair whose second half was already counted (triggers are found
    /// from the match backwards): "little" before "or no", "neither" before "nor".
    private static func isSecondHalfOfPair(_ position: Int, counted: [Int], in view: SentenceView) -> Bool {
        guard let later = counted.first else { return false }
        if view.formEquals(position, "little"), view.formEquals(later, "no"),
           let between = view.nextWord(after: position), view.formEquals(between, "or"),
           view.nextWord(after: between) == later {
            return true
        }
        if view.formEquals(position, "neither"), view.formEquals(later, "nor") { return true }
        return false
    }

    /// A pseudo-trigger word shortly after the negation and before the match: not *only*, didn't *hesitate*.
    private static func hasPseudoFollower(after position: Int, before matchStart: Int, in view: SentenceView) -> Bool {
        var current = position
        for _ in 0..<3 {
            guard let next = view.nextWord(after: current), next < matchStart else { return false }
            if view.flags(next).contains(.pseudoNegationFollower) { return true }
            guard isFiller(next, in: view) else { return false }
            current = next
        }
        return false
    }

    /// The `just`, `simply`, `merely` or `only` of a pseudo-trigger ("didn't *just* ignore it"), or nil.
    private static func restrictiveFollower(after position: Int, before matchStart: Int, in view: SentenceView) -> Int? {
        var current = position
        for _ in 0..<3 {
            guard let next = view.nextWord(after: current), next < matchStart else { return nil }
            if view.formIsOneOf(next, ["just", "simply", "merely", "only"]) {
                return next
            }
            guard isFiller(next, in: view) else { return nil }
            current = next
        }
        return nil
    }

    /// `so` starting a clause of what resulted: followed by a subject ("so he calmed down"), a past verb ("so
    /// stayed calm"), a person or thing with its article ("so the customer") or `that`.
    /// Not "not so sure", "didn't do so", "didn't get so worked up", "so much", "so quickly".
    private static func startsResultClause(soAt position: Int, in view: SentenceView) -> Bool {
        if let previous = view.previousWord(before: position) {
            let flags = view.flags(previous)
            if flags.contains(.negation) || flags.contains(.auxiliary) || flags.contains(.cognitionVerb) { return false }
            // "didn't get so worked up", "did not feel so rushed": a degree, not a result.
            if view.formIsOneOf(previous, ["get", "got", "getting", "become", "became", "feel", "felt", "seem",
                                           "seemed", "look", "looked", "go", "went"]) {
                return false
            }
        }
        guard let next = view.nextWord(after: position) else { return false }
        let flags = view.flags(next)
        if !flags.isDisjoint(with: [.subjectSelf, .subjectGroup, .subjectOther, .pastForm, .agentNoun]) {
            return true
        }
        // "so that" is a purpose, "so the customer" a result; other determiners ("so much") are degree words.
        return view.formIsOneOf(next, ["that", "the", "my", "our", "his", "her", "their", "this"])
    }

    /// Words that may stand between a negation and its pseudo-trigger word: "not *at all* afraid", "never *once*
    /// hesitated", "wasn't *even* worried".
    private static func isFiller(_ position: Int, in view: SentenceView) -> Bool {
        view.flags(position).contains(.auxiliary)
            || view.formIsOneOf(position, ["at", "all", "even", "really", "once", "ever", "a", "the", "too", "so",
                                           "that", "in", "any", "way", "one", "bit", "remotely", "slightest"])
    }

    /// Whether a trigger at `trigger` still reaches the word at `target`.
    private static func reaches(from trigger: Int, to target: Int, in view: SentenceView) -> Bool {
        var position = trigger + 1
        while position < target {
            if view.isBoundary(position) { return false }
            if view.isWord(position), endsScope(at: position, trigger: trigger, in: view) { return false }
            position += 1
        }
        return true
    }

    private static func endsScope(at position: Int, trigger: Int, in view: SentenceView) -> Bool {
        let flags = view.flags(position)
        // "I spoke calmly rather than shouting so he calmed down": what follows `so` happened because of what came
        // before, and is not negated with it.
        if flags.contains(.so), startsResultClause(soAt: position, in: view) { return true }
        if flags.contains(.coordinator), let next = view.nextWord(after: position) {
            let nextFlags = view.flags(next)
            if nextFlags.contains(.pastForm) || !nextFlags.isDisjoint(with: subjects) { return true }
        }
        if !flags.isDisjoint(with: subjects), position > trigger + 1,
           let previous = view.previousWord(before: position) {
            let previousFlags = view.flags(previous)
            // "At no point did I lose my temper", "never once did he": a subject after its auxiliary is the
            // negated clause's own subject, inverted, not a new clause.
            if !previousFlags.contains(.cognitionVerb), !view.formEquals(previous, "that"),
               !previousFlags.contains(.auxiliary) && !previousFlags.contains(.modalHypothetical) {
                return true
            }
        }
        return false
    }

    private static let subjects: ContextFlags = [.subjectSelf, .subjectGroup, .subjectOther]

    /// Where a trigger's reach ends: the first boundary or scope end after it, or the sentence end.
    private static func scopeEnd(from trigger: Int, in view: SentenceView) -> Int {
        var position = trigger + 1
        while position < view.range.upperBound {
            if view.isBoundary(position) { return position }
            if view.isWord(position), endsScope(at: position, trigger: trigger, in: view) { return position }
            position += 1
        }
        return view.range.upperBound
    }

    /// "… was never my strong point", "… is not something I did", "… never happened".
    private static func postNegation(after end: Int, in view: SentenceView) -> Int? {
        guard var position = view.nextWord(after: end) else { return nil }
        var auxiliaries = 0
        while view.flags(position).contains(.auxiliary), auxiliaries < 2, let next = view.nextWord(after: position) {
            position = next
            auxiliaries += 1
        }
        guard view.flags(position).contains(.negation), !view.formEquals(position, "no"),
              let next = view.nextWord(after: position) else { return nil }
        if view.formEquals(next, "happen") || view.formEquals(next, "happened") { return position }
        // Without an auxiliary ("I took responsibility not my colleague") the negation is about something else.
        guard auxiliaries > 0 else { return nil }
        if view.formIsOneOf(next, ["something", "my", "done", "part", "an", "one", "what"]) { return position }
        return nil
    }
}
