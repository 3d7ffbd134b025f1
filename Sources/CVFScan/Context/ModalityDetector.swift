/// Decides whether what a match describes happened (an account), would happen (hypothetical or future), or is a
/// belief or self-description (opinion).
///
/// - Before the match in its clause: `would`, `will`, `could`, `might`, `should`, `'d`, `'ll` → hypothetical
///   ("I would challenge it"), except `could` before a verb of perception ("I could see he was upset" happened);
///   `want to`, `plan to`, `going to` → hypothetical; `think`, `believe`, `feel`, `can`, `able to`, `important to`,
///   `always` (with a present verb), `I like to` → opinion.
/// - A subject with a past-tense verb between such a word and the match starts a new, actual clause: "I would say
///   *I stayed* calm".
/// - After the match: "… is important", "… is key" → opinion.
/// - `if`, `unless`, `whenever` earlier in the sentence with a present verb → hypothetical ("If I see bullying, I
///   challenge it"); with a past verb it is an account ("If I made a mistake, I owned up").
/// - A generalising `you` subject → opinion ("you have to stay calm").
/// - `I'd` before a past participle is "I had": "I told him I'd noticed" happened.
/// - A conditional clause followed by `would` is hypothetical even in the past: "If I made a mistake I would own
///   up".
/// - `I`/`we` with a present-tense verb is a claim about oneself, not an account: "I treat everyone the same" →
///   opinion. Claims are what assessors mark down; concrete past examples are what they look for.
enum ModalityDetector {
    struct Analysis {
        var modality: Modality
        var cue: Int?
    }

    private static let subjects: ContextFlags = [.subjectSelf, .subjectGroup, .subjectOther]
    private static let habitual: [StaticString] = ["always", "usually", "normally", "generally", "often", "tend", "tends"]
    private static let preferences: [StaticString] = ["like", "likes", "love", "loves", "enjoy", "enjoys"]

    static func analyse(start: Int, end: Int, in view: SentenceView, genericSubject: Bool) -> Analysis {
        let matchIsPast = view.flags(start).contains(.pastForm)
        // "I could have blamed him but …": the negation detector reads it as not done; not doing it was real.
        if view.counterfactualModal(beforeMatchAt: start, end: end) != nil { return Analysis(modality: .actual, cue: nil) }
        var position = start - 1
        while position >= view.range.lowerBound {
            if view.isBoundary(position) { break }
            guard view.isWord(position) else {
                position -= 1
                continue
            }
            let flags = view.flags(position)
            if !flags.isDisjoint(with: subjects), startsPastClause(afterSubject: position, in: view) {
                break
            }
            // "I asked questions to understand why it failed *and suggested* a better way": a past verb joined by
            // "and" is an account of its own, whatever the clause before it says, unless a modal there governs
            // both ("I would have listened and reassured her").
            if flags.contains(.coordinator), matchIsPast, !view.formIsOneOf(start, sameAsPresent),
               onlyAdverbsBetween(position, and: start, in: view), !modalEarlier(before: position, in: view) {
                break
            }
            if flags.contains(.modalHypothetical) {
                if view.formEquals(position, "could"), let next = view.nextWord(after: position),
                   view.flags(next).contains(.perceptionVerb) {
                    position -= 1
                    continue
                }
                if isHadContraction(position, in: view) {
                    position -= 1
                    continue
                }
                return Analysis(modality: .hypothetical, cue: position)
            }
            if flags.contains(.intention), let next = view.nextWord(after: position), view.flags(next).contains(.to) {
                return Analysis(modality: .hypothetical, cue: position)
            }
            if flags.contains(.opinion), isOpinion(at: position, matchIsPast: matchIsPast, in: view) {
                return Analysis(modality: .opinion, cue: position)
            }
            position -= 1
        }
        if let after = opinionAfter(end: end, in: view) {
            return Analysis(modality: .opinion, cue: after)
        }
        var earlier = start - 1
        while earlier >= view.range.lowerBound {
            if view.flags(earlier).contains(.conditional),
               !matchIsPast || modalLater(after: end, in: view) || modalEarlier(before: earlier, in: view) {
                return Analysis(modality: .hypothetical, cue: earlier)
            }
            earlier -= 1
        }
        if genericSubject { return Analysis(modality: .opinion, cue: nil) }
        if isPresentTenseClaim(start: start, in: view) { return Analysis(modality: .opinion, cue: start) }
        return Analysis(modality: .actual, cue: nil)
    }

    /// "I'd noticed", "she'd done": the contraction's `would` is really `had` before a past form.
    private static func isHadContraction(_ position: Int, in view: SentenceView) -> Bool {
        guard view.formEquals(position, "would"), view.records[position].kind == .word,
              let next = view.nextWord(after: position), view.flags(next).contains(.pastForm) else { return false }
        // Both parts of a contraction come from one token; a written-out "would" is its own token.
        guard let previous = view.previousWord(before: position) else { return false }
        return view.records[previous].token == view.records[position].token
    }

    /// A subject followed by a past verb, perhaps after one adverb: "I stayed", "I quickly rang", "I then called".
    private static func startsPastClause(afterSubject subject: Int, in view: SentenceView) -> Bool {
        guard var next = view.nextWord(after: subject) else { return false }
        if view.flags(next).contains(.adverb) || view.formEnds(next, with: "ly"), let after = view.nextWord(after: next) {
            if view.flags(next).contains(.pastForm) { return true }
            next = after
        }
        return view.flags(next).contains(.pastForm)
    }

    /// Past forms spelt like the present, which after "and" may continue an infinitive ("it is important to listen
    /// and let them explain").
    private static let sameAsPresent: [StaticString] = [
        "let", "put", "set", "cut", "hit", "read", "shut", "cost", "hurt", "quit", "spread", "split", "upset", "bet",
    ]

    /// Whether only adverbs and coordinators ("then") stand between two words.
    private static func onlyAdverbsBetween(_ first: Int, and last: Int, in view: SentenceView) -> Bool {
        var position = first + 1
        while position < last {
            let flags = view.flags(position)
            guard view.isWord(position), flags.contains(.adverb) || flags.contains(.coordinator) else { return false }
            position += 1
        }
        return true
    }

    /// A `would`/`will`/`could` in the main clause before a conditional: "I would own up if I made a mistake".
    private static func modalEarlier(before conditional: Int, in view: SentenceView) -> Bool {
        var position = conditional - 1
        while position >= view.range.lowerBound {
            if view.isBoundary(position) { return false }
            if view.flags(position).contains(.modalHypothetical), !isHadContraction(position, in: view) { return true }
            position -= 1
        }
        return false
    }

    /// A `would`/`will`/`could` later in the sentence: "If we let it go, nobody would report anything".
    private static func modalLater(after end: Int, in view: SentenceView) -> Bool {
        var position = end + 1
        while position < view.range.upperBound {
            if view.flags(position).contains(.modalHypothetical), !isHadContraction(position, in: view) { return true }
            position += 1
        }
        return false
    }

    /// `I`/`we` (perhaps with an adverb) directly before a present-tense verb that starts the match.
    private static func isPresentTenseClaim(start: Int, in view: SentenceView) -> Bool {
        let verbFlags = view.flags(start)
        let presentBe = view.formEquals(start, "am") || view.formEquals(start, "is") || view.formEquals(start, "are")
        // A pattern that starts with a modal was written as a phrase of its own ("could see she was upset",
        // "would not let him in"): it is not a present-tense claim.
        guard !verbFlags.contains(.pastForm), !verbFlags.contains(.modalHypothetical),
              !verbFlags.contains(.auxiliary) || presentBe,
              !view.formEnds(start, with: "ing"), !view.formEnds(start, with: "ed") else { return false }
        var position = view.previousWord(before: start)
        var adverbs = 0
        while let current = position, view.flags(current).contains(.adverb), adverbs < 2 {
            position = view.previousWord(before: current)
            adverbs += 1
        }
        guard let subject = position else { return false }
        // "At no point did I lose my temper", "Not only did I stay calm": the verb after an inverted `did` is past.
        if let auxiliary = view.previousWord(before: subject), view.formEquals(auxiliary, "did") { return false }
        let flags = view.flags(subject)
        return flags.contains(.subjectSelf) || flags.contains(.subjectGroup)
    }

    private static func isOpinion(at position: Int, matchIsPast: Bool, in view: SentenceView) -> Bool {
        // "I need to stay calm" is a claim; "I assessed her needs and …" names a noun.
        if view.formEquals(position, "need") || view.formEquals(position, "needs") {
            guard let next = view.nextWord(after: position) else { return false }
            return view.flags(next).contains(.to)
        }
        // "I always made sure" reports a past habit; "I always make sure" is a claim.
        for word in habitual where view.formEquals(position, word) {
            // "I always tried to talk people round" is a past habit too.
            if let next = view.nextWord(after: position), view.flags(next).contains(.pastForm) { return false }
            return !matchIsPast
        }
        // "I was able to calm him" (or wasn't) happened; "I am able to" is a claim.
        if view.formEquals(position, "able"), var previous = view.previousWord(before: position) {
            if view.flags(previous).contains(.negation), let earlier = view.previousWord(before: previous) {
                previous = earlier
            }
            if view.formEquals(previous, "was") || view.formEquals(previous, "were") || view.formEquals(previous, "been") {
                return false
            }
        }
        // "I took pride in …" reports the past; "I take pride in …" is a claim.
        if view.flags(position).contains(.opinionNoun) {
            var earlier = position - 1
            while earlier >= view.range.lowerBound, !view.isBoundary(earlier) {
                if view.flags(earlier).contains(.pastForm) { return false }
                earlier -= 1
            }
        }
        // "I like to help" is a preference; "it felt like" and "people like him" are not.
        for word in preferences where view.formEquals(position, word) {
            guard let previous = view.previousWord(before: position) else { return false }
            return view.flags(previous).contains(.subjectSelf) || view.formEquals(previous, "really")
        }
        return true
    }

    /// "Staying calm is important", "… is key to", "… are vital".
    private static func opinionAfter(end: Int, in view: SentenceView) -> Int? {
        guard let first = view.nextWord(after: end),
              view.formEquals(first, "is") || view.formEquals(first, "are") else { return nil }
        var position = first
        for _ in 0..<2 {
            guard let next = view.nextWord(after: position) else { return nil }
            position = next
            if view.formIsOneOf(position, ["important", "vital", "essential", "crucial", "key", "paramount",
                                           "necessary", "something"]) {
                return position
            }
        }
        return nil
    }
}
