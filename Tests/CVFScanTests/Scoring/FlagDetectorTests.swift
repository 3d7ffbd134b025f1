import Testing
@testable import CVFScan

@Suite("Flags")
struct FlagDetectorTests {
    /// Two behaviours, one of which lists the same words twice (a lexicon may): each place keeps one match of the
    /// behaviour, so the count is per place in the answer.
    static let lexiconText = """
    framework stuffing
      name: Stuffing test
    dimension teamwork
      kind: competency
      name: Teamwork
    behaviour helped
      statement: We help.
      source: test
      polarity: support
      pattern: helped out
      pattern: helped out
      pattern: pitched in
    behaviour listened
      statement: We listen.
      source: test
      polarity: support
      pattern: listened carefully
    """

    static func scan(_ text: String) throws -> Report {
        let lexicon = try Lexicon.parse(lexiconText, file: "stuffing.lexicon")
        return try EvidenceScanner(lexicon: lexicon, frameworks: ["stuffing"]).scan(text)
    }

    static func stuffingMessage(_ report: Report) -> String? {
        report.flags.first { $0.id == "keyword-stuffing" }?.message
    }

    @Test("keyword stuffing counts a phrase's places in the answer", arguments: [
        ("I helped out. I helped out. I helped out.", nil),
        ("I helped out. I helped out. I helped out. I helped out.",
         "The phrase 'helped out' matches 4 times; repeats add less each time."),
        ("I helped out. I pitched in. I pitched in. I pitched in.", nil),
        ("I pitched in. I pitched in. I pitched in. I pitched in. I helped out.",
         "The phrase 'pitched in' matches 4 times; repeats add less each time."),
    ] as [(String, String?)])
    func keywordStuffing(text: String, message: String?) throws {
        #expect(Self.stuffingMessage(try Self.scan(text)) == message)
    }

    @Test("a tie goes to the phrase that sorts first")
    func keywordStuffingTie() throws {
        let text = String(repeating: "I listened carefully. ", count: 4) + String(repeating: "I pitched in. ", count: 4)
        #expect(Self.stuffingMessage(try Self.scan(text))
            == "The phrase 'listened carefully' matches 4 times; repeats add less each time.")
    }

    @Test("matches made outside a scan are grouped by their pattern text")
    func keywordStuffingWithoutPatternIndex() throws {
        let report = try Self.scan("I pitched in. I listened carefully.")
        let pitched = try #require(report.matches.first { $0.pattern == "pitched in" })
        let listened = try #require(report.matches.first { $0.pattern == "listened carefully" })
        var made = [pitched, listened, pitched, listened, pitched]
        for index in made.indices { made[index].sourcePatternIndex = -1 }
        let flags = FlagDetector.flags(matches: made, dimensions: report.dimensions, wordCount: report.wordCount)
        #expect(flags.first { $0.id == "keyword-stuffing" } == nil)
        made.append(pitched)
        made[made.count - 1].sourcePatternIndex = -1
        let stuffed = FlagDetector.flags(matches: made, dimensions: report.dimensions, wordCount: report.wordCount)
        #expect(stuffed.first { $0.id == "keyword-stuffing" }?.message
            == "The phrase 'pitched in' matches 4 times; repeats add less each time.")
    }
}
