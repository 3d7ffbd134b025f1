import Testing

@testable import CVFScan

/// The scan pipeline on answers far longer than any written one, where cost used to grow with the square of the
/// length: choosing between overlapping matches compared each match with every one kept before it, and the context
/// rules looked from every match across its whole sentence, which has no end in a 50 MB line without punctuation.
@Suite("Scan session on very long answers")
struct ScanSessionTests {
    @Test("one phrase repeated thousands of times in one sentence is found every time, at its place")
    func repeatedEvidence() throws {
        let text = String(repeating: "I took responsibility and ", count: 5_000)
        let report = try #require(TestLexicon.scan(text))
        #expect(report.wordCount == 20_000)
        #expect(report.matches.count == 5_000)
        #expect(report.matches.allSatisfy { $0.text == "took responsibility" && !$0.negated && $0.agent == .applicant })
        #expect(report.matches.map(\.codePointRange.lowerBound) == (0..<5_000).map { 26 * $0 + 2 })
    }

    @Test("overlapping matches of one behaviour: the longest kept, then the longest of what does not overlap it")
    func overlapsAmongMany() throws {
        let text = TestLexicon.text.replacingOccurrences(of: "  pattern: stayed calm\n", with: "  pattern: calm ...12 calm\n")
        let scanner = try EvidenceScanner(lexicon: try Lexicon.parse(text, file: "t"), frameworks: ["test"])
        let report = scanner.scan(String(repeating: "calm ", count: 100))
        // The longest match spans 14 words (two calms and the widest gap); 100 words hold 7 side by side, and the
        // last 2 make one more.
        let fourteen = Array(repeating: "calm", count: 14).joined(separator: " ")
        #expect(report.matches.map(\.text) == Array(repeating: fourteen, count: 7) + ["calm calm"])
        #expect(report.matches.map(\.codePointRange.lowerBound) == (0..<8).map { 70 * $0 })
    }

    /// A sentence of more than 200 records ends at its next clause boundary, one of 400 wherever it is: beyond
    /// that, an "If" at its start no longer makes what follows hypothetical (here it becomes what "I take
    /// responsibility" is on its own, a present-tense claim). No written sentence comes near.
    @Test("context reaches across a long sentence, but not across one of hundreds of words with no end",
          arguments: [(20, Modality.hypothetical), (80, Modality.opinion)])
    func longSentence(repetitions: Int, modality: Modality) throws {
        let text = "If " + String(repeating: "the cat sat on the mat ", count: repetitions) + "I take responsibility."
        let report = try #require(TestLexicon.scan(text))
        #expect(report.matches.map(\.text) == ["take responsibility"])
        #expect(report.matches.map(\.modality) == [modality])
    }
}
