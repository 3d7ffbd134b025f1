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
        var position = start - 1
        while position >= view.range.lowerBound {
            if view.isBoundary(position) { break }
            guard view.isWord(position) else {
                position -= 1
                continue
            }
            let flags = view.flags(position)
            if !flags.isDisjoint(with: subjects), let next = view.nextWord(after: position),
               view.flags(next).contains(.pastForm) {
                break
            }
            if flags.contains(.modalHypothetical) {
                if view.formEquals(position, "could"), let next = view.nextWord(after: position),
                   view.flags(next).contains(.perceptionVerb) {
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
        if !matchIsPast {
            var earlier = start - 1
            while earlier >= view.range.lowerBound {
                if view.flags(earlier).contains(.conditional) { return Analysis(modality: .hypothetical, cue: earlier) }
                earlier -= 1
            }
        }
        if genericSubject { return Analysis(modality: .opinion, cue: nil) }
        return Analysis(modality: .actual, cue: nil)
    }

    private static func isOpinion(at position: Int, matchIsPast: Bool, in view: SentenceView) -> Bool {
        // "I always made sure" reports a past habit; "I always make sure" is a claim.
        for word in habitual where view.formEquals(position, word) {
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
            for word: StaticString in ["important", "vital", "essential", "crucial", "key", "paramount", "necessary",
                                       "something"] where view.formEquals(position, word) {
                return position
            }
        }
        return nil
    }
}
