import Testing
@testable import CVFScan

/// Cutting the answer at match boundaries: the pieces rebuild the answer, carry the right matches in the right
/// order, and stay on the right words after emoji, combining marks and removed escape sequences.
@Suite("Highlighted answer")
struct HighlightedAnswerTests {
    private func pieces(_ text: String) throws -> (Report, [HighlightedAnswer.Piece]) {
        let report = try ReportFixtures.report(text, id: nil)
        return (report, HighlightedAnswer(report).pieces)
    }

    /// Each piece as its text and the (dimension, words) of the matches covering it, outermost first.
    private func describe(_ report: Report, _ pieces: [HighlightedAnswer.Piece]) -> [String] {
        pieces.map { piece in
            let covering = piece.covering.map { "\(report.matches[$0].dimensionID.dropFirst(7)):\(report.matches[$0].text)" }
            return "\(piece.text)|\(covering.joined(separator: ","))"
        }
    }

    @Test("the pieces put together are the sanitized answer", arguments: [
        ReportFixtures.realisticAnswer, ReportFixtures.hostileAnswer, ReportFixtures.noEvidenceAnswer, "",
    ])
    func rebuild(text: String) throws {
        let (_, pieces) = try pieces(text)
        #expect(pieces.map(\.text).joined() == TerminalSanitizer.sanitize(text))
        for (left, right) in zip(pieces, pieces.dropFirst()) {
            #expect(left.range.upperBound == right.range.lowerBound)
        }
    }

    @Test("overlapping matches of three dimensions nest outermost first, in a fixed order")
    func overlaps() throws {
        let (report, pieces) = try pieces("I took responsibility for my part.")
        #expect(describe(report, pieces) == [
            "I |",
            "took |ownership:took responsibility,teamwork:took responsibility",
            "responsibility|ownership:took responsibility,teamwork:took responsibility,calm:responsibility for my part",
            " for my part|calm:responsibility for my part",
            ".|",
        ])
        let notes = pieces.map { $0.ending.map { report.matches[$0].dimensionID } }
        #expect(notes == [[], [], ["golden/ownership", "golden/teamwork"], ["golden/calm"], []])
    }

    @Test("every match's note is placed exactly once, after its last piece")
    func notesOnce() throws {
        for text in [ReportFixtures.realisticAnswer, ReportFixtures.hostileAnswer] {
            let (report, pieces) = try pieces(text)
            #expect(pieces.flatMap(\.ending).sorted() == Array(report.matches.indices))
            for (position, piece) in pieces.enumerated() {
                for index in piece.ending {
                    #expect(report.matches[index].codePointRange.upperBound == piece.range.upperBound, "\(position)")
                }
            }
        }
    }

    @Test("highlights stay on their words after emoji, combining marks and removed escape sequences", arguments: [
        "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} Zoe\u{0301} stayed calm.",
        "\u{1B}]0;pwned\u{07}\u{1B}[2JI stayed calm.",
        "\u{202E}I stayed calm.\u{202C}",
        "Zo\u{00E9} \u{1F642}\u{1F642} stayed calm \u{1F642}.",
    ])
    func offsets(text: String) throws {
        let (report, pieces) = try pieces(text)
        let covered = pieces.filter { !$0.covering.isEmpty }
        #expect(covered.map(\.text) == ["stayed calm"])
        #expect(report.matches.map(\.text) == ["stayed calm"])
    }
}
