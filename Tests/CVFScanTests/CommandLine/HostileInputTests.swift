import Foundation
import Testing

@testable import CVFScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Input written by strangers, through the built `cvfscan` binary: whatever arrives, the run ends with a documented
/// status and a message naming the problem, and when there is something to scan, the right report. Nothing here
/// measures time; a quadratic path shows up as a test that does not finish. The 1 GB stream and the 50 MB answer
/// scanned whole are measured by Benchmarks/scripts/big_input.sh instead (docs/robustness.md).
@Suite("Hostile input")
struct HostileInputTests {
    /// A match of a `--format json` report.
    struct FoundMatch: Equatable, CustomStringConvertible {
        var text: String
        var start: Int
        var end: Int
        var negated: Bool
        var description: String { "\(text) [\(start)..<\(end)]\(negated ? " negated" : "")" }
    }

    struct ScannedReport {
        var words: Int
        var matches: [FoundMatch]
    }

    struct ReportShapeError: Error {}

    static func report(_ bytes: some Collection<UInt8>) throws -> ScannedReport {
        let value = try JSONValue.parse(bytes)
        guard case .number(_, let words) = value["words"], case .array(let matches) = value["matches"] else {
            throw ReportShapeError()
        }
        return ScannedReport(words: Int(words), matches: try matches.map { match in
            guard case .string(let text) = match["text"], case .number(_, let start) = match["start"],
                  case .number(_, let end) = match["end"], case .bool(let negated) = match["negated"] else {
                throw ReportShapeError()
            }
            return FoundMatch(text: text, start: Int(start), end: Int(end), negated: negated)
        })
    }

    /// Scans with the tests' own small lexicon (TestLexicon), so what is found does not change with the built-in
    /// lexicons' patterns.
    static let testLexicon = ["--lexicons", "test.lexicon", "--framework", "test"]

    /// Runs `cvfscan arguments…` with `input` in a fresh scratch folder holding `files` and test.lexicon.
    static func run(_ arguments: [String], input: [UInt8] = [], files: [String: [UInt8]] = [:]) throws
        -> CommandLineRunner.Outcome
    {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(folder) }
        for (name, bytes) in files.merging(["test.lexicon": Array(TestLexicon.text.utf8)], uniquingKeysWith: { $1 }) {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return try CommandLineRunner.run(arguments, input: input, in: folder)
    }

    static let binaryMessage = "cvfscan: standard input: this looks like binary data, not text; give cvfscan a "
        + "plain-text answer (UTF-8 or UTF-16)\n"

    // MARK: Random and undecodable bytes

    @Test("random bytes are refused as binary data (65)", arguments: [1, 2, 3] as [UInt64])
    func randomBytes(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<16_384).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: bytes)
        #expect(run.status == 65)
        #expect(run.errors == Self.binaryMessage)
        #expect(run.output.isEmpty)
    }

    @Test("random printable and high bytes are scanned, every invalid sequence replaced and counted",
          arguments: [4, 5, 6] as [UInt64])
    func randomTextLikeBytes(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<16_384).map { _ -> UInt8 in
            let byte = UInt8(truncatingIfNeeded: generator.next())
            return byte < 0x20 || byte == 0x7F ? 0x20 : byte
        }
        // The standard library replaces maximal invalid subparts exactly as cvfscan does (Unicode's recommended
        // practice); a U+FFFD already in the input is not a replacement.
        let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        let literal = zip(bytes, zip(bytes.dropFirst(), bytes.dropFirst(2)))
            .filter { $0 == 0xEF && $1.0 == 0xBF && $1.1 == 0xBD }.count
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: bytes)
        #expect(run.status == 0)
        #expect(run.errors == "cvfscan: standard input: \(replaced - literal) invalid UTF-8 sequences were replaced with \u{FFFD}\n")
        #expect(try Self.report(run.output).words > 0)
    }

    struct InvalidUTF8Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        /// Counts checked against CPython's `bytes.decode("utf-8", "replace")`.
        var replaced: Int
        var testDescription: String { name }
    }

    static let invalidUTF8Cases: [InvalidUTF8Case] = [
        InvalidUTF8Case(name: "a truncated two-byte sequence",
                        bytes: Array("I took responsibility ".utf8) + [0xC3] + Array("( for it.".utf8), replaced: 1),
        InvalidUTF8Case(name: "a lone high surrogate encoded in UTF-8 (ED A0 80)",
                        bytes: Array("I took responsibility ".utf8) + [0xED, 0xA0, 0x80] + Array(" for it.".utf8), replaced: 3),
        InvalidUTF8Case(name: "a lone low surrogate encoded in UTF-8 (ED B0 80)",
                        bytes: [0xED, 0xB0, 0x80] + Array(" I took responsibility.".utf8), replaced: 3),
        InvalidUTF8Case(name: "an overlong slash (C0 AF)", bytes: [0xC0, 0xAF] + Array("I took responsibility.".utf8), replaced: 2),
        InvalidUTF8Case(name: "a code point above U+10FFFF (F4 90 80 80)",
                        bytes: Array("I took responsibility ".utf8) + [0xF4, 0x90, 0x80, 0x80], replaced: 4),
        InvalidUTF8Case(name: "stray continuation bytes", bytes: [0x80, 0x81] + Array(" I took responsibility.".utf8), replaced: 2),
    ]

    @Test("invalid UTF-8 is replaced, counted on stderr, and the rest is scanned", arguments: invalidUTF8Cases)
    func invalidUTF8(_ invalid: InvalidUTF8Case) throws {
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: invalid.bytes)
        #expect(run.status == 0)
        let plural = invalid.replaced == 1 ? " was" : "s were"
        #expect(run.errors == "cvfscan: standard input: \(invalid.replaced) invalid UTF-8 sequence\(plural) replaced with \u{FFFD}\n")
        #expect(try Self.report(run.output).matches.map(\.text) == ["took responsibility"])
    }

    // MARK: UTF-16 and NUL

    static let answer = "I took responsibility for the caf\u{E9}\u{2019}s mistake \u{1F600} and stayed calm."

    @Test("UTF-16 with and without a byte order mark gives the report of the same answer in UTF-8",
          arguments: [(false, true), (true, true), (false, false), (true, false)])
    func utf16Answer(bigEndian: Bool, byteOrderMark: Bool) throws {
        let expected = try Self.run(["--format", "json"] + Self.testLexicon, input: Array(Self.answer.utf8))
        let utf16 = BatchTestSupport.utf16(Self.answer, bigEndian: bigEndian, byteOrderMark: byteOrderMark)
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: utf16)
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(run.output == expected.output)
        #expect(try Self.report(run.output).matches.map(\.text) == ["took responsibility", "stayed calm"])
    }

    @Test("a lone UTF-16 surrogate is replaced and said, the rest scanned")
    func loneUTF16Surrogate() throws {
        let bytes = BatchTestSupport.utf16("I took responsibility ", bigEndian: false) + [0x00, 0xD8]
            + BatchTestSupport.utf16(" for it.", bigEndian: false, byteOrderMark: false)
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: bytes)
        #expect(run.status == 0)
        #expect(run.errors == "cvfscan: standard input: 1 invalid UTF-8 sequence was replaced with \u{FFFD}\n")
        #expect(try Self.report(run.output).matches.map(\.text) == ["took responsibility"])
    }

    @Test("a NUL byte marks binary data, in UTF-8 and in UTF-16", arguments: [
        Array("I took\u{0} responsibility.".utf8),
        BatchTestSupport.utf16("I took\u{0} responsibility.", bigEndian: false),
    ])
    func nulByte(bytes: [UInt8]) throws {
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: bytes)
        #expect(run.status == 65)
        #expect(run.errors == Self.binaryMessage)
    }

    // MARK: Invisible and combining characters

    struct MatchCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var words: Int
        var matches: [String]
        var starts: [Int]
        var ends: [Int]
        var testDescription: String { name }
    }

    static let invisibleCases: [MatchCase] = [
        MatchCase(name: "a zero-width joiner inside a word", text: "I took respon\u{200D}sibility for my mistake.", words: 6,
                  matches: ["took respon\u{200D}sibility"], starts: [2], ends: [22]),
        MatchCase(name: "a zero-width joiner after a word and a joined emoji",
                  text: "I took responsibility\u{200D} for my mistake \u{1F469}\u{200D}\u{1F4BB}.", words: 6,
                  matches: ["took responsibility\u{200D}"], starts: [2], ends: [22]),
        MatchCase(name: "a combining acute accent", text: "I to\u{301}ok responsibility for my mistake.", words: 6,
                  matches: ["to\u{301}ok responsibility"], starts: [2], ends: [22]),
        MatchCase(name: "a combining cedilla", text: "I took re\u{327}sponsibility.", words: 3,
                  matches: ["took re\u{327}sponsibility"], starts: [2], ends: [22]),
        MatchCase(name: "a hundred combining marks on one letter",
                  text: "I took responsibility" + String(repeating: "\u{301}", count: 100) + ".", words: 3,
                  matches: ["took responsibility" + String(repeating: "\u{301}", count: 100)], starts: [2], ends: [121]),
    ]

    @Test("zero-width joiners and combining marks keep words whole and offsets exact", arguments: invisibleCases)
    func invisibleCharacters(_ matchCase: MatchCase) throws {
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: Array(matchCase.text.utf8))
        #expect(run.status == 0)
        #expect(run.errors == "")
        let report = try Self.report(run.output)
        #expect(report.words == matchCase.words)
        #expect(report.matches.map(\.text) == matchCase.matches)
        #expect(report.matches.map(\.start) == matchCase.starts)
        #expect(report.matches.map(\.end) == matchCase.ends)
        // Offsets are code points into the answer as given, so Python's text[start:end] is the match.
        let scalars = Array(matchCase.text.unicodeScalars)
        for match in report.matches {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[match.start..<match.end])
            #expect(String(text) == match.text)
        }
    }

    // MARK: Size

    @Test("10,000 nested negations are read with the right result", arguments: [
        MatchCase(name: "10,000 nots (an even number cancels out)",
                  text: "I did " + String(repeating: "not ", count: 10_000) + "take responsibility.",
                  words: 10_004, matches: ["take responsibility"], starts: [40_006], ends: [40_025]),
        MatchCase(name: "10,001 nested 'it is not true that'",
                  text: "It is " + String(repeating: "not true that it is ", count: 10_000) + "not true that I took responsibility.",
                  words: 50_008, matches: ["took responsibility"], starts: [200_022], ends: [200_041]),
    ])
    func nestedNegations(_ matchCase: MatchCase) throws {
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: Array(matchCase.text.utf8))
        #expect(run.status == 0)
        let report = try Self.report(run.output)
        #expect(report.words == matchCase.words)
        #expect(report.matches.map(\.text) == matchCase.matches)
        #expect(report.matches.map(\.start) == matchCase.starts)
        #expect(report.matches.map(\.end) == matchCase.ends)
        // The nots within a negation's reach (NegationDetector.window) cancel out in pairs; of the nested clauses,
        // only the innermost "not true that" reaches the match.
        #expect(report.matches.map(\.negated) == [matchCase.name.hasPrefix("10,001")])
    }

    /// One phrase repeated with no sentence end: every match used to be compared with every other one (choosing
    /// between overlapping matches) and to look back to the start of the sentence (context), so the cost grew with
    /// the square of the length (ScanSessionTests; Benchmarks/scripts/big_input.sh runs 50 MB of it).
    @Test("evidence repeated thousands of times in one endless sentence is every time found")
    func endlessSentence() throws {
        let text = String(repeating: "I took responsibility and ", count: 3_000)
        let run = try Self.run(["--format", "json"] + Self.testLexicon, input: Array(text.utf8))
        #expect(run.status == 0)
        let report = try Self.report(run.output)
        #expect(report.words == 12_000)
        #expect(report.matches.count == 3_000)
        #expect(report.matches.allSatisfy { $0.text == "took responsibility" && !$0.negated })
        #expect(report.matches.map(\.start) == (0..<3_000).map { 26 * $0 + 2 })
    }

    @Test("a 50 MB line in JSON Lines is that record's error; the records around it are scored")
    func fiftyMegabyteJSONLine() throws {
        var bytes = Array("{\"id\": \"a\", \"text\": \"I owned up.\"}\n{\"id\": \"big\", \"text\": \"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        bytes += Array("\"}\n{\"id\": \"b\", \"text\": \"I stayed calm.\"}\n".utf8)
        let run = try Self.run(["--format", "jsonl", "big.jsonl"] + Self.testLexicon, files: ["big.jsonl": bytes])
        #expect(run.status == 65)
        #expect(run.errors == "cvfscan: big.jsonl:2: this line is longer than 32 MB and was skipped\n")
        let lines = run.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1] == "{\"schema\":\"cvfscan.report/1\",\"id\":\"2\",\"error\":\"big.jsonl:2: this line is longer than 32 MB and was skipped\"}")
        #expect(try Self.report(Array(lines[0].utf8)).matches.map(\.text) == ["owned up"])
        #expect(try Self.report(Array(lines[2].utf8)).matches.map(\.text) == ["stayed calm"])
    }

    @Test("a 50 MB cell in a batch export is that row's error; the rows around it are scored")
    func fiftyMegabyteCell() throws {
        var bytes = Array("id,text\na,I owned up.\nbig,\"".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: " "), count: 50_000_000)
        bytes += Array("\"\nb,I stayed calm.\n".utf8)
        let run = try Self.run(["batch", "big.csv"] + Self.testLexicon, files: ["big.csv": bytes])
        #expect(run.status == 65)
        #expect(run.errors == "cvfscan: 1 of 3 records have an error; see the error column\n")
        let rows = try BatchTestSupport.csvRecords(run.output, chunkSize: ByteChunkReader.defaultChunkSize)
        #expect(rows.map { $0.fields.first } == ["id", "a", "big", "b"])
        #expect(rows.map { $0.fields.last } == ["error", "", "big.csv:3: field 2 is larger than 10 MB; only the first 10 MB were kept", ""])
        #expect(rows[1].fields[1] == "3")
        #expect(rows[3].fields[1] == "3")
    }

    // MARK: Files that cannot be read

    @Test("an unreadable file is no input (66), named in the message")
    func unreadableFile() throws {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer {
            chmod(folder + "/secret.txt", 0o600)
            BatchTestSupport.removeDirectory(folder)
        }
        try Data("I took responsibility.".utf8).write(to: URL(fileURLWithPath: folder + "/secret.txt"))
        #expect(chmod(folder + "/secret.txt", 0) == 0)
        // Permissions do not stop root: run as an unprivileged user then, as a recruiter's account would be.
        let asUser = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        for (command, errors) in [
            ("", "cvfscan: secret.txt: permission denied\n"),
            ("--format jsonl", "cvfscan: secret.txt: permission denied; this account is not allowed to read the file\n"),
            ("batch --input-format csv", "cvfscan: secret.txt: permission denied; this account is not allowed to read the file\n"),
        ] {
            let run = try CommandLineRunner.shell("exec \(asUser)\"$CVFSCAN\" \(command) secret.txt", in: folder)
            #expect(run.status == 66, "\(command)")
            #expect(run.errors == errors)
            #expect(run.output.isEmpty)
        }
    }

    @Test("a socket given as the answer is no input (66), named in the message")
    func socketAsInput() throws {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(folder) }
        let path = folder + "/answer.sock"
        #if canImport(Glibc)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let fits = withUnsafeMutableBytes(of: &address.sun_path) { raw in
            guard path.utf8.count < raw.count else { return false }
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
            return true
        }
        try #require(fits, "the scratch folder's path is too long for a socket address")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let run = try CommandLineRunner.run(["answer.sock"], in: folder)
        #expect(run.status == 66)
        #expect(run.errors == "cvfscan: answer.sock: cannot open: No such device or address\n")
    }

    // MARK: A reader that stops early

    /// Every command and format, with standard output a pipe nobody reads any more: the first write fails (EPIPE;
    /// SIGPIPE is ignored), and the run ends at once, quietly, with status 0.
    @Test("a closed standard output ends every command quietly with status 0", arguments: [
        ["answer.txt"], ["--explain", "--color", "always", "answer.txt"], ["--format", "json", "answer.txt"],
        ["--format", "html", "answer.txt", "answer.txt"], ["--format", "markdown", "answer.txt"],
        ["--format", "jsonl", "answers.jsonl"], ["batch", "export.csv"], ["batch", "answers.jsonl", "--format", "jsonl"],
        ["tokens", "answer.txt"], ["stem", "responsibility"], ["lexicon", "list"], ["--help"],
    ])
    func closedStandardOutput(arguments: [String]) throws {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(folder) }
        try Data("I took responsibility for my mistake and stayed calm.\n".utf8).write(to: URL(fileURLWithPath: folder + "/answer.txt"))
        try Data("{\"id\": \"1\", \"text\": \"I owned up.\"}\n".utf8).write(to: URL(fileURLWithPath: folder + "/answers.jsonl"))
        try Data("id,text\n1,I owned up.\n".utf8).write(to: URL(fileURLWithPath: folder + "/export.csv"))
        let run = try CommandLineRunner.runWithClosedOutput(arguments, in: folder)
        #expect(!run.killedBySignal)
        #expect(run.status == 0)
        #expect(run.errors == "")
    }

    @Test("cvfscan … | head -1 prints one line and ends quietly with status 0", arguments: ["text", "jsonl"])
    func headOfThePipe(format: String) throws {
        let folder = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(folder) }
        // Far more output than a pipe holds, so cvfscan is still writing when head has gone.
        let sentence = "I took responsibility for my mistake and stayed calm with the man who was shouting. "
        let input = format == "jsonl"
            ? (1...400).map { "{\"id\":\"\($0)\",\"text\":\"\(sentence)\"}\n" }.joined()
            : String(repeating: sentence, count: 400)
        try Data(input.utf8).write(to: URL(fileURLWithPath: folder + "/input"))
        let run = try CommandLineRunner.shell("""
            { "$CVFSCAN" --format \(format) --explain input 2>stderr; echo $? > status; } | head -1
            """, in: folder)
        #expect(run.status == 0)
        #expect(run.text.filter { $0 == "\n" }.count == 1)
        #expect(try String(contentsOfFile: folder + "/status", encoding: .utf8) == "0\n")
        #expect(try String(contentsOfFile: folder + "/stderr", encoding: .utf8) == "")
    }

    // MARK: Lexicons from users

    static let lexiconHead = """
        framework mine
          name: Mine
        dimension calm
          kind: value
          name: Calm
        behaviour stays-calm
          statement: We stay calm.
          source: test
          polarity: support

        """

    struct LexiconCase: Sendable, CustomTestStringConvertible {
        var name: String
        var pattern: String
        /// stderr after `cvfscan: `.
        var errors: [String]
        var testDescription: String { name }
    }

    static let junk = "unexpected character '!': patterns hold words, \"exact words\", prefix*, [optional words], "
        + "(alternatives | ...), ... gaps and a final @weight"

    static let pathologicalLexicons: [LexiconCase] = [
        LexiconCase(name: "5,000 alternatives",
                    pattern: "stayed (" + (1...5_000).map { "word\($0)" }.joined(separator: " | ") + ")",
                    errors: ["mine.lexicon:10:12: pattern expands to 5000 word sequences, more than 256: split it into several patterns"]),
        LexiconCase(name: "optional parts multiplying past the limit",
                    pattern: "stayed " + String(repeating: "[very | really] ", count: 20) + "calm",
                    errors: ["mine.lexicon:10:12: pattern expands to 1048576 word sequences, more than 256: split it into several patterns"]),
        LexiconCase(name: "100,000 nested brackets",
                    pattern: String(repeating: "(", count: 100_000) + "calm" + String(repeating: ")", count: 100_000),
                    errors: ["mine.lexicon:10:18: brackets nested too deeply: at most 6 levels"]),
        LexiconCase(name: "brackets seven deep", pattern: "stayed [(([([(calm)])]))]",
                    errors: ["mine.lexicon:10:25: brackets nested too deeply: at most 6 levels"]),
        LexiconCase(name: "a gap wider than the maximum", pattern: "stayed ...13 calm",
                    errors: ["mine.lexicon:10:19: gap of 13 words is out of range: gaps allow 1 to 12 words"]),
        LexiconCase(name: "a gap of a billion words", pattern: "stayed ...1000000000000000000000 calm",
                    errors: ["mine.lexicon:10:19: gap of 1000000000000000000000 words is out of range: gaps allow 1 to 12 words"]),
        LexiconCase(name: "100,000 characters of junk", pattern: String(repeating: "!", count: 100_000),
                    errors: (0..<10).map { "mine.lexicon:10:\(12 + $0): \(junk)" }
                        + ["mine.lexicon:10:21: too many errors in this pattern; the rest of it was not checked"]),
        LexiconCase(name: "an escape sequence in a pattern", pattern: "stayed \u{1B}[2J calm",
                    errors: ["mine.lexicon:10:19: unexpected character 'U+001B': patterns hold words, \"exact words\", "
                        + "prefix*, [optional words], (alternatives | ...), ... gaps and a final @weight",
                             "mine.lexicon:10:20: unbalanced '[': expected ']' before the end of the pattern"]),
    ]

    @Test("a pathological pattern is refused with path:line:column messages (65)", arguments: pathologicalLexicons)
    func pathologicalLexicon(_ lexiconCase: LexiconCase) throws {
        let lexicon = Self.lexiconHead + "  pattern: " + lexiconCase.pattern + "\n"
        let run = try Self.run(["--lexicons", "mine.lexicon", "--framework", "mine"], input: Array("I stayed calm.".utf8),
                               files: ["mine.lexicon": Array(lexicon.utf8)])
        #expect(run.status == 65)
        #expect(run.errors == "cvfscan: " + lexiconCase.errors.joined(separator: "\n") + "\n")
        #expect(run.output.isEmpty)
    }

    @Test("the deepest brackets, the widest gaps and the most alternatives allowed stay linear")
    func largestAllowedPatterns() throws {
        let chained = (1...40).map { "step\($0)" }.joined(separator: " ...12 ")
        let alternatives = "(" + (1...256).map { "word\($0)" }.joined(separator: " | ") + ")"
        // 256 word sequences is the most a pattern may stand for.
        let lexicon = Self.lexiconHead + """
              pattern: stayed [([([(calm)])])]
              pattern: \(chained)
              pattern: calm ...12 calm ...12 calm ...12 calm
              pattern: \(alternatives) ...12 calm

            """
        // Every word could start or continue a gap: the matcher's bounded set of states keeps this linear.
        let answer = "I stayed calm. " + String(repeating: "calm ", count: 80) + ". "
            + (1...40).map { "step\($0) and then" }.joined(separator: " ") + ". "
            + (1...256).map { "word\($0)" }.joined(separator: " ") + " calm."
        let run = try Self.run(["--lexicons", "mine.lexicon", "--framework", "mine", "--format", "json"],
                               input: Array(answer.utf8), files: ["mine.lexicon": Array(lexicon.utf8)])
        #expect(run.status == 0)
        #expect(run.errors == "")
        let matches = try Self.report(run.output).matches
        #expect(matches.first?.text == "stayed calm")
        #expect(matches.contains { $0.text == (1...40).map { "step\($0)" }.joined(separator: " and then ") })
        // Of overlapping matches of one behaviour the longest is kept: four calms with the widest gaps span 40
        // words, so 80 calms in a row are read as 2 matches of 40, side by side.
        let repeated = matches.filter { $0.text.hasPrefix("calm") }
        #expect(repeated.count == 2)
        #expect(repeated.allSatisfy { $0.text == Array(repeating: "calm", count: 40).joined(separator: " ") })
        for (left, right) in zip(repeated, repeated.dropFirst()) {
            #expect(left.end < right.start, "matches of one behaviour overlap: \(left) and \(right)")
        }
        // The longest reach of the 256 alternatives: the 13th word before "calm", across a gap of 12.
        #expect(matches.filter { $0.text.hasPrefix("word") }.map(\.text)
            == [(244...256).map { "word\($0)" }.joined(separator: " ") + " calm"])
    }
}
