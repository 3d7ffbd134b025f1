import Testing
@testable import CVFScan

@Suite("Scoring")
struct DimensionScorerTests {
    @Test("scores follow the documented curve", arguments: [
        (0.0, 0), (-1.0, 0), (0.35, 16), (1.0, 39), (1.5, 53), (2.0, 63), (3.0, 78), (6.0, 95),
    ])
    func curve(net: Double, score: Int) {
        #expect(ScoringModel.score(net: net) == score)
    }

    @Test("bands come from the thresholds", arguments: [
        (0.0, Band.none), (11.0, .none), (12.0, .limited), (34.0, .limited), (35.0, .moderate), (64.0, .moderate),
        (65.0, .strong), (100.0, .strong),
    ])
    func bands(score: Double, band: Band) {
        #expect(BandThresholds.standard.band(for: score) == band)
    }

    @Test("ten repeats of one phrase score below three distinct behaviours")
    func repetitionVersusCoverage() throws {
        let repeated = try #require(TestLexicon.scan(String(repeating: "I took responsibility. ", count: 10)))
        let distinct = try #require(TestLexicon.scan("I took responsibility. I asked for feedback. I stayed calm. I learnt from my mistake."))
        let repeatedDimension = try #require(repeated.dimension("test/ownership"))
        #expect(repeatedDimension.support == ScoringModel.behaviourCap)
        #expect(repeatedDimension.score == 53)
        let distinctDimension = try #require(distinct.dimension("test/ownership"))
        #expect(distinctDimension.support == 1.4 + 1)
        #expect(distinctDimension.score > repeatedDimension.score)
        #expect(repeated.flags.map(\.id).contains("keyword-stuffing"))
    }

    @Test("repeats of one behaviour count 1, 0.4, 0.16 and stop at the cap")
    func diminishingReturns() throws {
        let report = try #require(TestLexicon.scan("I took responsibility. I owned up. I took responsibility."))
        let credits = report.matches.map(\.credit)
        #expect(credits.count == 3)
        #expect(zip(credits, [1, 0.4, 0.1]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(credits)")
        #expect(report.dimension("test/ownership")?.support == 1.5)
    }

    @Test("a long answer does not win by volume")
    func lengthDamping() throws {
        let evidence = "I took responsibility. I asked for feedback. "
        let short = try #require(TestLexicon.scan(evidence))
        let padded = try #require(TestLexicon.scan(evidence + String(repeating: "The shift was busy and long. ", count: 300)))
        #expect(padded.wordCount == 1_807)
        let factor = try #require(padded.dimension("test/ownership")?.lengthFactor)
        #expect(abs(factor - (400.0 / 1807.0).squareRoot()) < 1e-12)
        #expect((padded.dimension("test/ownership")?.score ?? 0) < (short.dimension("test/ownership")?.score ?? 0))
        #expect(padded.flags.map(\.id).contains("long-answer"))
    }

    @Test("every dimension of the selected frameworks appears, in order, even with no evidence")
    func allDimensions() throws {
        let report = try #require(TestLexicon.scan("Nothing relevant here at all."))
        #expect(report.dimensions.map(\.id) == ["test/ownership", "test/calm"])
        #expect(report.dimensions.allSatisfy { $0.score == 0 && $0.band == .none })
        #expect(report.flags.map(\.id) == ["short-answer", "no-evidence"])
    }

    @Test("behaviours evidenced are listed, most evidence first; counter behaviours separately")
    func behaviourLists() throws {
        let report = try #require(TestLexicon.scan("I asked for feedback. I took responsibility. I owned up."))
        let dimension = try #require(report.dimension("test/ownership"))
        #expect(dimension.behaviours == ["test/ownership/responsibility", "test/ownership/feedback"])
        #expect(dimension.counterBehaviours.isEmpty)
        #expect(dimension.evidence.map(\.behaviourID) == ["test/ownership/responsibility", "test/ownership/feedback"])
        let blame = try #require(TestLexicon.scan("I blamed my colleague."))
        #expect(blame.dimension("test/ownership")?.counterBehaviours == ["test/ownership/responsibility"])
        #expect(blame.flags.map(\.id).contains("counter-evidence"))
    }

    @Test("calibrated thresholds replace the standard ones per dimension")
    func calibratedThresholds() throws {
        let options = ScanOptions(thresholds: ["test/ownership": BandThresholds(limited: 5, moderate: 10, strong: 30)])
        let scanner = try EvidenceScanner(lexicon: TestLexicon.lexicon, frameworks: ["test"], options: options)
        let report = scanner.scan("I took responsibility. I stayed calm.")
        #expect(report.dimension("test/ownership")?.band == .strong)
        #expect(report.dimension("test/calm")?.band == .moderate)
    }

    @Test("flags: buzzwords, hypotheticals, credit to others, empty")
    func flags() throws {
        let buzz = try #require(TestLexicon.scan("I take ownership. Take ownership always. Ownership: take ownership!"))
        #expect(buzz.flags.map(\.id).contains("buzzwords"))
        let hypothetical = try #require(TestLexicon.scan("I would take responsibility and I would ask for feedback."))
        #expect(hypothetical.flags.map(\.id).contains("mostly-hypothetical"))
        let others = try #require(TestLexicon.scan("My manager took responsibility. She asked for feedback."))
        #expect(others.flags.map(\.id).contains("credit-to-others"))
        let empty = try #require(TestLexicon.scan("   "))
        #expect(empty.flags.map(\.id) == ["empty"])
    }

    @Test("hypothetical and opinion evidence together count at most 0.8 per dimension")
    func claimsCap() throws {
        let report = try #require(TestLexicon.scan(
            "I would take responsibility. I would ask for feedback. I would learn from my mistake. I would own up."))
        let dimension = try #require(report.dimension("test/ownership"))
        #expect(dimension.support == ScoringModel.nonActualCap)
        #expect(dimension.band == .limited)
    }

    @Test("the framework's own words count once per place and at most 0.4 per dimension")
    func vocabularyCap() throws {
        let text = TestLexicon.text
            .replacingOccurrences(of: "  vocabulary: take ownership\n", with: "  vocabulary: ownership @1\n")
            .replacingOccurrences(of: "  pattern: asked for feedback\n", with: "  pattern: asked for feedback\n  vocabulary: ownership @1\n")
        let scanner = try EvidenceScanner(lexicon: try Lexicon.parse(text, file: "t"), frameworks: ["test"])
        let report = scanner.scan("I believe in ownership.")
        #expect(report.matches.count == 2)
        #expect(report.matches.map(\.credit) == [ScoringModel.vocabularyCap, 0])
        #expect(report.dimension("test/ownership")?.support == ScoringModel.vocabularyCap)
    }

    @Test("evidence wins over the framework's own words where they overlap")
    func evidenceBeforeVocabulary() throws {
        let text = TestLexicon.text.replacingOccurrences(
            of: "  vocabulary: take ownership\n", with: "  vocabulary: take ownership\n  pattern: take ownership of (it | the problem) @1.2\n")
        let scanner = try EvidenceScanner(lexicon: try Lexicon.parse(text, file: "t"), frameworks: ["test"])
        let report = scanner.scan("I took ownership of the problem.")
        #expect(report.matches.map(\.role) == [.evidence])
    }

    @Test("the same input gives the same report, whatever the session scanned before")
    func deterministic() throws {
        let scanner = try #require(TestLexicon.scanner)
        let session = scanner.makeSession()
        let text = "I did not take responsibility, but later I owned up and asked for feedback."
        let first = JSONReportWriter().string(for: session.scan(text))
        _ = session.scan("Something else entirely, with multi-agency work and reassurance.")
        #expect(JSONReportWriter().string(for: session.scan(text)) == first)
        #expect(JSONReportWriter().string(for: scanner.scan(text)) == first)
    }
}
