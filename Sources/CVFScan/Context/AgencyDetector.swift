/// Decides who did what a match describes: the applicant, a group including the applicant, or someone else.
///
/// Looks back from the match for the nearest subject in the sentence, crossing commas (an answer's subject is
/// often far back: "I arrived, checked she was safe and called it in"):
/// - `I` → the applicant, unless it closes "my colleague and I" (a group); `we` → a group.
/// - `he`, `she`, `they` → someone else.
/// - A person or organisation noun (`my manager`, `the sergeant`, `a colleague`, `the council`) → someone else, but
///   only where it starts a clause; in object position ("I told my manager and took charge") it is skipped.
///   `our team` is a group.
/// - `me`/`us` right before the match ("asked me to take charge", "praised me for staying calm") → the applicant
///   or the group.
/// - A relative `who` refers back to the noun before it ("the colleague who took charge").
/// - After the match, a passive `by` names the agent ("was dealt with by my sergeant").
/// - No subject at all (a bullet point, "Took statements from both parties") → the applicant, implied.
/// - `you`/`one` is a generalisation: the applicant, but the modality is an opinion.
enum AgencyDetector {
    struct Analysis {
        var agent: Agent
        /// The record of the deciding word; nil when implied.
        var cue: Int?
        /// The subject was `you` or `one`: a generalisation.
        var generic: Bool
    }

    static func analyse(start: Int, end: Int, in view: SentenceView) -> Analysis {
        // Object pronoun just before: "asked me to take charge", "praised me for staying calm".
        if let previous = view.previousWord(before: start) {
            var candidate = previous
            if view.flags(candidate).contains(.to) || view.formEquals(candidate, "for"),
               let before = view.previousWord(before: candidate) {
                candidate = before
            }
            let flags = view.flags(candidate)
            if flags.contains(.objectSelf) { return Analysis(agent: .applicant, cue: candidate, generic: false) }
            if flags.contains(.objectGroup) { return Analysis(agent: .group, cue: candidate, generic: false) }
        }

        var position = start - 1
        var afterRelative = false
        while position >= view.range.lowerBound {
            guard view.isWord(position) else {
                position -= 1
                continue
            }
            let flags = view.flags(position)
            if flags.contains(.subjectSelf) {
                return Analysis(agent: isGroupWithApplicant(at: position, in: view) ? .group : .applicant,
                                cue: position, generic: false)
            }
            if flags.contains(.subjectGroup) { return Analysis(agent: .group, cue: position, generic: false) }
            if flags.contains(.subjectOther) { return Analysis(agent: .other, cue: position, generic: false) }
            if flags.contains(.subjectGeneric), view.formEquals(position, "you") {
                return Analysis(agent: .applicant, cue: position, generic: true)
            }
            if flags.contains(.relativePronoun), position == start - 1 {
                afterRelative = true
            } else if flags.contains(.agentNoun), !flags.contains(.determiner) {
                if let owner = possessive(before: position, in: view), view.formEquals(owner, "our") {
                    return Analysis(agent: .group, cue: position, generic: false)
                }
                if afterRelative || startsClause(nounAt: position, in: view) {
                    return Analysis(agent: .other, cue: position, generic: false)
                }
            }
            position -= 1
        }
        if let passiveAgent = passiveAgent(after: end, in: view) { return passiveAgent }
        return Analysis(agent: .applicant, cue: nil, generic: false)
    }

    /// "my colleague and I", "me and my colleague", "the sergeant and I".
    private static func isGroupWithApplicant(at position: Int, in view: SentenceView) -> Bool {
        guard let previous = view.previousWord(before: position), view.formEquals(previous, "and"),
              let other = view.previousWord(before: previous) else { return false }
        let flags = view.flags(other)
        return flags.contains(.agentNoun) || flags.contains(.subjectOther) || flags.contains(.objectOther)
            || flags.contains(.objectSelf)
    }

    /// The possessive or determiner directly before a noun (skipping one adjective-like word).
    private static func possessive(before position: Int, in view: SentenceView) -> Int? {
        guard let previous = view.previousWord(before: position) else { return nil }
        if view.flags(previous).contains(.determiner) { return previous }
        guard let earlier = view.previousWord(before: previous), view.flags(earlier).contains(.determiner) else {
            return nil
        }
        return earlier
    }

    /// Whether a noun phrase ending at `position` starts its clause: nothing but determiners, names and up to two
    /// modifiers stand between it and the sentence start, a clause boundary or a conjunction.
    private static func startsClause(nounAt position: Int, in view: SentenceView) -> Bool {
        var current = position - 1
        var modifiers = 0
        while current >= view.range.lowerBound {
            let record = view.records[current]
            if record.kind == .quote {
                current -= 1
                continue
            }
            if view.isBoundary(current) { return true }
            let flags = view.flags(current)
            if flags.contains(.coordinator) || flags.contains(.clauseBoundaryWord) || flags.contains(.so) { return true }
            if flags.contains(.determiner) || flags.contains(.agentNoun) {
                current -= 1
                continue
            }
            if flags.contains(.subjectSelf) || flags.contains(.subjectGroup) || flags.contains(.auxiliary)
                || flags.contains(.pastForm) || flags.contains(.to) {
                return false
            }
            modifiers += 1
            if modifiers > 2 { return false }
            current -= 1
        }
        return true
    }

    /// "… was handled by my sergeant", "… was sorted out by me".
    private static func passiveAgent(after end: Int, in view: SentenceView) -> Analysis? {
        var position = end
        for _ in 0..<4 {
            guard let next = view.nextWord(after: position) else { return nil }
            position = next
            guard view.flags(position).contains(.by), let agent = view.nextWord(after: position) else { continue }
            let flags = view.flags(agent)
            if flags.contains(.objectSelf) { return Analysis(agent: .applicant, cue: agent, generic: false) }
            if flags.contains(.objectGroup) { return Analysis(agent: .group, cue: agent, generic: false) }
            if flags.contains(.objectOther) { return Analysis(agent: .other, cue: agent, generic: false) }
            var noun = agent
            if flags.contains(.determiner), let following = view.nextWord(after: agent) { noun = following }
            if view.flags(noun).contains(.agentNoun) { return Analysis(agent: .other, cue: noun, generic: false) }
            return nil
        }
        return nil
    }
}
