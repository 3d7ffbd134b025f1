/// Decides who did what a match describes: the applicant, a group including the applicant, or someone else.
///
/// Looks back from the match for the nearest subject in the sentence, crossing commas (an answer's subject is
/// often far back: "I arrived, checked she was safe and called it in"):
/// - `I` → the applicant, unless it closes "my colleague and I" (a group); `we` → a group.
/// - `he`, `she`, `they` → someone else.
/// - A person or organisation noun (`my manager`, `the sergeant`, `a colleague`, `the council`) → someone else, but
///   only where it starts a clause; in object position ("I told my manager and took charge") it is skipped.
///   `our team` and `my team` are a group.
/// - `me`/`us` right before the match ("asked me to take charge", "praised me for staying calm") → the applicant
///   or the group; anyone else let or allowed to do it ("did not let it get to me", "allowed him to take over") →
///   someone else.
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
            let afterFrom = view.formEquals(candidate, "from")
            let stepsBack = view.flags(candidate).contains(.to) || view.formEquals(candidate, "for") || afterFrom
            if stepsBack, let before = view.previousWord(before: candidate) {
                candidate = before
            }
            let flags = view.flags(candidate)
            if flags.contains(.objectSelf) { return Analysis(agent: .applicant, cue: candidate, generic: false) }
            if flags.contains(.objectGroup) { return Analysis(agent: .group, cue: candidate, generic: false) }
            // "I did not let it get to me", "allowed him to take over", "stopped him from blaming others": whoever is
            // let, allowed or stopped is the one doing it.
            if isAfterPermissive(candidate, in: view) || (afterFrom && isAfterPreventing(candidate, in: view)) {
                return Analysis(agent: .other, cue: candidate, generic: false)
            }
        }
        // A pattern that names its own subject ("customer thanked me", "I was at the end of my tether") is decided
        // by its own words, not by a subject before it.
        if let own = subjectInside(start: start, end: end, in: view) { return own }
        // "I saw a colleague ignoring the comments": the -ing phrase is the colleague's, not the applicant's.
        if let actor = participleActor(start: start, in: view) { return actor }
        // A verb phrase joined by "and" shares its clause's subject, not that of a clause inside it: "I never asked
        // how they were coping and didn't check on them" — the subject of "check" is I, not they.
        if let coordinator = coordinatorJoining(start, in: view),
           let found = scanBack(from: coordinator - 1, matchStart: start, skippingEmbeddedSubjects: true, in: view) {
            return found
        }
        if let found = scanBack(from: start - 1, matchStart: start, skippingEmbeddedSubjects: false, in: view) {
            return found
        }
        if let passiveAgent = passiveAgent(after: end, in: view) { return passiveAgent }
        return Analysis(agent: .applicant, cue: nil, generic: false)
    }

    /// The coordinator ("and", "or", "then") directly before the match's verb phrase, with only auxiliaries,
    /// negations and adverbs between: "… and didn't check", "… and then quickly calmed".
    private static func coordinatorJoining(_ start: Int, in view: SentenceView) -> Int? {
        var position = start - 1
        while position >= view.range.lowerBound {
            guard view.isWord(position) else { return nil }
            let flags = view.flags(position)
            if flags.contains(.coordinator) { return position }
            guard flags.contains(.auxiliary) || flags.contains(.negation) || flags.contains(.adverb) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Looks back from `position` for the subject of the match's clause.
    private static func scanBack(
        from first: Int, matchStart start: Int, skippingEmbeddedSubjects: Bool, in view: SentenceView
    ) -> Analysis? {
        var position = first
        var afterRelative = false
        while position >= view.range.lowerBound {
            guard view.isWord(position) else {
                position -= 1
                continue
            }
            let flags = view.flags(position)
            let previous = view.previousWord(before: position)
            // "… how they were coping …": a subject inside a question clause is not the sentence's subject.
            if skippingEmbeddedSubjects, !flags.isDisjoint(with: subjects), let previous,
               isQuestionWord(previous, in: view) || introducesReportedClause(previous, in: view) {
                position -= 1
                continue
            }
            if flags.contains(.subjectSelf) {
                return Analysis(agent: isGroupWithApplicant(at: position, in: view) ? .group : .applicant,
                                cue: position, generic: false)
            }
            if flags.contains(.subjectGroup) { return Analysis(agent: .group, cue: position, generic: false) }
            if flags.contains(.subjectOther) { return Analysis(agent: .other, cue: position, generic: false) }
            if flags.contains(.subjectGeneric), view.formEquals(position, "you") {
                return Analysis(agent: .applicant, cue: position, generic: true)
            }
            // "No one took responsibility": nobody did it, so it is not the applicant's failing either.
            if view.formEquals(position, "one"), let previous, view.formEquals(previous, "no") {
                return Analysis(agent: .other, cue: previous, generic: false)
            }
            // "I realised nobody had shown him how": the same, after another verb.
            if view.formEquals(position, "nobody") || view.formEquals(position, "noone"),
               let next = view.nextWord(after: position), next <= start,
               view.flags(next).contains(.auxiliary) || view.flags(next).contains(.pastForm)
                || view.flags(next).contains(.modalHypothetical) {
                return Analysis(agent: .other, cue: position, generic: false)
            }
            // "There was a lack of …", "there were teenagers …": a situation, not the applicant's conduct.
            if flags.contains(.there), let next = view.nextWord(after: position), view.flags(next).contains(.auxiliary) {
                return Analysis(agent: .other, cue: position, generic: false)
            }
            // "let my supervisor sort it out", "let him handle it": the person after "let" acts.
            // ("I let him finish and then calmly explained": a past verb after "and" cannot continue "let him …".)
            if flags.contains(.agentNoun) || flags.contains(.objectOther), isAfterPermissive(position, in: view),
               !(skippingEmbeddedSubjects && startsWithPastVerb(start, in: view)) {
                return Analysis(agent: .other, cue: position, generic: false)
            }
            if flags.contains(.relativePronoun), isJustBefore(position, start, in: view) {
                afterRelative = true
            } else if flags.contains(.agentNoun), !flags.contains(.determiner) {
                // "I am someone who takes responsibility" describes the applicant, not another person.
                if afterRelative, let subject = selfDescribed(nounAt: position, in: view) {
                    return Analysis(agent: .applicant, cue: subject, generic: false)
                }
                if afterRelative { return Analysis(agent: .other, cue: position, generic: false) }
                if isJoinedAfterApplicant(nounAt: position, in: view) {
                    return Analysis(agent: .group, cue: position, generic: false)
                }
                if startsClause(nounAt: position, in: view) {
                    // "As a result, the team finished on time": the applicant's own team achieving what the applicant
                    // set out to bring about, so a shared result rather than someone else's deed.
                    if flags.contains(.collectiveNoun), let owner = possessive(before: position, in: view),
                       view.formEquals(owner, "the"), followsResultConnective(owner, in: view) {
                        return Analysis(agent: .group, cue: position, generic: false)
                    }
                    // "Our team" and "my team" are a group with the applicant; "our manager" and "my team leader"
                    // are someone else.
                    // Not after a preposition: in "a colleague in my department suggested" the colleague acted.
                    if let owner = possessive(before: position, in: view),
                       view.formEquals(owner, "our") || view.formEquals(owner, "my"), flags.contains(.collectiveNoun),
                       !(view.previousWord(before: owner).map {
                           view.formIsOneOf($0, ["in", "of", "from", "at", "on", "with", "for", "within", "across"])
                       } ?? false) {
                        return Analysis(agent: .group, cue: position, generic: false)
                    }
                    return Analysis(agent: .other, cue: position, generic: false)
                }
            } else if flags.isEmpty, let previous, view.flags(previous).contains(.determiner),
                      position == start - 1 || (skippingEmbeddedSubjects && nextIsPastVerb(position, in: view)),
                      startsClause(nounAt: previous, in: view), !isTimeNoun(position, in: view) {
                // "The auditor checked the records": an unknown noun with an article starting the clause, right
                // before the verb, is someone's name for a person.
                return Analysis(agent: .other, cue: position, generic: false)
            }
            position -= 1
        }
        return nil
    }

    private static let subjects: ContextFlags = [.subjectSelf, .subjectGroup, .subjectOther]

    /// "The supplier made …": the word after the noun is a past verb.
    private static func nextIsPastVerb(_ position: Int, in view: SentenceView) -> Bool {
        guard let next = view.nextWord(after: position) else { return false }
        return view.flags(next).contains(.pastForm)
    }

    /// The match's first word past any adverbs is a past form: "calmly explained".
    private static func startsWithPastVerb(_ start: Int, in view: SentenceView) -> Bool {
        var position = start
        while view.flags(position).contains(.adverb), let next = view.nextWord(after: position) { position = next }
        return view.flags(position).contains(.pastForm)
    }

    /// "I am someone who", "I'm the kind of person who", "I was the one who": the `I` when the noun before a
    /// relative `who` is the applicant's description of themself.
    private static func selfDescribed(nounAt position: Int, in view: SentenceView) -> Int? {
        var current = view.previousWord(before: position)
        var steps = 0
        while let word = current, steps < 5 {
            let flags = view.flags(word)
            if flags.contains(.subjectSelf) { return word }
            guard flags.contains(.determiner) || flags.contains(.auxiliary) || flags.contains(.opinionNoun)
                || view.formEquals(word, "of") || flags.contains(.adverb) else { return nil }
            current = view.previousWord(before: word)
            steps += 1
        }
        return nil
    }

    private static func isQuestionWord(_ position: Int, in view: SentenceView) -> Bool {
        view.formIsOneOf(position, ["how", "what", "why", "where", "whether", "if", "when", "which", "who"])
    }

    /// "found he was lost", "noticed she was upset", "realised they were": the subject after such a verb is inside
    /// what was found, not the one who acts in the next verb phrase.
    private static func introducesReportedClause(_ position: Int, in view: SentenceView) -> Bool {
        if view.flags(position).contains(.cognitionVerb) || view.flags(position).contains(.perceptionVerb) { return true }
        return view.formIsOneOf(position, ["found", "noticed", "saw", "heard", "discovered", "learned", "learnt", "that"])
    }

    private static func isTimeNoun(_ position: Int, in view: SentenceView) -> Bool {
        view.formIsOneOf(position, ["day", "morning", "night", "evening", "afternoon", "week", "month", "year", "time",
                                    "moment", "minute", "hour", "weekend", "next", "following", "same"])
    }

    /// A relative "who"/"that" a few words before the match, with only auxiliaries, negations and adverbs between:
    /// "a colleague who was moaning".
    private static func isJustBefore(_ position: Int, _ start: Int, in view: SentenceView) -> Bool {
        var current = position + 1
        var between = 0
        while current < start {
            if view.isWord(current) {
                let flags = view.flags(current)
                guard flags.contains(.auxiliary) || flags.contains(.negation) || flags.contains(.adverb) else { return false }
                between += 1
            }
            current += 1
        }
        return between <= 3
    }

    /// "let my supervisor", "let him", "allowed the team to".
    private static func isAfterPermissive(_ position: Int, in view: SentenceView) -> Bool {
        guard var previous = view.previousWord(before: position) else { return false }
        if view.flags(previous).contains(.determiner), let earlier = view.previousWord(before: previous) {
            previous = earlier
        }
        return view.flags(previous).contains(.permissive)
    }

    /// "stopped him", "kept my colleague", "prevented the man".
    private static func isAfterPreventing(_ position: Int, in view: SentenceView) -> Bool {
        guard var previous = view.previousWord(before: position) else { return false }
        if view.flags(previous).contains(.determiner), let earlier = view.previousWord(before: previous) {
            previous = earlier
        }
        return view.flags(previous).contains(.ceasingVerb) || view.formIsOneOf(previous, NegationDetector.preventingVerbs)
    }

    /// "my colleague and I", "the sergeant and I", "him and I" — but not "she rang the council and I stayed", where
    /// "and" joins two clauses and the other person's noun is an object.
    private static func isGroupWithApplicant(at position: Int, in view: SentenceView) -> Bool {
        guard let previous = view.previousWord(before: position), view.formEquals(previous, "and"),
              let other = view.previousWord(before: previous) else { return false }
        let flags = view.flags(other)
        guard flags.contains(.agentNoun) || flags.contains(.subjectOther) || flags.contains(.objectOther)
            || flags.contains(.objectSelf) else { return false }
        return startsClause(nounAt: other, in: view)
    }

    /// "me and my colleague calmed him down", "myself and the sergeant": the applicant named first, then the other.
    private static func isJoinedAfterApplicant(nounAt position: Int, in view: SentenceView) -> Bool {
        var current = view.previousWord(before: position)
        var steps = 0
        while let word = current, steps < 3 {
            if view.formEquals(word, "and") {
                guard let first = view.previousWord(before: word) else { return false }
                let flags = view.flags(first)
                return flags.contains(.objectSelf) || flags.contains(.subjectSelf)
            }
            let flags = view.flags(word)
            guard flags.contains(.determiner) || flags.isEmpty || flags.contains(.agentNoun)
                || flags.contains(.collectiveNoun) else { return false }
            current = view.previousWord(before: word)
            steps += 1
        }
        return false
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
            // "This meant the team finished on time": what a result verb introduces is a clause of its own.
            if view.formEquals(current, "meant") || view.formEquals(current, "means") || view.formEquals(current, "meaning") {
                return true
            }
            // "I told my supervisor that my colleague had ignored it": a `that` before another determiner opens a
            // reported clause whose subject is the colleague. ("that colleague" is the noun's own determiner.)
            if view.formEquals(current, "that"), let next = view.nextWord(after: current), next != position,
               view.flags(next).contains(.determiner) {
                return true
            }
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

    /// The subject a match carries in its own first words: "I was at the end of my tether" is the applicant's even
    /// after "she shouted at me and"; "customer thanked me" and "my manager relied on me" are about the applicant,
    /// who was thanked or relied on. A pattern that starts with another person but has no `me` is left to the
    /// words before it: most are names of things ("team night out", "volunteer work", "public service").
    private static func subjectInside(start: Int, end: Int, in view: SentenceView) -> Analysis? {
        let flags = view.flags(start)
        if flags.contains(.subjectSelf) {
            return Analysis(agent: isGroupWithApplicant(at: start, in: view) ? .group : .applicant, cue: start, generic: false)
        }
        if flags.contains(.subjectGroup) { return Analysis(agent: .group, cue: start, generic: false) }
        var person = start
        if flags.contains(.determiner), let next = view.nextWord(after: start), next <= end { person = next }
        let personFlags = view.flags(person)
        guard personFlags.contains(.agentNoun) || personFlags.contains(.subjectOther) else { return nil }
        var position = person + 1
        while position <= end {
            let inner = view.flags(position)
            if inner.contains(.objectSelf) { return Analysis(agent: .applicant, cue: position, generic: false) }
            if inner.contains(.objectGroup) { return Analysis(agent: .group, cue: position, generic: false) }
            position += 1
        }
        return nil
    }

    /// Who does an -ing phrase that follows a person seen or found doing it: "I saw a colleague *ignoring* the
    /// comments", "I heard him *making* racist comments", "I found the man *shouting*". The match is the -ing phrase
    /// or the object of an -ing verb just before it. Only after a verb of seeing or finding, or at the start of a
    /// clause ("a colleague ignoring the rules was …"): after other verbs the -ing phrase is usually the subject's
    /// own ("I sat with the victim reassuring her").
    private static func participleActor(start: Int, in view: SentenceView) -> Analysis? {
        var verb = start
        if !isParticiple(start, in: view) {
            guard var previous = view.previousWord(before: start) else { return nil }
            if view.flags(previous).contains(.determiner), let earlier = view.previousWord(before: previous) {
                previous = earlier
            }
            guard isParticiple(previous, in: view) else { return nil }
            verb = previous
        }
        guard var person = view.previousWord(before: verb) else { return nil }
        while view.flags(person).contains(.adverb) || view.formEnds(person, with: "ly"),
              let earlier = view.previousWord(before: person) {
            person = earlier
        }
        let flags = view.flags(person)
        let agent: Agent
        if flags.contains(.objectSelf) {
            agent = .applicant
        } else if flags.contains(.objectGroup) {
            agent = .group
        } else if flags.contains(.objectOther) {
            agent = .other
        } else if flags.contains(.agentNoun) || flags.isEmpty {
            agent = .other
        } else {
            return nil
        }
        // The word that governs the person: the verb before a pronoun, or before the noun's determiner and
        // modifiers.
        var governor = view.previousWord(before: person)
        if !flags.contains(.objectSelf) && !flags.contains(.objectGroup) && !flags.contains(.objectOther) {
            var steps = 0
            var sawDeterminer = false
            while let word = governor, steps < 3 {
                let wordFlags = view.flags(word)
                if wordFlags.contains(.determiner) {
                    sawDeterminer = true
                } else if !(wordFlags.isEmpty || wordFlags.contains(.agentNoun)) {
                    break
                }
                governor = view.previousWord(before: word)
                steps += 1
            }
            // An unknown word names a person only with an article or possessive: "the bouncer ignoring".
            if flags.isEmpty && !sawDeterminer { return nil }
        }
        guard let governor else {
            // Nothing before the person: it starts the sentence or clause ("A colleague ignoring the rules …").
            return agent == .applicant ? nil : Analysis(agent: agent, cue: person, generic: false)
        }
        guard isSeeingOrFinding(governor, in: view) else { return nil }
        return Analysis(agent: agent, cue: person, generic: false)
    }

    /// An -ing verb, not one of the -ing words that are nouns or pronouns: "nothing", "morning", "meeting".
    private static func isParticiple(_ position: Int, in view: SentenceView) -> Bool {
        guard view.formEnds(position, with: "ing"), view.form(position).count > 4 else { return false }
        return !view.formIsOneOf(position, ["nothing", "something", "anything", "everything", "morning", "evening",
                                            "during", "meeting", "meetings", "building", "briefing", "ceiling",
                                            "wedding", "clothing", "housing", "parking", "thing", "things", "string",
                                            "spring", "bring"])
    }

    /// Verbs after which a person is seen or found doing something: saw, noticed, heard, watched, caught.
    private static func isSeeingOrFinding(_ position: Int, in view: SentenceView) -> Bool {
        if view.flags(position).contains(.perceptionVerb) { return true }
        return view.formIsOneOf(position, ["saw", "seen", "seeing", "sees", "noticed", "noticing", "notices", "heard",
                                           "hearing", "watched", "watching", "watch", "caught", "catch", "spotted",
                                           "spot", "observed", "observe", "witnessed", "witness", "found", "find",
                                           "discovered", "overheard", "felt"])
    }

    /// A result connective shortly before a word, across one comma: "As a result, the team …", "This meant the
    /// team …", "Because of this, the …", "Consequently the …".
    private static func followsResultConnective(_ position: Int, in view: SentenceView) -> Bool {
        var current = position - 1
        var words = 0
        while current >= view.range.lowerBound, words < 5 {
            guard view.isWord(current) else {
                current -= 1
                continue
            }
            if view.formIsOneOf(current, ["result", "meant", "means", "meaning", "consequently", "therefore", "thus",
                                          "outcome", "resulted", "resulting", "led", "ended"]) {
                return true
            }
            // "Because of this, the team …".
            if view.formEquals(current, "this") || view.formEquals(current, "that"),
               let of = view.previousWord(before: current), view.formEquals(of, "of"),
               let because = view.previousWord(before: of), view.formEquals(because, "because") {
                return true
            }
            if !view.flags(current).isDisjoint(with: subjects) { return false }
            words += 1
            current -= 1
        }
        return false
    }
}
