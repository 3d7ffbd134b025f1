extension SentenceView {
    /// The modal of "could have / would have / should have" right before a match that a later "but" takes back:
    /// "I could have blamed the new starter but it was my responsibility" did not blame anyone. Such a match did not
    /// happen (it is negated) and the decision not to do it did (it is an account, not a hypothetical).
    /// Without the "but" ("I should have asked for help sooner") it stays a regret about what did not happen.
    func counterfactualModal(beforeMatchAt start: Int, end: Int) -> Int? {
        guard var have = previousWord(before: start) else { return nil }
        while flags(have).contains(.adverb), let earlier = previousWord(before: have) { have = earlier }
        // "could of" is how many applicants write "could've".
        guard flags(have).contains(.have) || formEquals(have, "of"), let modal = previousWord(before: have),
              flags(modal).contains(.modalHypothetical) else { return nil }
        var position = end + 1
        while position < range.upperBound {
            if formEquals(position, "but") { return modal }
            position += 1
        }
        return nil
    }

    /// The word of an intention dropped by a later "but": "I was *going* to ignore it but …", "I was *about* to walk
    /// away but …", "I was *tempted* to shout back but …", "I *almost* gave up but …". Without the "but" the
    /// intention may have been carried out ("I was going to report it, so I …"), so nothing is decided.
    func abandonedIntention(beforeMatchAt start: Int, end: Int) -> Int? {
        guard var previous = previousWord(before: start) else { return nil }
        while flags(previous).contains(.adverb), !formIsOneOf(previous, ["almost", "nearly"]),
              let earlier = previousWord(before: previous) {
            previous = earlier
        }
        let opener: Int
        if formIsOneOf(previous, ["almost", "nearly"]) {
            opener = previous
        } else {
            // "going to", "about to", "tempted to", after a past "was"/"were" (or "felt tempted to").
            guard formEquals(previous, "to"), let verb = previousWord(before: previous),
                  formIsOneOf(verb, ["going", "about", "tempted"]), let auxiliary = previousWord(before: verb),
                  formIsOneOf(auxiliary, ["was", "were", "felt"]) else { return nil }
            opener = verb
        }
        var position = end + 1
        while position < range.upperBound {
            if formEquals(position, "but") { return opener }
            position += 1
        }
        return nil
    }
}
