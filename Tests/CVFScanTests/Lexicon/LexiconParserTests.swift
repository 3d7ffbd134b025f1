import Foundation
import Testing
@testable import CVFScan

private func diagnostics(_ text: String) -> [String] {
    Lexicon.parseCollectingDiagnostics(text, file: "x.lexicon").1.map(\.description)
}

private let header = """
framework f
  name: F
dimension d
  kind: value
  name: D
behaviour b
  statement: S.
  source: s.txt
  polarity: support

"""

@Suite("Lexicon parser")
struct LexiconParserTests {
    @Test("a well-formed lexicon gives frameworks, dimensions, behaviours and patterns with full ids")
    func wellFormed() throws {
        let lexicon = try Lexicon.parse(TestLexicon.text, file: "test.lexicon")
        #expect(lexicon.frameworks.map(\.id) == ["test"])
        #expect(lexicon.dimensions.map(\.id) == ["test/ownership", "test/calm"])
        #expect(lexicon.behaviours.map(\.id) == ["test/ownership/responsibility", "test/ownership/feedback",
                                                  "test/ownership/blame", "test/calm/calm"])
        #expect(lexicon.behaviours[2].polarity == .counter)
        #expect(lexicon.patterns.count == 13)
        #expect(lexicon.patterns[4].role == .against)
        #expect(lexicon.patterns[5].role == .vocabulary && lexicon.patterns[5].weight == 0.2)
        #expect(lexicon.patterns[0].location == SourceLocation(file: "test.lexicon", line: 10, column: 12))
    }

    @Test("every error of a file is reported at once, compiler-style", arguments: [
        ("colour: red\n", ["x.lexicon:1:1: 'colour:' stands outside any framework, dimension or behaviour: start the file with a 'framework ID' line"]),
        ("frobnicate x\n", ["x.lexicon:1:1: unknown keyword 'frobnicate': expected 'framework', 'dimension', 'behaviour' or a property such as 'pattern:'"]),
        ("dimension d\n", ["x.lexicon:1:1: dimension 'd' has no framework: add a 'framework ID' line above it"]),
        ("framework f\n  name: F\nbehaviour b\n", ["x.lexicon:3:1: behaviour 'b' has no dimension: add a 'dimension ID' line above it"]),
        ("framework Bad_Id\n", ["x.lexicon:1:11: invalid id 'Bad_Id': ids are lower-case letters, digits and single hyphens, e.g. 'take-ownership'"]),
        ("framework f\n", ["x.lexicon:1:1: framework 'f' has no 'name:'"]),
        ("framework f\n  name: F\ndimension d\n  kind: feeling\n  name: D\n", ["x.lexicon:4:9: invalid kind 'feeling': expected value, competency or area", "x.lexicon:3:1: dimension 'f/d' has no 'kind:' (value, competency or area)"]),
        (header + "  polarity: good\n", ["x.lexicon:10:3: duplicate 'polarity:' (first given at line 9)"]),
        (header + "  pattern: took (charge | the lead\n", ["x.lexicon:10:17: unbalanced '(': expected ')' before the end of the pattern"]),
        (header + "  pattern: took charge)\n", ["x.lexicon:10:23: unexpected ')' with no matching opening bracket before it"]),
        (header + "  pattern: took [charge)\n", ["x.lexicon:10:24: expected ']' to close the '[' at column 17, found ')'"]),
        (header + "  pattern: [the] [a]\n", ["x.lexicon:10:12: pattern with no words: at least one word must be required, not only optional parts or gaps"]),
        (header + "  pattern: ... help\n", ["x.lexicon:10:12: a gap cannot start a pattern: put a word before '...'"]),
        (header + "  pattern: help ...20 them\n", ["x.lexicon:10:17: gap of 20 words is out of range: gaps allow 1 to 12 words"]),
        (header + "  pattern: ab* help\n", ["x.lexicon:10:12: prefix 'ab*' is too short: give at least 3 letters before '*' so it cannot match most words"]),
        (header + "  pattern: help @9\n", ["x.lexicon:10:17: weight 9 is out of range: weights go from 0.05 to 5"]),
        (header + "  pattern: \"sorry\n", ["x.lexicon:10:12: unterminated quote: expected a closing '\"' before the end of the pattern"]),
        (header + "  pattern: help $ them\n", ["x.lexicon:10:17: unexpected character '$': patterns hold words, \"exact words\", prefix*, [optional words], (alternatives | ...), ... gaps and a final @weight"]),
        (header + "  pattern: (a | | b) c\n", ["x.lexicon:10:16: empty alternative in '(…)': put words on both sides of every '|'"]),
        (header + "  colour: red\n", ["x.lexicon:10:3: unknown behaviour property 'colour:': expected statement, source, polarity, level, note, pattern, against or vocabulary"]),
        (header + "behaviour b\n  statement: T.\n  source: s\n  polarity: support\n", ["x.lexicon:10:1: duplicate behaviour id 'f/d/b' (first defined at line 6)"]),
        (header + "behaviour c\n", ["x.lexicon:10:1: behaviour 'f/d/c' has no 'statement:', no 'source:', no 'polarity:' (support or counter)"]),
    ])
    func errors(text: String, expected: [String]) {
        #expect(diagnostics(text) == expected)
    }

    @Test("several errors in one file are all reported, in order")
    func severalErrors() {
        let text = header + "  pattern: (open\n  pattern: fine words\n  pattern: close)\nbogus line\n"
        #expect(diagnostics(text).count == 3)
        #expect(diagnostics(text).map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == ["x.lexicon:10", "x.lexicon:12", "x.lexicon:13"])
    }

    @Test("a pattern that expands past 256 sequences is rejected, and one of 256 is accepted")
    func expansionBound() {
        let eight = "(a | b | c | d | e | f | g | h)"
        let accepted = header + "  pattern: \(eight) \(eight) (a | b | c | d)\n"
        #expect(diagnostics(accepted).isEmpty)
        let rejected = header + "  pattern: \(eight) \(eight) \(eight)\n"
        #expect(diagnostics(rejected) == ["x.lexicon:10:12: pattern expands to 512 word sequences, more than 256: split it into several patterns"])
    }

    @Test("pattern elements parse to the documented structure")
    func elements() throws {
        let lexicon = try Lexicon.parse(header + "  pattern: took [full] (charge | the lead) ...3 \"sorry\" respons* @1.5\n", file: "x")
        let pattern = try #require(lexicon.patterns.first)
        #expect(pattern.weight == 1.5)
        #expect(pattern.text == "took [full] (charge | the lead) ...3 \"sorry\" respons*")
        #expect(pattern.elements == [
            .word("took"), .optional([[.word("full")]]), .alternatives([[.word("charge")], [.word("the"), .word("lead")]]),
            .gap(3), .exact(["sorry"]), .prefix("respons"),
        ])
    }

    @Test("CRLF line ends and a trailing line without newline parse the same")
    func lineEnds() throws {
        let crlf = TestLexicon.text.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try Lexicon.parse(crlf, file: "x").patterns.count == TestLexicon.lexicon.patterns.count)
    }

    @Test("merging replaces a framework with the same id and keeps the others")
    func merging() throws {
        let replacement = try Lexicon.parse(header, file: "y").merging(try Lexicon.parse(header.replacingOccurrences(of: "name: D", with: "name: E"), file: "z"))
        #expect(replacement.dimensions.map(\.name) == ["E"])
        #expect(replacement.behaviours.count == 1)
        let both = TestLexicon.lexicon.merging(try Lexicon.parse(header, file: "y"))
        #expect(both.frameworks.map(\.id) == ["test", "f"])
    }

    @Test("a shared dimension that no lexicon defines is reported where it is written")
    func unknownShare() throws {
        let text = "framework g\n  name: G\n  shares: cvf/nothing, bad\n"
        #expect(diagnostics(text) == ["x.lexicon:3:24: invalid shared dimension 'bad': expected a full dimension id such as 'cvf/take-ownership'"])
        let lexicon = try Lexicon.parse("framework g\n  name: G\n  shares: f/missing\n", file: "x")
        #expect(lexicon.crossReferenceDiagnostics().map(\.description) == ["x:3:11: shared dimension 'f/missing' is not defined by any loaded lexicon"])
    }
}

/// Regression tests for what fuzzing the lexicon parser found (Fuzz/LexiconParse.swift), and for lexicon files that
/// are not UTF-8: a user's lexicon is refused with a few clear `path:line:column` errors, never a crash (brackets
/// nested without limit overflowed the stack) or time quadratic in a line's length (one error per character).
extension LexiconParserTests {
    static let junkMessage = "unexpected character '!': patterns hold words, \"exact words\", prefix*, [optional words], (alternatives | ...), ... gaps and a final @weight"

    @Test("brackets nested without limit give one error, not a stack overflow", arguments: ["(", "[", "([", "[("])
    func unboundedNesting(opening: String) {
        let depth = 200_000 / opening.count
        let closing = String(opening.reversed().map { $0 == "(" ? ")" : "]" })
        let pattern = String(repeating: opening, count: depth) + "calm" + String(repeating: closing, count: depth)
        // The seventh bracket is the first too many: column 12 is the first of the pattern.
        #expect(diagnostics(header + "  pattern: " + pattern + "\n")
            == ["x.lexicon:10:18: brackets nested too deeply: at most 6 levels"])
    }

    @Test("unclosed brackets nested without limit give one error")
    func unclosedNesting() {
        #expect(diagnostics(header + "  pattern: " + String(repeating: "(", count: 100_000) + "\n")
            == ["x.lexicon:10:18: brackets nested too deeply: at most 6 levels"])
    }

    @Test("six levels of brackets are allowed")
    func sixLevels() throws {
        let lexicon = try Lexicon.parse(header + "  pattern: stayed [([([(calm)])])]\n", file: "x.lexicon")
        #expect(lexicon.patterns.map(\.text) == ["stayed [([([(calm)])])]"])
    }

    @Test("a long line of junk stops after ten errors", arguments: [11, 1_000, 200_000])
    func junk(length: Int) {
        let expected = (0..<10).map { "x.lexicon:10:\(12 + $0): \(Self.junkMessage)" }
            + ["x.lexicon:10:21: too many errors in this pattern; the rest of it was not checked"]
        #expect(diagnostics(header + "  pattern: " + String(repeating: "!", count: length) + "\n") == expected)
    }

    @Test("nine errors are all reported, without the too-many note")
    func nineErrors() {
        #expect(diagnostics(header + "  pattern: calm !!!!!!!!!\n") == (0..<9).map { "x.lexicon:10:\(17 + $0): \(Self.junkMessage)" })
    }

    @Test("junk inside quotes and empty alternatives stop after ten errors too", arguments: [
        ("\"" + String(repeating: "!", count: 100_000) + "\"",
         "x.lexicon:10:13: unexpected '!' inside quotes: quote only words, e.g. \"sorry\"", 22),
        ("(" + String(repeating: "|", count: 100_000) + ")",
         "x.lexicon:10:13: empty alternative in '(…)': put words on both sides of every '|'", 22),
    ])
    func junkElsewhere(pattern: String, first: String, lastColumn: Int) {
        let errors = diagnostics(header + "  pattern: " + pattern + "\n")
        #expect(errors.count == 11)
        #expect(errors.first == first)
        #expect(errors.last == "x.lexicon:10:\(lastColumn): too many errors in this pattern; the rest of it was not checked")
    }

    @Test("a pattern abandoned after a weight still reports the weight's error first")
    func weightThenJunk() {
        let errors = diagnostics(header + "  pattern: " + String(repeating: "!", count: 50) + " @9\n")
        #expect(errors.first == "x.lexicon:10:63: weight 9 is out of range: weights go from 0.05 to 5")
        #expect(errors.count == 11)
    }

    @Test("a control character in a pattern is named by its code point, so the message cannot drive a terminal",
          arguments: [("\u{1B}", "U+001B"), ("\u{7}", "U+0007"), ("\u{9B}", "U+009B"), ("\u{202E}", "U+202E"), ("é!", "!")])
    func controlCharacters(character: String, named: String) {
        let errors = diagnostics(header + "  pattern: calm " + character + "\n")
        #expect(errors.first?.hasPrefix("x.lexicon:10:\(character.hasPrefix("é") ? 18 : 17): unexpected character '\(named)': ") == true)
    }

    /// Appending each pattern to its behaviour copied all the patterns before it, so a behaviour with tens of
    /// thousands of patterns took minutes to read; now each pattern costs the same.
    @Test("a behaviour with ten thousand patterns is read whole, every pattern in place")
    func manyPatterns() throws {
        let lines = (1...10_000).map { "  pattern: stayed w\($0) calm\n" }.joined()
        let lexicon = try Lexicon.parse(header + lines, file: "x.lexicon")
        #expect(lexicon.patterns.count == 10_000)
        #expect(lexicon.patterns.last?.text == "stayed w10000 calm")
        #expect(lexicon.patterns.last?.location == SourceLocation(file: "x.lexicon", line: 10_009, column: 12))
    }

    @Test("a lexicon file that is not UTF-8 gives an error per line, at the first bad byte; other files are still read")
    func notUTF8() throws {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(folder) }
        // Notepad's "ANSI": an accent and smart quotes as single bytes; only the line's first is reported.
        let windows1252 = Array(header.utf8) + Array("  pattern: caf".utf8) + [0xE9, 0x20, 0x93] + Array("calm".utf8)
            + [0x94, 0x0A] + Array("  pattern: stayed calm\n".utf8)
        try Data([0xEF, 0xBB, 0xBF] + windows1252).write(to: URL(fileURLWithPath: folder + "/a.lexicon"))
        try Data((header + "  pattern: (calm\n").utf8).write(to: URL(fileURLWithPath: folder + "/b.lexicon"))
        #expect(throws: LexiconError.invalid([
            LexiconDiagnostic(at: SourceLocation(file: folder + "/a.lexicon", line: 10, column: 15),
                              "byte 0xE9 is not UTF-8: save the file with UTF-8 encoding"),
            LexiconDiagnostic(at: SourceLocation(file: folder + "/b.lexicon", line: 10, column: 12),
                              "unbalanced '(': expected ')' before the end of the pattern"),
        ])) { try Lexicon.load(contentsOf: folder) }
    }
}
