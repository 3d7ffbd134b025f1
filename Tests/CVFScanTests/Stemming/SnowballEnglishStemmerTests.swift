import Foundation
import Testing
@testable import CVFScan

@Suite("Snowball English stemmer")
struct SnowballEnglishStemmerTests {
    /// One word and the stem the reference implementation (snowballstemmer 3.1.1) gives for it.
    struct StemCase: Sendable, CustomTestStringConvertible {
        let word: String
        let stem: String

        init(_ word: String, _ stem: String) {
            self.word = word
            self.stem = stem
        }

        var testDescription: String { "\(word) -> \(stem)" }
    }

    /// A problem with the fixture file itself, reported with the line to fix.
    enum FixtureError: Error, CustomStringConvertible {
        case missing(resource: String)
        case unreadable(path: String)
        case malformedLine(number: Int, content: String)

        var description: String {
            switch self {
            case .missing(let resource):
                return "test resource \(resource) is not in the test bundle; the test target must declare "
                    + "resources: [.copy(\"Fixtures\")]"
            case .unreadable(let path):
                return "cannot read \(path)"
            case .malformedLine(let number, let content):
                return "snowball-english.tsv line \(number): expected word<TAB>stem, found \"\(content)\""
            }
        }
    }

    let stemmer = SnowballEnglishStemmer()

    /// Reads the fixture by bytes (tab and newline separated) so no grapheme clustering or canonical equivalence can
    /// blur what the file holds.
    static func loadFixture() throws -> [(line: Int, pair: StemCase)] {
        guard let url = Bundle.module.url(forResource: "snowball-english", withExtension: "tsv", subdirectory: "Fixtures")
        else {
            throw FixtureError.missing(resource: "Fixtures/snowball-english.tsv")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FixtureError.unreadable(path: url.path)
        }
        var cases: [(line: Int, pair: StemCase)] = []
        let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty else {
                throw FixtureError.malformedLine(number: index + 1, content: String(decoding: line, as: UTF8.self))
            }
            let pair = StemCase(String(decoding: fields[0], as: UTF8.self), String(decoding: fields[1], as: UTF8.self))
            cases.append((line: index + 1, pair: pair))
        }
        return cases
    }

    /// Byte-exact comparison: `String ==` uses canonical equivalence and would accept a decomposed é for a composed one.
    static func bytes(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }

    func stemBytes(_ word: [UInt8], reusing output: inout [UInt8]) {
        word.withUnsafeBufferPointer { buffer in
            stemmer.stem(utf8: buffer, into: &output)
        }
    }

    // MARK: Fixture

    @Test("every fixture word stems exactly as the reference")
    func fixtureMatchesReference() throws {
        let cases = try Self.loadFixture()
        #expect(cases.count > 4000, "fixture has only \(cases.count) pairs; it should hold a few thousand")
        var failures: [String] = []
        for (line, pair) in cases {
            let stem = stemmer.stem(pair.word)
            if Self.bytes(stem) != Self.bytes(pair.stem) {
                failures.append("line \(line): \(pair.word) -> \(stem), reference \(pair.stem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) words differ: \(failures.prefix(40).joined(separator: "; "))")
    }

    @Test("the byte entry point agrees with the String entry point on every fixture word")
    func byteEntryAgreesWithStringEntry() throws {
        let cases = try Self.loadFixture()
        var output: [UInt8] = Array("left over from an earlier word".utf8)
        var failures: [String] = []
        for (line, pair) in cases {
            stemBytes(Self.bytes(pair.word), reusing: &output)
            let viaString = Self.bytes(stemmer.stem(pair.word))
            if output != viaString || output != Self.bytes(pair.stem) {
                failures.append("line \(line): \(pair.word) -> bytes \(String(decoding: output, as: UTF8.self)), "
                    + "string \(String(decoding: viaString, as: UTF8.self)), reference \(pair.stem)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) words differ: \(failures.prefix(40).joined(separator: "; "))")
    }

    @Test("the fixture covers every exception word of the algorithm", arguments: [
        "skis", "skies", "sky", "idly", "gently", "ugly", "early", "only", "singly", "news", "howe", "atlas", "cosmos",
        "bias", "andes", "inning", "outing", "canning", "herring", "earring", "evening", "proceed", "exceed", "succeed",
        "dying", "lying", "tying", "vying",
    ])
    func fixtureCoversException(word: String) throws {
        let words = Set(try Self.loadFixture().map { $0.pair.word })
        #expect(words.contains(word))
    }

    // MARK: Special cases

    static let specialCases: [StemCase] = [
        // Whole-word exceptions.
        StemCase("skis", "ski"), StemCase("skies", "sky"), StemCase("sky", "sky"), StemCase("idly", "idl"),
        StemCase("gently", "gentl"), StemCase("ugly", "ugli"), StemCase("early", "earli"), StemCase("only", "onli"),
        StemCase("singly", "singl"), StemCase("news", "news"), StemCase("howe", "howe"), StemCase("atlas", "atlas"),
        StemCase("cosmos", "cosmos"), StemCase("bias", "bias"), StemCase("andes", "andes"),
        // Step 1b -ing and -eed exceptions.
        StemCase("dying", "die"), StemCase("lying", "lie"), StemCase("tying", "tie"), StemCase("vying", "vie"),
        StemCase("flying", "fli"), StemCase("inning", "inning"), StemCase("innings", "inning"),
        StemCase("outing", "outing"), StemCase("canning", "canning"), StemCase("herring", "herring"),
        StemCase("earring", "earring"), StemCase("evening", "evening"), StemCase("pinning", "pin"),
        StemCase("proceed", "proceed"), StemCase("exceed", "exceed"), StemCase("succeed", "succeed"),
        StemCase("proceeding", "proceed"), StemCase("exceedingly", "exceed"), StemCase("agreed", "agre"),
        StemCase("feed", "feed"), StemCase("bleed", "bleed"), StemCase("guaranteed", "guarante"),
        // The 2025 revision: -ogist and the fixed R1 prefixes.
        StemCase("geologist", "geolog"), StemCase("geologists", "geolog"), StemCase("apology", "apolog"),
        StemCase("generously", "generous"), StemCase("generate", "generat"), StemCase("general", "general"),
        StemCase("communism", "communism"), StemCase("communication", "communic"), StemCase("arsenic", "arsenic"),
        StemCase("arsenal", "arsenal"), StemCase("past", "past"), StemCase("paste", "paste"),
        StemCase("pasted", "paste"), StemCase("pasting", "paste"), StemCase("universe", "univers"),
        StemCase("universal", "universal"), StemCase("university", "universiti"), StemCase("later", "later"),
        StemCase("lateral", "lateral"), StemCase("emerge", "emerg"), StemCase("emergency", "emergenc"),
        StemCase("organ", "organ"), StemCase("organic", "organic"), StemCase("organize", "organiz"),
        StemCase("intern", "intern"), StemCase("internal", "internal"), StemCase("international", "internat"),
        StemCase("interval", "interval"),
        // Step 0 and 1a, apostrophes.
        StemCase("caresses", "caress"), StemCase("ponies", "poni"), StemCase("ties", "tie"), StemCase("cries", "cri"),
        StemCase("tied", "tie"), StemCase("gas", "gas"), StemCase("this", "this"), StemCase("gaps", "gap"),
        StemCase("kiwis", "kiwi"), StemCase("us", "us"), StemCase("cactus", "cactus"), StemCase("ss", "ss"),
        StemCase("dog's", "dog"), StemCase("dogs'", "dog"), StemCase("'s", "'s"), StemCase("'s'", "s"),
        StemCase("'", "'"), StemCase("'tis", "tis"), StemCase("o'clock", "o'clock"),
        StemCase("children's", "children"),
        // Step 1b endings: restore e, undouble, short words.
        StemCase("hopping", "hop"), StemCase("adding", "add"), StemCase("egged", "egg"), StemCase("offing", "off"),
        StemCase("hoped", "hope"), StemCase("hoping", "hope"), StemCase("luxuriated", "luxuri"),
        StemCase("conflated", "conflat"), StemCase("fizzed", "fizz"), StemCase("troubled", "troubl"),
        StemCase("bled", "bled"), StemCase("sized", "size"),
        // y handling.
        StemCase("cry", "cri"), StemCase("by", "by"), StemCase("say", "say"), StemCase("says", "say"),
        StemCase("sayings", "say"), StemCase("yyyy", "yyyi"), StemCase("ayyy", "ayyy"), StemCase("youth", "youth"),
        StemCase("yelling", "yell"), StemCase("enjoying", "enjoy"), StemCase("sYstem", "sYstem"),
        // Steps 2 to 5.
        StemCase("conditional", "condit"), StemCase("valenci", "valenc"), StemCase("hesitanci", "hesit"),
        StemCase("irritabli", "irrit"), StemCase("fraudulentli", "fraudul"), StemCase("digitizer", "digit"),
        StemCase("digitization", "digit"), StemCase("relational", "relat"), StemCase("operation", "oper"),
        StemCase("predicator", "predic"), StemCase("feudalism", "feudal"), StemCase("formaliti", "formal"),
        StemCase("formalli", "formal"), StemCase("hopefulness", "hope"), StemCase("callousli", "callous"),
        StemCase("callousness", "callous"), StemCase("decisiveness", "decis"), StemCase("sensitiviti", "sensit"),
        StemCase("sensibiliti", "sensibl"), StemCase("possibli", "possibl"), StemCase("biologi", "biolog"),
        StemCase("anthologi", "antholog"), StemCase("faithfulli", "faith"), StemCase("carelessli", "careless"),
        StemCase("fulli", "fulli"), StemCase("triplicate", "triplic"), StemCase("formative", "format"),
        StemCase("formalize", "formal"), StemCase("electriciti", "electr"), StemCase("electrical", "electr"),
        StemCase("hopeful", "hope"), StemCase("goodness", "good"), StemCase("revival", "reviv"),
        StemCase("allowance", "allow"), StemCase("inference", "infer"), StemCase("airliner", "airlin"),
        StemCase("gyroscopic", "gyroscop"), StemCase("adjustable", "adjust"), StemCase("defensible", "defens"),
        StemCase("irritant", "irrit"), StemCase("replacement", "replac"), StemCase("adjustment", "adjust"),
        StemCase("dependent", "depend"), StemCase("activate", "activ"), StemCase("angulariti", "angular"),
        StemCase("homologous", "homolog"), StemCase("effective", "effect"), StemCase("bowdlerize", "bowdler"),
        StemCase("adoption", "adopt"), StemCase("explosion", "explos"), StemCase("probate", "probat"),
        StemCase("rate", "rate"), StemCase("cease", "ceas"), StemCase("controll", "control"), StemCase("roll", "roll"),
        // Non-ASCII letters count as one letter each, never as their byte length.
        StemCase("ñies", "ñie"), StemCase("ñied", "ñie"), StemCase("ñying", "ñie"), StemCase("ñeed", "ñeed"),
        StemCase("ñs", "ñs"), StemCase("aés", "aé"), StemCase("éas", "éas"), StemCase("ñatly", "ñat"),
        StemCase("e\u{301}tudes", "e\u{301}tud"), StemCase("naïve", "naïv"), StemCase("café", "café"),
        StemCase("cafés", "café"), StemCase("señoritas", "señorita"), StemCase("日本語s", "日本語s"),
        StemCase("😀ing", "😀ing"), StemCase("a😀ational", "a😀at"),
        // Empty and too short to stem.
        StemCase("", ""), StemCase("a", "a"), StemCase("as", "as"), StemCase("'a", "'a"),
    ]

    @Test("special cases stem to the reference's exact result", arguments: specialCases)
    func specialCase(_ stemCase: StemCase) {
        let stem = stemmer.stem(stemCase.word)
        #expect(Self.bytes(stem) == Self.bytes(stemCase.stem), "\(stemCase.word) -> \(stem), reference \(stemCase.stem)")
    }

    @Test("special cases agree between the byte and String entry points", arguments: specialCases)
    func specialCaseThroughBytes(_ stemCase: StemCase) {
        var output: [UInt8] = [0x7A, 0x7A]
        stemBytes(Self.bytes(stemCase.word), reusing: &output)
        #expect(output == Self.bytes(stemCase.stem),
                "\(stemCase.word) -> \(String(decoding: output, as: UTF8.self)), reference \(stemCase.stem)")
    }

    // MARK: Edge inputs

    @Test("empty input gives an empty stem and clears a reused buffer")
    func emptyInput() {
        #expect(stemmer.stem("").isEmpty)
        var output: [UInt8] = Array("stale".utf8)
        stemBytes([], reusing: &output)
        #expect(output.isEmpty)
    }

    /// Each expected stem follows from the rules: "x…" has no vowel; "é…s" has no vowel before the s; "éa…sses" loses
    /// "es"; "a…'s" loses only the possessive; "ab…ingly" loses "ingly" with nothing to restore; "ba…tional" is
    /// -ational in R1 (step 2 makes it -ate) and -ate in R2 (step 4 drops it), leaving "ba…b".
    static let longWords: [(word: String, stem: String)] = [
        (String(repeating: "x", count: 100_000), String(repeating: "x", count: 100_000)),
        (String(repeating: "é", count: 100_000) + "s", String(repeating: "é", count: 100_000) + "s"),
        (String(repeating: "éa", count: 50_000) + "sses", String(repeating: "éa", count: 50_000) + "ss"),
        (String(repeating: "a", count: 100_000) + "'s", String(repeating: "a", count: 100_000)),
        (String(repeating: "ab", count: 50_000) + "ingly", String(repeating: "ab", count: 50_000)),
        (String(repeating: "ba", count: 50_000) + "tional", String(repeating: "ba", count: 49_999) + "b"),
    ]

    @Test("very long words stem without trouble", arguments: 0..<6)
    func veryLongWord(index: Int) {
        let (word, expected) = Self.longWords[index]
        let stem = stemmer.stem(word)
        #expect(Self.bytes(stem) == Self.bytes(expected), "long word \(index): stem has \(stem.unicodeScalars.count) scalars")
        var output: [UInt8] = []
        stemBytes(Self.bytes(word), reusing: &output)
        #expect(output == Self.bytes(expected))
    }

    @Test("reusing one output buffer across words of different lengths gives each word its own stem")
    func outputBufferReuse() {
        var output: [UInt8] = []
        let sequence: [StemCase] = [
            StemCase("internationalization", "internation"), StemCase("a", "a"), StemCase("cafés", "café"),
            StemCase("generously", "generous"), StemCase("", ""), StemCase("hopping", "hop"),
        ]
        for stemCase in sequence {
            stemBytes(Self.bytes(stemCase.word), reusing: &output)
            #expect(output == Self.bytes(stemCase.stem), "\(stemCase.word)")
        }
    }

    @Test("bytes that are not UTF-8 pass through as opaque non-letters while the rules still apply")
    func malformedBytesPassThrough() {
        var output: [UInt8] = []
        // A lone 0xFF and a stray continuation byte stand where letters would be; the -sses rule still applies.
        stemBytes([0xFF, UInt8(ascii: "a"), 0x80, UInt8(ascii: "s"), UInt8(ascii: "s"), UInt8(ascii: "e"),
                   UInt8(ascii: "s")], reusing: &output)
        #expect(output == [0xFF, UInt8(ascii: "a"), 0x80, UInt8(ascii: "s"), UInt8(ascii: "s")])
    }
}
