import Foundation
import Testing

@testable import CVFScan

/// Text from strangers that attacks whoever reads the output, through the built `cvfscan`: markup and script for
/// the HTML page, escape sequences for the terminal (standard output and standard error), links for Markdown,
/// formulas for the spreadsheet. The writers have their own unit tests (ReportSafetyTests, ReportEscapingTests,
/// CSVWriterTests); these cover every path from input to output, one test per path, so that a later change
/// anywhere on it cannot quietly undo the escaping.
@Suite("Output safety through the command line")
struct OutputSafetyTests {
    static let hostileAnswer = "<script>alert(\"x\")</script> I took responsibility\" onmouseover=\"alert(1)\" and owned up.\n"
        + "<a href=\"javascript:alert(1)\">click</a> <img src=x onerror=alert(1)> I stayed calm & reassured them.\n"
        + "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mred\u{1B}[0m \u{9B}31m \u{202E}desrever\u{202C} I asked for feedback.\n"
        + "I owned up [link](javascript:alert(1)) ![img](http://evil.example/x.png) | a | b |\n"
        + "=HYPERLINK(\"http://evil.example\") +cmd @SUM(A1) -2+3 \u{2028} line separator\n"
    /// The file name is the report's id, shown in every heading.
    static let hostileName = "<b onclick=alert(1)>x<\u{1B}]0;t\u{07}.txt"

    /// A scratch folder with the hostile answer under the hostile name, and a second answer.
    static func makeFolder() throws -> String {
        let folder = try BatchTestSupport.makeScratchDirectory()
        try Data(hostileAnswer.utf8).write(to: URL(fileURLWithPath: folder + "/" + hostileName))
        try Data("I took responsibility for my mistake \u{1B}[2J and stayed calm.".utf8)
            .write(to: URL(fileURLWithPath: folder + "/second.txt"))
        return folder
    }

    static func run(_ arguments: [String], input: String = "", files: [String: String] = [:]) throws -> CommandLineRunner.Outcome {
        let folder = try makeFolder()
        defer { BatchTestSupport.removeDirectory(folder) }
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return try CommandLineRunner.run(arguments, input: Array(input.utf8), in: folder, environment: ["COLUMNS": "100"])
    }

    /// Anything a terminal would act on, or that reorders what it shows: C0 controls but line feed and tab, DEL,
    /// C1 controls, bidirectional overrides and isolates. With `styles`, the writer's own SGR escapes
    /// (`ESC [ digits ; m`) are allowed and skipped.
    static func terminalHazards(in text: String, styles: Bool = false) -> [String] {
        var hazards: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if styles, scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    index = end + 1
                    continue
                }
            }
            let value = scalars[index].value
            let control = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            let reordering = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if control || reordering { hazards.append("U+" + String(value, radix: 16, uppercase: true)) }
            index += 1
        }
        return hazards
    }

    // MARK: HTML

    @Test("HTML: only the writer's own tags and attributes, links within the page, applicant text escaped",
          arguments: [[], ["--explain"]], [[hostileName], [hostileName, "second.txt"]])
    func html(options: [String], inputs: [String]) throws {
        let run = try Self.run(["--format", "html"] + options + inputs)
        #expect(run.status == 0)
        let page = run.text
        #expect(HTMLStructure.problem(in: page) == nil)
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(page.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;"))
        #expect(page.contains("&lt;b onclick=alert(1)&gt;x&lt;"))
        #expect(Self.terminalHazards(in: page).isEmpty)
        #expect(!page.contains("]0;pwned"))
    }

    @Test("batch HTML: the page for a campaign escapes ids and answers from the export")
    func batchHTML() throws {
        let export = "id,text\n\"<b onclick=alert(1)>\u{1B}]0;x\u{07}\",\"" + Self.hostileAnswer.replacingOccurrences(of: "\"", with: "\"\"")
            + "\"\n=cmd,I owned up.\n"
        let run = try Self.run(["batch", "export.csv", "--format", "html"], files: ["export.csv": export])
        #expect(run.status == 0)
        let page = run.text
        #expect(HTMLStructure.problem(in: page) == nil)
        #expect(page.contains("&lt;b onclick=alert(1)&gt;"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(Self.terminalHazards(in: page).isEmpty)
    }

    // MARK: Terminal

    @Test("terminal report: no escape from the input, only the writer's own colours", arguments: [
        ["--color", "always"], ["--color", "always", "--explain"], ["--color", "never", "--explain"],
    ])
    func terminal(options: [String]) throws {
        let run = try Self.run(options + [Self.hostileName, "second.txt"])
        #expect(run.status == 0)
        let colour = options.contains("always")
        #expect(run.text.contains("\u{1B}[") == colour)
        #expect(Self.terminalHazards(in: run.text, styles: colour) == [])
        #expect(!run.text.contains("]0;pwned"))
        #expect(!run.text.contains("[2J"))
    }

    @Test("tokens and stem print no escape from the input")
    func developerCommands() throws {
        let tokens = try Self.run(["tokens", Self.hostileName])
        #expect(tokens.status == 0)
        #expect(Self.terminalHazards(in: tokens.text).isEmpty)
        let stems = try Self.run(["stem"], input: "respons\u{1B}]0;pwned\u{07}ibility\nowned\u{9B}2J\n")
        #expect(stems.status == 0)
        #expect(stems.text.filter { $0 == "\n" }.count == 2)
        #expect(Self.terminalHazards(in: stems.text).isEmpty)
    }

    // MARK: Markdown

    @Test("Markdown: links, images, tables, HTML and escapes from the answer stay text", arguments: [[], ["--explain"]])
    func markdown(options: [String]) throws {
        let run = try Self.run(["--format", "markdown"] + options + [Self.hostileName])
        #expect(run.status == 0)
        let output = run.text
        // Markdown shows a backslash-escaped character as itself: every '<' must be escaped.
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" {
            #expect(index > 0 && scalars[index - 1] == "\\", "an unescaped '<' in the Markdown")
        }
        #expect(output.contains("\\<script\\>"))
        #expect(!output.contains("](javascript"))
        #expect(!output.contains("](http"))
        #expect(output.contains("\\[link\\]\\(javascript\\:alert\\(1\\)\\)"))
        #expect(Self.terminalHazards(in: output).isEmpty)
    }

    // MARK: JSON

    @Test("JSON: controls and line separators from the answer are escaped, one report per line",
          arguments: [["--format", "json", "--explain", hostileName, "second.txt"], ["--format", "jsonl"]])
    func json(arguments: [String]) throws {
        let lines = [
            "{\"id\": \"<b>\\u001b]0;x\\u0007\", \"text\": \"I owned up \\u001b[2J\\u2028 =1+2\"}",
            "{\"id\": \"2\", \"text\": \"I stayed calm \\u009b31m.\"}",
        ]
        let run = try Self.run(arguments, input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let outputLines = run.output.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(outputLines.count == 3 && outputLines[2].isEmpty)
        for line in outputLines.dropLast() {
            #expect(!line.contains { $0 < 0x20 })
            #expect(Self.terminalHazards(in: String(decoding: line, as: UTF8.self)).isEmpty)
            #expect(!String(decoding: line, as: UTF8.self).contains("\u{2028}"))
            #expect(try JSONValue.parse(Array(line))["schema"] == .string("cvfscan.report/1"))
        }
    }

    // MARK: Standard error

    /// Messages quote the input: a JSON record's keys, a CSV header, a lexicon's text. Standard error is usually a
    /// terminal, so none of it may carry an escape.
    @Test("error messages quoting the input carry no escape", arguments: [
        (["--format", "jsonl"], "{\"id\": \"1\", \"t\\u001b]0;pwned\\u0007xt\": \"I owned up\"}\n", [:],
         "cvfscan: <stdin>:1: no field \"text\" in this record; its keys are: \"id\", \"txt\"\n"),
        (["batch", "export.csv", "--text-column", "answer"], "", ["export.csv": "id,\u{1B}[2Jreply\u{1B}]0;x\u{07}\n1,I owned up\n"],
         "cvfscan: export.csv:1: no column named \"answer\" (asked for as an answer column); the header row has: \"id\", \"reply\"\n"
            + "See 'cvfscan batch --help'.\n"),
        (["--lexicons", "mine.lexicon", "--framework", "mine"], "I stayed calm.",
         ["mine.lexicon": "framework mine\n  name: Mine\ndimension calm\u{1B}]0;x\u{07}\n"],
         "cvfscan: mine.lexicon:3:11: invalid id 'calm': ids are lower-case letters, digits and single hyphens, e.g. 'take-ownership'\n"),
    ] as [([String], String, [String: String], String)])
    func standardError(arguments: [String], input: String, files: [String: String], errors: String) throws {
        let run = try Self.run(arguments, input: input, files: files)
        #expect(run.errors == errors)
        #expect(Self.terminalHazards(in: run.errors).isEmpty)
    }

    // MARK: Lexicon and calibration tables

    static let escapingLexicon = """
        framework mine
          name: Mine\u{1B}]0;pwned\u{07}
          edition: 2024\u{1B}[2J
        dimension calm
          kind: value
          name: Calm\u{202E}mlac
        behaviour stays-calm
          statement: We stay calm.
          source: test
          polarity: support
          pattern: stayed calm

        """

    @Test("lexicon list and lexicon check print no escape from a user's lexicon")
    func lexiconTables() throws {
        let list = try Self.run(["lexicon", "list", "--lexicons", "mine.lexicon"], files: ["mine.lexicon": Self.escapingLexicon])
        #expect(list.status == 0)
        #expect(list.text.hasSuffix("mine — Mine, 2024\n  mine/calm  value       1 behaviours, 1 patterns  Calmmlac\n"))
        #expect(Self.terminalHazards(in: list.text).isEmpty)
        let broken = Self.escapingLexicon + "  pattern: owned up \u{1B}[31m\n"
        let check = try Self.run(["lexicon", "check", "mine.lexicon"], files: ["mine.lexicon": broken])
        #expect(check.status == 65)
        #expect(check.text.hasPrefix("mine.lexicon:12:21: unexpected character 'U+001B': "))
        #expect(Self.terminalHazards(in: check.text).isEmpty)
    }

    @Test("the calibration table prints no escape from the corpus's group names")
    func calibrationTable() throws {
        let corpus = (0..<8).map { number in
            "{\"id\": \"\(number)\", \"text\": \"I took responsibility for my mistake.\", "
                + "\"ratings\": {\"cvf/take-ownership\": \(number % 4)}, \"group\": \"g\\u001b[2J\(number % 2)\"}\n"
        }.joined()
        let run = try Self.run(["calibrate", "corpus.jsonl", "--bootstrap", "0", "--folds", "2"], files: ["corpus.jsonl": corpus])
        #expect(run.status == 0)
        #expect(run.text.contains("  g0  "))
        #expect(Self.terminalHazards(in: run.text).isEmpty)
    }

    // MARK: CSV

    /// Every cell of `cvfscan batch`'s CSV that starts like a formula gets a leading quote, whichever input it came
    /// from: ids from a CSV or JSON Lines export, and the error cell, which starts with the input's name.
    @Test("batch CSV: a cell a spreadsheet would run as a formula is written as text", arguments: [
        ("=cmd.csv", "id,text\n=HYPERLINK(\"http://evil.example\"),I owned up.\n+1,\n@SUM(A1),I stayed calm.\n"),
        ("+cmd.jsonl", "{\"id\": \"=HYPERLINK(\\\"http://evil.example\\\")\", \"text\": \"I owned up.\"}\n{\"id\": \"+1\", \"text\": \"\"}\n"
            + "{\"id\": \"@SUM(A1)\", \"text\": \"I stayed calm.\"}\n"),
    ])
    func batchCSV(name: String, export: String) throws {
        let run = try Self.run(["batch", name], files: [name: export])
        #expect(run.status == 65)
        let rows = try BatchTestSupport.csvRecords(run.output, chunkSize: ByteChunkReader.defaultChunkSize)
        #expect(rows.map { $0.fields.first } == ["id", "'=HYPERLINK(\"http://evil.example\")", "'+1", "'@SUM(A1)"])
        let line = name.hasSuffix(".csv") ? 3 : 2
        #expect(rows[2].fields.last == "'\(name):\(line): the answer is empty")
        // The raw bytes too: no line of the file starts a cell with a formula character.
        for row in run.text.split(separator: "\n") {
            for cell in row.split(separator: ",", omittingEmptySubsequences: false) {
                let content = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                #expect(!(content.first.map { "=+-@\t\r".contains($0) } ?? false), "\(row)")
            }
        }
    }
}
