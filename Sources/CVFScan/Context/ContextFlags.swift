/// What a word can mean for the context of a nearby match: a negation, who acted, whether it happened.
///
/// Looked up once per distinct spelling (on its folded and its canonical form, never its stem, so `hardly` is a
/// negation but `hard` is not) and stored with the word in the scan's cache.
struct ContextFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // Negation.
    /// not, n't, never, no, nobody, nothing, none, neither, nor, without, hardly, rarely, seldom, barely.
    static let negation = ContextFlags(rawValue: 1 << 0)
    /// fail, refuse, neglect, forget, unable, unwilling, reluctant, lack, avoid, instead (of), rather (than).
    static let negatingVerb = ContextFlags(rawValue: 1 << 1)
    /// stop, quit: a negation only before an -ing form ("stopped helping").
    static let ceasingVerb = ContextFlags(rawValue: 1 << 2)
    /// Words that turn a preceding negation into something else: not *only*, didn't *hesitate*, no *doubt*.
    static let pseudoNegationFollower = ContextFlags(rawValue: 1 << 3)
    /// without + these is not a negation: without *hesitation*, without *delay*, without *fail*.
    static let pseudoAfterWithout = ContextFlags(rawValue: 1 << 4)
    /// no + these is not a negation: no *doubt*, no *problem*, no *matter*.
    static let pseudoAfterNo = ContextFlags(rawValue: 1 << 5)
    /// The word `without`.
    static let without = ContextFlags(rawValue: 1 << 6)
    /// The word `no`.
    static let no = ContextFlags(rawValue: 1 << 7)

    // Clause structure.
    /// but, however, although, though, whereas, yet, except, because, which, while, whilst, unless.
    static let clauseBoundaryWord = ContextFlags(rawValue: 1 << 8)
    /// so: a clause boundary when a new clause follows ("so I called").
    static let so = ContextFlags(rawValue: 1 << 9)
    /// and, or, then, &: may start a new verb phrase that a negation does not reach.
    static let coordinator = ContextFlags(rawValue: 1 << 10)
    /// Past-tense form: ends in -ed, or an irregular past (took, kept, spoke).
    static let pastForm = ContextFlags(rawValue: 1 << 11)
    /// to (infinitive marker or preposition).
    static let to = ContextFlags(rawValue: 1 << 12)
    /// by (passive agent).
    static let by = ContextFlags(rawValue: 1 << 13)
    /// be, have, do in any form.
    static let auxiliary = ContextFlags(rawValue: 1 << 14)

    // Who acted.
    /// I.
    static let subjectSelf = ContextFlags(rawValue: 1 << 16)
    /// we.
    static let subjectGroup = ContextFlags(rawValue: 1 << 17)
    /// he, she, they.
    static let subjectOther = ContextFlags(rawValue: 1 << 18)
    /// you, one: a generalisation, not an account.
    static let subjectGeneric = ContextFlags(rawValue: 1 << 19)
    /// me, myself.
    static let objectSelf = ContextFlags(rawValue: 1 << 20)
    /// us, ourselves.
    static let objectGroup = ContextFlags(rawValue: 1 << 21)
    /// him, her, them, himself, herself, themselves.
    static let objectOther = ContextFlags(rawValue: 1 << 22)
    /// A person or organisation that can act: manager, colleague, sergeant, the council, someone.
    static let agentNoun = ContextFlags(rawValue: 1 << 23)
    /// my, our, his, her, their, the, a, an, this, that, another.
    static let determiner = ContextFlags(rawValue: 1 << 24)
    /// who, that, which: a relative clause refers back to the noun before it.
    static let relativePronoun = ContextFlags(rawValue: 1 << 25)
    /// together, jointly, between (us), as a team.
    static let together = ContextFlags(rawValue: 1 << 26)

    // Whether it happened.
    /// would, will, could, might, may, shall, should, 'd, 'll.
    static let modalHypothetical = ContextFlags(rawValue: 1 << 28)
    /// if, unless, whenever, hypothetically, ideally.
    static let conditional = ContextFlags(rawValue: 1 << 29)
    /// plan, intend, hope, aim, want, wish, going (to): intentions, not actions.
    static let intention = ContextFlags(rawValue: 1 << 30)
    /// think, believe, feel, consider, important, vital, essential, crucial, key, must, always, can, able...
    static let opinion = ContextFlags(rawValue: 1 << 31)
    /// see, hear, tell, sense, notice after "could": "I could see he was upset" happened.
    static let perceptionVerb = ContextFlags(rawValue: 1 << 32)
    /// have (in "should have", "would have"): perfect aspect after a modal.
    static let have = ContextFlags(rawValue: 1 << 33)
    /// Words of thinking and saying after which a negation leaves the reported clause alone only partly:
    /// "I don't think I handled it well".
    static let cognitionVerb = ContextFlags(rawValue: 1 << 34)
    /// little: a negation ("offered little support", "did little to help") except in "a little".
    static let little = ContextFlags(rawValue: 1 << 35)
    /// Nouns for a group the applicant belongs to when it is "our" one: team, shift, department.
    static let collectiveNoun = ContextFlags(rawValue: 1 << 36)
    /// there, as in "there was": a situation described, not something the applicant did.
    static let there = ContextFlags(rawValue: 1 << 37)
    /// let, allowed: "let my supervisor sort it out" — the person after it acts.
    static let permissive = ContextFlags(rawValue: 1 << 38)
    /// Adverbs that may stand between a subject and its verb: always, also, then, just, really, often.
    static let adverb = ContextFlags(rawValue: 1 << 39)
    /// Opinion words that are nouns (pride, skills, strengths): an opinion only in a present-tense clause.
    static let opinionNoun = ContextFlags(rawValue: 1 << 40)
}
