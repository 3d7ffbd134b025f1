import Testing
@testable import CVFScan

/// The one match of `pattern` text in `sentence`, scanned with the test lexicon.
private func match(_ sentence: String, _ text: String) -> Match? {
    TestLexicon.scan(sentence)?.matches.first { $0.text.lowercased() == text.lowercased() }
}

@Suite("Negation")
struct NegationDetectorTests {
    @Test("every trigger negates a following match in its clause", arguments: [
        "I did not take responsibility.", "I didn't take responsibility.", "I didn\u{2019}t take responsibility.",
        "I never took responsibility.", "No one took responsibility.", "Nobody took responsibility.",
        "I went home without taking responsibility.", "I failed to take responsibility.",
        "I refused to take responsibility.", "I was unwilling to take responsibility.",
        "There was a lack of taking responsibility.", "There was little or no taking responsibility.",
        "I rarely took responsibility.", "I hardly took responsibility.", "I seldom took responsibility.",
        "Neither of us took responsibility.", "I cannot take responsibility.", "I can't take responsibility.",
        "I won't take responsibility.", "I wasn't taking responsibility.", "I neglected to take responsibility.",
        "I forgot to take responsibility.", "I avoided taking responsibility.", "I was unable to take responsibility.",
        "I stopped taking responsibility.", "I barely took responsibility.", "I was reluctant to take responsibility.",
        "I didnt take responsibility.", "I did little to take responsibility.",
        "There was an absence of taking responsibility.", "There was little or no taking responsibility.",
        "I do not ask and/or take responsibility.", "Neither my colleague nor I took responsibility.",
        "At no point did I take responsibility.", "Never did I take responsibility.", "Nor did I take responsibility.",
    ])
    func triggers(sentence: String) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(found.negated, "\(sentence)")
        #expect(found.polarity == .counter)
        #expect(found.negation.triggers.count == 1)
    }

    @Test("pseudo-triggers look like negation but do not negate", arguments: [
        ("I didn't hesitate to take responsibility.", "hesitate"),
        ("I did not hesitate and took responsibility.", "hesitate"),
        ("Not only did I take responsibility, I apologised.", "only"),
        ("I did not just take responsibility.", "just"),
        ("I wasn't afraid to take responsibility.", "afraid"),
        ("I was not at all scared to take responsibility.", "scared"),
        ("Without hesitation I took responsibility.", "hesitation"),
        ("Without delay I took responsibility.", "delay"),
        ("No doubt I took responsibility.", "doubt"),
        ("I had no problem taking responsibility.", "problem"),
        ("I never once hesitated to take responsibility.", "hesitated"),
        ("I asked whether or not to take responsibility.", "not"),
    ])
    func pseudoTriggers(sentence: String, word: String) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(!found.negated, "\(sentence)")
        #expect(found.polarity == .support)
        #expect(!found.negation.pseudoTriggers.isEmpty)
    }

    @Test("a negation's reach ends at a clause boundary or a new verb phrase", arguments: [
        "I was not sure, but I took responsibility.", "I was not sure; I took responsibility.",
        "I did not panic and took responsibility.", "I did not know what to do so I took responsibility.",
        "Nobody else would, however I took responsibility.", "I didn't know the rules although I took responsibility.",
        "It was not easy because I took responsibility.", "Instead of waiting I took responsibility.",
        "I never gave up: I took responsibility.", "I wasn't sure what to do (I took responsibility).",
        "I did not wait \u{2013} I took responsibility.",
        "I did not argue so took responsibility.", "I listened rather than arguing so the customer took responsibility.",
        "I listened rather than arguing so that my colleague took responsibility.",
    ])
    func scopeEnds(sentence: String) throws {
        let found = try #require(match(sentence, "took responsibility"))
        #expect(!found.negated, "\(sentence)")
    }

    @Test("a less common irregular past after \"and\" starts a new verb phrase too", arguments: [
        "I did not panic and knelt down to take responsibility.", "I didn't give up and fought to take responsibility.",
    ])
    func irregularPastEndsScope(sentence: String) throws {
        let found = try #require(match(sentence, "take responsibility"))
        #expect(!found.negated, "\(sentence)")
    }

    @Test("'so' as a degree word is not a clause: the negation still reaches", arguments: [
        "I was not so keen to take responsibility.", "I did not act so quickly to take responsibility.",
        "I didn't feel so able to take responsibility.",
    ])
    func soAsDegree(sentence: String) throws {
        let found = try #require(match(sentence, "take responsibility"))
        #expect(found.negated, "\(sentence)")
    }

    @Test("'could have … but' takes the act back: not done, and the decision was real")
    func counterfactual() throws {
        let blamed = try #require(TestLexicon.scan("I could have blamed others but I owned up.")?.matches.first { $0.text == "blamed others" })
        #expect(blamed.negated && blamed.modality == .actual && blamed.polarity == .support)
        // "could of" is how applicants often write "could've".
        let typo = try #require(TestLexicon.scan("I could of blamed others but I owned up.")?.matches.first { $0.text == "blamed others" })
        #expect(typo.negated && typo.modality == .actual && typo.polarity == .support)
        let regret = try #require(match("I should have asked for feedback sooner.", "asked for feedback"))
        #expect(!regret.negated && regret.modality == .hypothetical)
    }

    @Test("a negation reaches past an object and adverbs within the window", arguments: [
        "I did not really ever take responsibility.", "I did not, at first, take responsibility.",
    ])
    func reach(sentence: String) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(found.negated == !sentence.contains(","), "\(sentence)")
    }

    @Test("negations beyond the window do not reach", arguments: ["I did not expect that on the very first day at work I would take responsibility."])
    func window(sentence: String) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(!found.negated)
    }

    @Test("a little is not a negation")
    func aLittle() throws {
        let found = try #require(TestLexicon.scan("I helped a little and took responsibility.")?.matches.first)
        #expect(!found.negated)
    }

    @Test("two negations cancel out", arguments: [
        "I did not fail to take responsibility.", "I never failed to take responsibility.",
        "I never refused to take responsibility.", "Nobody can say I didn't take responsibility.",
    ])
    func doubleNegation(sentence: String) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(!found.negated, "\(sentence)")
        #expect(found.negation.triggers.count == 2)
    }

    @Test("post-negations that follow the match", arguments: [
        ("Taking responsibility was never my strong point.", true),
        ("Taking responsibility is not something I did.", true),
        ("Taking responsibility was not easy, but I did.", false),
        ("I took responsibility, not my manager.", false),
    ])
    func postNegation(sentence: String, negated: Bool) throws {
        let found = try #require(TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" })
        #expect(found.negated == negated, "\(sentence)")
    }

    @Test("'didn't just' a counter behaviour: the applicant did more, so it counts neither for nor against", arguments: [
        "I didn't just blame others.", "I did not simply blame others, I owned up.", "I did not merely blame others.",
        "Not only did I blame others.",
    ])
    func notJust(sentence: String) throws {
        let report = try #require(TestLexicon.scan(sentence))
        let blame = try #require(report.matches.first { $0.behaviourID == "test/ownership/blame" }, "\(sentence)")
        #expect(!blame.negated && blame.negation.surpassed && blame.weight == 0 && blame.credit == 0, "\(sentence)")
        let dimension = try #require(report.dimension("test/ownership"))
        #expect(dimension.counter == 0, "\(sentence)")
    }

    @Test("'didn't just' a support behaviour keeps it, and a plain negation of a counter one still supports")
    func notJustSupport() throws {
        let took = try #require(match("I did not just take responsibility.", "take responsibility"))
        #expect(!took.negation.surpassed && took.polarity == .support && took.weight == 1)
        let report = try #require(TestLexicon.scan("I did not blame others."))
        let blame = try #require(report.matches.first { $0.behaviourID == "test/ownership/blame" })
        #expect(blame.negated && !blame.negation.surpassed && blame.weight == ScoringModel.deniedCounterFactor)
    }

    @Test("a negated counter behaviour supports; a negated support behaviour counts against")
    func polarityFlips() throws {
        let report = try #require(TestLexicon.scan("I never blame others for my mistakes."))
        let blame = try #require(report.matches.first { $0.behaviourID == "test/ownership/blame" })
        #expect(blame.negated && blame.polarity == .support && blame.behaviourPolarity == .counter)
        #expect(blame.weight == ScoringModel.deniedCounterFactor)
        let denied = try #require(TestLexicon.scan("I did not take responsibility."))
        let dimension = try #require(denied.dimension("test/ownership"))
        #expect(dimension.counter == 1 && dimension.support == 0 && dimension.score == 0)
    }

    @Test("negation words inside a pattern are part of it, not a trigger")
    func triggerInsidePattern() throws {
        let lexicon = try Lexicon.parse(TestLexicon.text + "\n  against: (didn't | did not) bother\n", file: "t")
        let scanner = try EvidenceScanner(lexicon: lexicon, frameworks: ["test"])
        let found = try #require(scanner.scan("I didn't bother to check.").matches.first)
        #expect(!found.negated && found.polarity == .counter)
    }

    @Test("the decision records the trigger and where its reach ended")
    func recorded() throws {
        let found = try #require(match("I did not take responsibility, I blamed others.", "take responsibility"))
        #expect(found.negation.triggers.map(\.text) == ["not"])
        #expect(found.negation.triggers.first?.codePointRange == 6..<9)
        #expect(found.negation.scopeEnd == 29)
    }

    @Test("ten thousand stacked negations stay linear: only those within the window are counted")
    func manyNegations() throws {
        let sentence = String(repeating: "not ", count: 10_000) + "never took responsibility."
        let report = try #require(TestLexicon.scan(sentence))
        #expect(report.matches.count == 1)
        #expect(report.matches.first?.negation.triggers.count == NegationDetector.window)
        #expect(report.matches.first?.negated == false)
    }
}
