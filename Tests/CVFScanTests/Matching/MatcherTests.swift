import Foundation
import Testing
@testable import CVFScan

private func matched(_ sentence: String) -> [String] {
    (TestLexicon.scan(sentence)?.matches ?? []).map { "\($0.text)@\($0.codePointRange.lowerBound)-\($0.codePointRange.upperBound)" }
}

@Suite("Matcher")
struct MatcherTests {
    @Test("patterns match on stems, exact forms, prefixes, hyphen variants and gaps", arguments: [
        ("I took responsibility.", ["took responsibility@2-21"]),
        ("Taking responsibility matters.", ["Taking responsibility@0-21"]),
        ("I have taken responsibility.", ["taken responsibility@7-27"]),
        ("I owned up.", ["owned up@2-10"]),
        ("I said SORRY.", ["SORRY@7-12"]),
        ("I said sorrys.", []),
        ("I reassured her and gave reassurance.", ["reassured@2-11", "reassurance@25-36"]),
        ("I challenged his behaviour.", ["challenged his behaviour@2-26"]),
        ("I challenged his rude, loud behaviour.", ["challenged his rude, loud behaviour@2-37"]),
        ("I challenged the rude and very loud behaviour.", []),
        ("I challenged it. The behaviour stopped.", []),
        ("It was multi-agency, multi agency and multiagency.", ["multi-agency@7-19", "multi agency@21-33", "multiagency@38-49"]),
        ("I organized a meeting.", ["organized a meeting@2-21"]),
        ("I \"owned up\" straight away.", ["owned up@3-11"]),
        ("I owned, up.", []),
        ("I learnt from my mistake and learned from my mistake.", ["learnt from my mistake@2-24", "learned from my mistake@29-52"]),
    ])
    func matches(sentence: String, expected: [String]) {
        #expect(matched(sentence) == expected)
    }

    @Test("a match never crosses a sentence end")
    func sentenceEnd() {
        #expect(matched("I owned. Up the hill we went.") == [])
        #expect(matched("I owned\nup") == [])
    }

    @Test("the longest of overlapping matches of one behaviour wins; other behaviours still match")
    func overlaps() throws {
        let text = TestLexicon.text.replacingOccurrences(
            of: "  pattern: owned up\n", with: "  pattern: owned up\n  pattern: took responsibility for (it | the mistake)\n")
        let lexicon = try Lexicon.parse(text, file: "t")
        let scanner = try EvidenceScanner(lexicon: lexicon, frameworks: ["test"])
        let report = scanner.scan("I took responsibility for the mistake.")
        #expect(report.matches.map(\.text) == ["took responsibility for the mistake"])
        let both = TestLexicon.scan("I never blame others.")
        #expect(both?.matches.map(\.behaviourID) == ["test/ownership/responsibility", "test/ownership/blame"])
    }

    @Test("matches report exact code-point and byte offsets and a String range")
    func offsets() throws {
        let text = "\u{1F600} Caf\u{E9} talk: I owned up."
        let found = try #require(TestLexicon.scan(text)?.matches.first)
        #expect(found.codePointRange == 15..<23)
        #expect(found.utf8Range == 19..<27)
        #expect(String(text[found.range]) == "owned up")
    }

    @Test("matching cost does not depend on the text before: a huge sentence without patterns finds nothing")
    func noMatches() {
        let text = String(repeating: "the quick brown fox ", count: 20_000)
        #expect(TestLexicon.scan(text)?.matches.isEmpty == true)
    }

    @Test("the compiled automaton holds every pattern expansion")
    func compiled() throws {
        let scanner = try #require(TestLexicon.scanner)
        #expect(scanner.patternCount == 13)
        #expect(scanner.lexicon.patterns.count == 13)
        #expect(scanner.dimensions.map(\.id) == ["test/ownership", "test/calm"])
        #expect(scanner.frameworks == ["test"])
    }

    @Test("an unknown framework is a clear error listing the loaded ones")
    func unknownFramework() {
        #expect(throws: LexiconError.unknownFramework(id: "nope", available: ["test"])) {
            try EvidenceScanner(lexicon: TestLexicon.lexicon, frameworks: ["nope"])
        }
    }
}
