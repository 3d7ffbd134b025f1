import Foundation
import Testing

/// The exit codes documented in `--help` and the README (0 success, 64 usage, 65 bad data, 66 no input, 74 I/O
/// error), each produced by the built `cvfscan` binary with its exact message on stderr. Runs happen in a scratch
/// folder holding the files below, so paths in messages are the short relative ones a recruiter types.
@Suite("Exit codes")
struct ExitCodeTests {
    static let documentedStatuses: Set<Int32> = [0, 64, 65, 66, 74]

    struct ExitCase: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var input: String = ""
        var status: Int32
        /// The whole of stderr.
        var errors: String
        var testDescription: String { name }
    }

    static let answer = "I took responsibility for my mistake and put it right.\n"
    static let seeHelp = "\nSee 'cvfscan --help'.\n"

    static let lexiconErrors = """
        cvfscan: bad.lexicon:7:3: unknown behaviour property 'colour:': expected statement, source, polarity, level, note, pattern, against or vocabulary
        bad.lexicon:11:19: unbalanced '(': expected ')' before the end of the pattern

        """

    static let cases: [ExitCase] = [
        // 0
        ExitCase(name: "an answer file", arguments: ["answer.txt"], status: 0, errors: ""),
        ExitCase(name: "an answer on standard input", arguments: ["--format", "json"], input: answer, status: 0, errors: ""),
        ExitCase(name: "--help", arguments: ["--help"], status: 0, errors: ""),
        ExitCase(name: "--version", arguments: ["--version"], status: 0, errors: ""),
        ExitCase(name: "tokens of a file", arguments: ["tokens", "answer.txt"], status: 0, errors: ""),
        ExitCase(name: "a clean batch", arguments: ["batch", "clean.csv"], status: 0, errors: ""),
        // 64
        ExitCase(name: "an unknown option", arguments: ["--bogus", "answer.txt"], status: 64,
                 errors: "cvfscan: unknown option '--bogus'" + seeHelp),
        ExitCase(name: "a misspelt option", arguments: ["--formt", "json"], status: 64,
                 errors: "cvfscan: unknown option '--formt'; did you mean '--format'?" + seeHelp),
        ExitCase(name: "an unknown format", arguments: ["--format", "yaml"], status: 64,
                 errors: "cvfscan: unknown format 'yaml': expected text, json, jsonl, html, markdown" + seeHelp),
        ExitCase(name: "an option without its value", arguments: ["--format"], status: 64,
                 errors: "cvfscan: option '--format' needs a value" + seeHelp),
        ExitCase(name: "an option given twice", arguments: ["--format", "json", "--format", "text"], status: 64,
                 errors: "cvfscan: option '--format' is given twice" + seeHelp),
        ExitCase(name: "a flag given a value", arguments: ["--explain=yes"], status: 64,
                 errors: "cvfscan: option '--explain' takes no value" + seeHelp),
        ExitCase(name: "an unknown colour choice", arguments: ["--color", "sometimes", "answer.txt"], status: 64,
                 errors: "cvfscan: unknown --color 'sometimes': expected always, never or auto" + seeHelp),
        ExitCase(name: "an unknown framework", arguments: ["--framework", "nope", "answer.txt"], status: 64,
                 errors: "cvfscan: unknown framework 'nope'; the loaded frameworks are cvf, cvf-2016, wmp-values, "
                    + "wmp-people-deal, wmp-leadership-promise (or 'all')" + seeHelp),
        ExitCase(name: "lexicon without a subcommand", arguments: ["lexicon"], status: 64,
                 errors: "cvfscan: 'lexicon' needs a subcommand: check or list" + seeHelp),
        ExitCase(name: "tokens of two files", arguments: ["tokens", "answer.txt", "answer.txt"], status: 64,
                 errors: "cvfscan: 'tokens' takes at most one FILE" + seeHelp),
        ExitCase(name: "calibrate without a corpus", arguments: ["calibrate"], status: 64,
                 errors: "cvfscan: 'calibrate' needs one CORPUS file (.jsonl or .csv)" + seeHelp),
        // 65
        ExitCase(name: "an empty file", arguments: ["empty.txt"], status: 65,
                 errors: "cvfscan: empty.txt: the answer is empty; there is nothing to scan\n"),
        ExitCase(name: "only white space on standard input", arguments: [], input: " \n\t\r\n", status: 65,
                 errors: "cvfscan: standard input: the answer is empty; there is nothing to scan\n"),
        ExitCase(name: "binary data", arguments: ["binary.bin"], status: 65,
                 errors: "cvfscan: binary.bin: this looks like binary data, not text; give cvfscan a plain-text answer (UTF-8 or UTF-16)\n"),
        ExitCase(name: "binary data through --format jsonl", arguments: ["--format", "jsonl", "binary.bin"], status: 65,
                 errors: "cvfscan: binary.bin: this does not look like a text file (it contains NUL bytes or control "
                    + "characters); if it is an Excel workbook, save it as \"CSV UTF-8 (Comma delimited)\" first\n"),
        ExitCase(name: "a JSON Lines line that is not JSON", arguments: ["--format", "jsonl"],
                 input: "{\"id\": \"a\", \"text\": \"I stayed calm.\"}\n{\"id\": \"b\", \"text\": }\n", status: 65,
                 errors: "cvfscan: <stdin>:2:21: invalid JSON: unexpected character '}'; expected a JSON value (object, array, string, number, true, false or null)\n"),
        ExitCase(name: "a malformed lexicon", arguments: ["--lexicons", "bad.lexicon", "answer.txt"], status: 65,
                 errors: lexiconErrors),
        ExitCase(name: "a malformed lexicon and an unknown framework: the lexicon first",
                 arguments: ["--lexicons", "bad.lexicon", "--framework", "nope", "answer.txt"], status: 65, errors: lexiconErrors),
        ExitCase(name: "lexicon check of a malformed lexicon (errors on stdout)", arguments: ["lexicon", "check", "bad.lexicon"],
                 status: 65, errors: ""),
        ExitCase(name: "a lexicon saved as Windows-1252", arguments: ["--lexicons", "windows-1252.lexicon", "answer.txt"], status: 65,
                 errors: """
                    cvfscan: windows-1252.lexicon:7:27: byte 0x93 is not UTF-8: save the file with UTF-8 encoding
                    windows-1252.lexicon:11:15: byte 0xE9 is not UTF-8: save the file with UTF-8 encoding

                    """),
        ExitCase(name: "a calibration file that is not one", arguments: ["--calibration", "bad-calibration.json", "answer.txt"],
                 status: 65, errors: "cvfscan: bad-calibration.json: expected schema \"cvfscan.calibration/1\" but found no "
                    + "\"schema\" key; re-run `cvfscan calibrate` with this version to regenerate the file\n"),
        // 66
        ExitCase(name: "a missing file", arguments: ["missing.txt"], status: 66, errors: "cvfscan: missing.txt: no such file\n"),
        ExitCase(name: "a folder as the answer", arguments: ["folder"], status: 66, errors: "cvfscan: folder: is a folder, not a file\n"),
        ExitCase(name: "a path through a file", arguments: ["answer.txt/inside"], status: 66,
                 errors: "cvfscan: answer.txt/inside: cannot open: Not a directory\n"),
        ExitCase(name: "one good file, one missing, one folder: every problem said, the good one scored",
                 arguments: ["answer.txt", "missing.txt", "folder"], status: 66,
                 errors: "cvfscan: missing.txt: no such file\ncvfscan: folder: is a folder, not a file\n"),
        ExitCase(name: "a missing lexicon", arguments: ["--lexicons", "missing.lexicon", "answer.txt"], status: 66,
                 errors: "cvfscan: missing.lexicon: no such file or folder\n"),
        ExitCase(name: "a lexicon folder without lexicons", arguments: ["--lexicons", "folder", "answer.txt"], status: 66,
                 errors: "cvfscan: folder: the folder holds no *.lexicon files\n"),
        ExitCase(name: "a missing JSON Lines file", arguments: ["--format", "jsonl", "missing.jsonl"], status: 66,
                 errors: "cvfscan: missing.jsonl: file not found; check the path and the spelling of the file name\n"),
        ExitCase(name: "tokens of a missing file", arguments: ["tokens", "missing.txt"], status: 66,
                 errors: "cvfscan: missing.txt: no such file\n"),
        ExitCase(name: "a missing corpus", arguments: ["calibrate", "missing.jsonl"], status: 66,
                 errors: "cvfscan: missing.jsonl: cannot read the marked corpus: missing.jsonl: file not found; check the path and the spelling of the file name\n"),
    ]

    /// A scratch folder with the files the cases name, removed by the caller.
    static func makeFolder() throws -> String {
        let folder = try BatchTestSupport.makeScratchDirectory()
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        try write("answer.txt", Array(answer.utf8))
        try write("empty.txt", [])
        try write("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
        try write("clean.csv", Array("id,text\n1,I owned up.\n".utf8))
        try write("bad-calibration.json", Array("{\"thresholds\": 3}".utf8))
        try write("bad.lexicon", Array(Self.badLexicon.utf8))
        // Smart quotes and an accent as Windows-1252 bytes, as Notepad or Excel may save them.
        try write("windows-1252.lexicon", Array(Self.lexiconHead.utf8)
            + Array("  statement: We stay calm ".utf8) + [0x93] + Array("always".utf8) + [0x94] + Array(".\n".utf8)
            + Array("  source: test\n  polarity: support\n  pattern: stayed calm\n  pattern: caf".utf8) + [0xE9]
            + Array(" calm\n".utf8))
        try FileManager.default.createDirectory(atPath: folder + "/folder", withIntermediateDirectories: false)
        return folder
    }

    static let lexiconHead = """
        framework mine
          name: Mine
        dimension calm
          kind: value
          name: Calm
        behaviour stays-calm

        """

    static let badLexicon = lexiconHead + """
          colour: blue
          statement: We stay calm.
          source: test
          polarity: support
          pattern: stayed (calm | composed

        """

    @Test("documented exit status and exact message", arguments: cases)
    func exitStatus(_ exitCase: ExitCase) throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let run = try CommandLineRunner.run(exitCase.arguments, input: Array(exitCase.input.utf8), in: folder)
        #expect(run.status == exitCase.status)
        #expect(run.errors == exitCase.errors)
        #expect(!run.killedBySignal)
        #expect(Self.documentedStatuses.contains(run.status))
        // Success always prints something; a usage error or a refused single input prints nothing.
        if exitCase.status == 0 { #expect(!run.output.isEmpty) }
        if exitCase.status == 64 { #expect(run.output.isEmpty) }
    }

    @Test("lexicon check prints every error as path:line:column: message, then a count")
    func lexiconCheck() throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let run = try CommandLineRunner.run(["lexicon", "check", "bad.lexicon", "windows-1252.lexicon"], in: folder)
        #expect(run.status == 65)
        #expect(run.text == """
            bad.lexicon:7:3: unknown behaviour property 'colour:': expected statement, source, polarity, level, note, pattern, against or vocabulary
            bad.lexicon:11:19: unbalanced '(': expected ')' before the end of the pattern
            windows-1252.lexicon:7:27: byte 0x93 is not UTF-8: save the file with UTF-8 encoding
            windows-1252.lexicon:11:15: byte 0xE9 is not UTF-8: save the file with UTF-8 encoding
            1 frameworks, 1 dimensions, 1 behaviours, 0 patterns: 4 errors, 0 warnings

            """)
    }

    @Test("a missing calibration file is no input (66); the reason comes from the system")
    func missingCalibration() throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let run = try CommandLineRunner.run(["--calibration", "missing.json", "answer.txt"], in: folder)
        #expect(run.status == 66)
        #expect(run.errors.hasPrefix("cvfscan: missing.json: cannot read the calibration file: "))
    }

    @Test("a folder on standard input is no input (66), named as standard input",
          arguments: [
            ([], "cvfscan: standard input: is a folder, not a file\n"),
            (["--format", "jsonl"], "cvfscan: <stdin>: this is a folder, not a file; name a CSV or JSON Lines file inside it\n"),
            (["batch", "-"], "cvfscan: <stdin>: this is a folder, not a file; name a CSV or JSON Lines file inside it\n"),
          ])
    func folderOnStandardInput(arguments: [String], errors: String) throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let run = try CommandLineRunner.shell("\"$CVFSCAN\" \(quoted) < folder", in: folder)
        #expect(run.status == 66)
        #expect(run.errors == errors)
    }

    @Test("an output that cannot be written is an I/O error (74)",
          arguments: [["answer.txt"], ["--format", "jsonl", "answers.jsonl"], ["batch", "clean.csv"], ["tokens", "answer.txt"]])
    func fullDisk(arguments: [String]) throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        try Data("{\"id\": \"1\", \"text\": \"I owned up.\"}\n".utf8).write(to: URL(fileURLWithPath: folder + "/answers.jsonl"))
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)")
        let run = try CommandLineRunner.shell("\"$CVFSCAN\" \(arguments.joined(separator: " ")) > /dev/full", in: folder)
        #expect(run.status == 74)
        #expect(run.errors == "cvfscan: cannot write output: No space left on device\n")
    }

    /// Reading /proc/self/mem from its start fails with EIO: a real read error, every time, without a broken disk.
    @Test("an input that cannot be read is an I/O error (74)", arguments: [
        ([] as [String], "cvfscan: /proc/self/mem: read error: Input/output error\n"),
        (["tokens"], "cvfscan: /proc/self/mem: read error: Input/output error\n"),
        (["--format", "jsonl"], "cvfscan: /proc/self/mem: reading the file failed: Input/output error\n"),
        (["batch", "--input-format", "csv"], "cvfscan: /proc/self/mem: reading the file failed: Input/output error\n"),
    ])
    func readError(arguments: [String], errors: String) throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        try #require(FileManager.default.fileExists(atPath: "/proc/self/mem"), "needs /proc (Linux)")
        let run = try CommandLineRunner.run(arguments + ["/proc/self/mem"], in: folder)
        #expect(run.status == 74)
        #expect(run.errors == errors)
        #expect(run.output.isEmpty)
    }

    @Test("an answer over the 64 MiB maximum is refused with a clear message (65), from a file and from standard input")
    func oversizedAnswer() throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: (64 << 20) + 1)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/huge.txt"))
        let advice = "the answer is larger than 64 MiB, the most cvfscan scans as one answer; split it, or put one "
            + "answer per line and use --format jsonl or 'cvfscan batch'\n"
        let fromFile = try CommandLineRunner.run(["huge.txt"], in: folder)
        #expect(fromFile.status == 65)
        #expect(fromFile.errors == "cvfscan: huge.txt: " + advice)
        #expect(fromFile.output.isEmpty)
        let fromInput = try CommandLineRunner.run(["--format", "json"], input: bytes, in: folder)
        #expect(fromInput.status == 65)
        #expect(fromInput.errors == "cvfscan: standard input: " + advice)
    }

    /// The statuses listed under EXIT CODES in `--help` and in the README's "Exit codes" table.
    @Test("--help and the README list exactly the documented exit codes")
    func documentation() throws {
        let folder = try Self.makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        let help = try CommandLineRunner.run(["--help"], in: folder).text
        let section = try #require(help.range(of: "EXIT CODES\n")).upperBound
        let helpCodes = help[section...].split(separator: "\n").prefix { $0.hasPrefix("  ") }
            .compactMap { Int32($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) }
        #expect(Set(helpCodes) == Self.documentedStatuses)
        #expect(helpCodes.count == Self.documentedStatuses.count)

        let readmeURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        let readme = try String(contentsOf: readmeURL, encoding: .utf8)
        let table = try #require(readme.range(of: "### Exit codes\n")).upperBound
        let readmeCodes = readme[table...].split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
            .compactMap { Int32($0.dropFirst().trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) }
        #expect(readmeCodes == helpCodes)
    }
}
