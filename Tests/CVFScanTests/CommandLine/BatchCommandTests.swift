import Foundation
import Testing

@testable import CVFScan

struct BatchCommandTests {
    /// A scratch folder holding the hostile export, the test lexicon and an answers file.
    struct Workspace {
        let directory: String

        init() throws {
            directory = try BatchTestSupport.makeScratchDirectory()
            try write(BatchRunnerTests.hostileCSV, to: "export.csv")
            try write(Array(TestLexicon.text.utf8), to: "test.lexicon")
            try write(Array(BatchRunnerTests.jsonLines.utf8), to: "answers.jsonl")
        }

        func write(_ bytes: [UInt8], to name: String) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
        }

        func read(_ name: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
        }

        func run(_ arguments: [String], input: [UInt8] = []) throws -> CommandLineRunner.Outcome {
            try CommandLineRunner.run(arguments, input: input, in: directory)
        }

        func remove() {
            BatchTestSupport.removeDirectory(directory)
        }
    }

    static let testFramework = ["--lexicons", "test.lexicon", "--framework", "test"]
    static let hostileArguments = ["batch", "export.csv", "--id-column", "applicant_id", "--text-column", "answer"]
        + testFramework

    static let windows1252Note = "cvfscan: export.csv: 1 record had text that is not valid UTF-8 (1 field), read as "
        + "Windows-1252, the encoding of Excel's \"CSV (Comma delimited)\"; check quotes and accented letters there, or "
        + "export as \"CSV UTF-8\"\n"

    @Test(arguments: ["1", "2", "3"])
    func writesTheLibrarysRowsWhateverTheJobs(jobs: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let outcome = try workspace.run(Self.hostileArguments + ["--jobs", jobs])
        let runner = try BatchRunner(scanner: try BatchRunnerTests.scanner(), options: BatchRunnerTests.hostileOptions())
        var expected = BatchMemoryOutput()
        _ = try runner.run([BatchInput(bytes: BatchRunnerTests.hostileCSV, name: "export.csv", format: .csv)], to: &expected)
        #expect(outcome.output == expected.bytes)
        #expect(outcome.status == 65)
        #expect(outcome.errors == Self.windows1252Note + "cvfscan: 2 of 9 records have an error; see the error column\n")
        let rows = try BatchTestSupport.csvRecords(outcome.output, chunkSize: ByteChunkReader.defaultChunkSize)
        #expect(rows.count == 10)
        #expect(
            rows.dropFirst().map { $0.fields.first ?? "" } == [
                "A1", "A2", "'=HYPERLINK(\"http://x\")", "A4", "A5", "A6", "A7", "'@A8", "A9",
            ])
    }

    @Test func exitsZeroWhenEveryRecordIsScored() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(Array("id,text\r\nok1,I owned up.\r\nok2,\"I stayed calm, then I asked for feedback.\"\r\n".utf8), to: "clean.csv")
        let outcome = try workspace.run(["batch", "clean.csv"] + Self.testFramework)
        #expect(outcome.status == 0)
        #expect(outcome.errors == "")
        #expect(outcome.text.split(separator: "\n").count == 3)
    }

    @Test func printsTheSummaryWhenAsked() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let outcome = try workspace.run(Self.hostileArguments + ["--summary"])
        let lines = outcome.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first.map { $0 + "\n" } == Self.windows1252Note)
        #expect(lines.last?.hasPrefix("cvfscan: 9 records, 2 with errors (see the error column), ") == true)
        #expect(lines.last?.hasSuffix(" records/s") == true)
    }

    static let usageCases: [(arguments: [String], status: Int32, errors: String)] = [
        (
            ["batch", "export.csv", "--text-column", "response"] + testFramework, 64,
            "cvfscan: export.csv:1: no column named \"response\" (asked for as an answer column); the header row has: "
                + "\"applicant_id\", \"Name\", \"Answer\"\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.csv", "--id-column", "ref", "--text-column", "answer"] + testFramework, 64,
            "cvfscan: export.csv:1: no column named \"ref\" (asked for as the id column); the header row has: "
                + "\"applicant_id\", \"Name\", \"Answer\"\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.csv", "--question", "answer=test/courage"] + testFramework, 64,
            "cvfscan: question answer=test/courage: no dimension \"test/courage\"; the dimensions scored are: "
                + "test/ownership, test/calm\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.csv", "--question", "answer=wmp-values/one-team"], 64,
            "cvfscan: question answer=wmp-values/one-team: the dimension belongs to the framework wmp-values, which is "
                + "not being scored; add it with --framework wmp-values\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.csv", "--question", "answer"], 64,
            "cvfscan: question 'answer' is not COLUMN=DIMENSION, e.g. q3=cvf/collaborative\n"
                + "See 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.xlsx"], 64,
            "cvfscan: export.xlsx: cannot tell the format from the file name; name it .csv or .jsonl, or say which "
                + "with --input-format csv|jsonl\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "export.csv", "--jobs", "0"], 64,
            "cvfscan: --jobs needs a whole number from 1 to 1024, not '0'\nSee 'cvfscan batch --help'.\n"
        ),
        (
            ["batch"], 64,
            "cvfscan: 'batch' needs at least one INPUT: a .csv or .jsonl file, or - for standard input\n"
                + "See 'cvfscan batch --help'.\n"
        ),
        (
            ["batch", "missing.csv", "--text-column", "answer"], 66,
            "cvfscan: missing.csv: file not found; check the path and the spelling of the file name\n"
        ),
    ]

    @Test(arguments: usageCases)
    func refusesWhatCannotRunWithoutWritingAnything(arguments: [String], status: Int32, errors: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let outcome = try workspace.run(arguments)
        #expect(outcome.status == status)
        #expect(outcome.errors == errors)
        #expect(outcome.output.isEmpty)
    }

    @Test func writesTheOutputFileAtomically() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let toStandardOutput = try workspace.run(Self.hostileArguments)
        let toFile = try workspace.run(Self.hostileArguments + ["-o", "scores.csv", "--jobs", "2"])
        #expect(toFile.status == 65)
        #expect(toFile.output.isEmpty)
        #expect(try workspace.read("scores.csv") == toStandardOutput.output)

        // A failed run (the second input lacks the column) leaves the previous file and no temporary file.
        try workspace.write(Array("applicant_id,reply\nX1,I owned up\n".utf8), to: "other.csv")
        let failed = try workspace.run(Self.hostileArguments + ["other.csv", "-o", "scores.csv"])
        #expect(failed.status == 64)
        #expect(try workspace.read("scores.csv") == toStandardOutput.output)
        #expect(
            try BatchTestSupport.contents(ofDirectory: workspace.directory)
                == ["answers.jsonl", "export.csv", "other.csv", "scores.csv", "test.lexicon"])

        let intoMissingFolder = try workspace.run(Self.hostileArguments + ["-o", "no/such/folder/scores.csv"])
        #expect(intoMissingFolder.status == 74)
        #expect(
            intoMissingFolder.errors
                == "cvfscan: no/such/folder/scores.csv: cannot create the output file: the folder no/such/folder does not exist\n")
    }

    /// A pipe (`cvfscan batch <(unzip -p export.zip export.csv)`, a named pipe) can be read only once: the header
    /// check before the run must not consume what the run then reads.
    @Test func readsAPipeOnlyOnce() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fifo = workspace.directory + "/piped.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let expected = try workspace.run(Self.hostileArguments)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat export.csv > piped.csv"]
        writer.currentDirectoryURL = URL(fileURLWithPath: workspace.directory)
        try writer.run()
        let executable = try #require(CommandLineRunner.executable)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: executable)
        reader.arguments = Self.hostileArguments.map { $0 == "export.csv" ? "piped.csv" : $0 } + ["-o", "scores.csv"]
        reader.currentDirectoryURL = URL(fileURLWithPath: workspace.directory)
        reader.standardError = FileHandle.nullDevice
        try reader.run()
        // Reading the pipe twice would wait forever for a second writer; end such a run instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if reader.isRunning { reader.terminate() } }
        reader.waitUntilExit()
        writer.waitUntilExit()
        #expect(reader.terminationStatus == 65)
        let written = try workspace.read("scores.csv")
        #expect(written.count > 0)
        #expect(written == expected.output.replacing(Array("export.csv:".utf8), with: Array("piped.csv:".utf8)))
    }

    /// `-o /dev/null` or `-o` a named pipe must be written to, never replaced by renaming a file over it.
    @Test func writesStraightThroughToANamedPipe() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let fifo = workspace.directory + "/scores.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let expected = try workspace.run(Self.hostileArguments)
        let executable = try #require(CommandLineRunner.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Self.hostileArguments + ["-o", "scores.fifo", "--jobs", "2"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.directory)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reader = try #require(FileHandle(forReadingAtPath: fifo))
        let received = reader.readDataToEndOfFile()
        try reader.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        #expect(Array(received) == expected.output)
        var status = stat()
        #expect(stat(fifo, &status) == 0)
        #expect(UInt32(status.st_mode) & 0o170000 == 0o010000, "still a FIFO")
        #expect(try BatchTestSupport.contents(ofDirectory: workspace.directory).contains("scores.fifo"))
    }

    @Test(arguments: ["1", "2"])
    func readsAndWritesJSONLines(jobs: String) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let arguments = ["batch", "answers.jsonl", "--format", "jsonl", "--id-column", "ref", "--text-column",
                         "answers.q1", "--text-column", "answers.q2", "--question", "answers.q1=test/ownership",
                         "--jobs", jobs] + Self.testFramework
        let outcome = try workspace.run(arguments)
        let fromStandardInput = try workspace.run(
            arguments.map { $0 == "answers.jsonl" ? "-" : $0 } + ["--input-format", "jsonl"],
            input: Array(BatchRunnerTests.jsonLines.utf8))
        #expect(outcome.status == 65)
        #expect(outcome.errors == "cvfscan: 4 of 6 records have an error; see the error field\n")
        let lines = outcome.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        let values = lines.compactMap { try? JSONValue.parse($0) }
        #expect(values.count == 6)
        #expect(
            values.map { $0["id"] } == ["J1", "J2", "4", "5", "J5", "J6"].map { Optional(JSONValue.string($0)) })
        #expect(values.map { $0["error"] == nil } == [true, false, false, false, false, true])
        // Standard input is named <stdin> in messages; everything else is the same.
        #expect(fromStandardInput.text == outcome.text.replacingOccurrences(of: "answers.jsonl:", with: "<stdin>:")
            .replacingOccurrences(of: "\"input\":\"answers.jsonl\"", with: "\"input\":\"<stdin>\""))
    }

    @Test func endsQuietlyWhenTheReaderClosesTheOutput() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        var csv = "id,text\n"
        for number in 1...6000 { csv += "R\(number),I owned up and stayed calm.\n" }
        try workspace.write(Array(csv.utf8), to: "many.csv")
        let executable = try #require(CommandLineRunner.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", "many.csv", "--jobs", "2"] + Self.testFramework
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Like `head -c 100`: take a little, then close the pipe while cvfscan still has rows to write.
        let first = output.fileHandleForReading.readData(ofLength: 100)
        try output.fileHandleForReading.close()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(first.count == 100)
        #expect(process.terminationStatus == 0)
        #expect(errorText == "")
    }

    /// GNU parallel's `--pipe -k` cuts standard input into blocks of whole lines, runs one command per block and
    /// concatenates the outputs in order; the JSON Lines filter must give the same bytes that way as in one run.
    /// (Error messages name the line within the block, so only scoreable records are compared byte for byte.)
    @Test(arguments: [1, 2, 3, 7])
    func givesTheSameBytesWhenSplitIntoChunks(linesPerChunk: Int) throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let openings = ["I took responsibility for", "We stayed calm during", "I asked for feedback after",
                        "My manager blamed others for", "I organised a meeting about"]
        var lines: [String] = []
        for number in 1...20 {
            let text = "\(openings[number % openings.count]) case \(number).\\nThen I owned up to the delay."
            lines.append("{\"id\": \"P\(number)\", \"text\": \"\(text)\"}")
        }
        let arguments = ["--format", "jsonl"] + Self.testFramework
        let whole = try workspace.run(arguments, input: Array((lines.joined(separator: "\n") + "\n").utf8))
        var pieces: [UInt8] = []
        for start in stride(from: 0, to: lines.count, by: linesPerChunk) {
            let chunk = lines[start..<min(lines.count, start + linesPerChunk)].joined(separator: "\n") + "\n"
            let outcome = try workspace.run(arguments, input: Array(chunk.utf8))
            #expect(outcome.status == 0)
            pieces += outcome.output
        }
        #expect(whole.status == 0)
        #expect(whole.text.split(separator: "\n").count == 20)
        #expect(pieces == whole.output)
    }

    @Test func documentsItself() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let help = try workspace.run(["batch", "--help"])
        #expect(help.status == 0)
        #expect(help.text.hasPrefix("cvfscan batch INPUT… [OPTIONS]\n"))
        #expect(help.text.contains("--question COLUMN=DIM"))
        let main = try workspace.run(["--help"])
        #expect(main.text.contains("  cvfscan batch INPUT… [OPTIONS]"))
    }
}
