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
