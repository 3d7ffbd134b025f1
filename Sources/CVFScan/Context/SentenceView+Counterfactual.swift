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
}
