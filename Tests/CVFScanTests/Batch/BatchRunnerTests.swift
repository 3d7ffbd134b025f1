import Foundation
import Testing

@testable import CVFScan

/// Batch runs over hostile exports: every record in gets one row out, in order, with the engine's own scores, and
/// the output does not depend on the number of jobs or the window size.
struct BatchRunnerTests {
    /// What an applicant tracking system's export can look like: a byte order mark, CRLF, quoted cells with commas,
    /// doubled quotes and line breaks, formula-like cells, Windows-1252 smart quotes, a 1 MB cell, an empty
    /// answer, a row too short to have the answer, and a last row without a line break.
    /// About 1 MB. Mostly words no pattern matches: the engine resolves overlapping matches in quadratic time, so
    /// a megabyte of repeated evidence would test the engine's patience rather than the batch.
    static let bigAnswer = String(repeating: "The queue kept growing while the shift went on. ", count: 21_500)
        + "I stayed calm and reassured them."

    static let hostileRows: [(id: String, line: Int, answer: String?)] = [
        ("A1", 2, "I took responsibility and stayed calm."),
        ("A2", 3, "She said \"no\", so I owned up.\r\nThen I asked for feedback."),
        ("=HYPERLINK(\"http://x\")", 5, "=1+2 I stayed calm"),
        ("A4", 6, ""),
        ("A5", 7, nil),
        ("A6", 8, "I \u{201C}owned up\u{201D} quickly."),
        ("A7", 9, bigAnswer),
        ("@A8", 10, "\t-I reassured the caller"),
        ("A9", 11, "final row without a line break, I blamed others"),
    ]

    static let hostileCSV: [UInt8] = {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array("applicant_id,Name,Answer\r\n".utf8)
        bytes += Array("A1,Smith,I took responsibility and stayed calm.\r\n".utf8)
        bytes += Array("A2,\"O'Neil, Pat\",\"She said \"\"no\"\", so I owned up.\r\nThen I asked for feedback.\"\r\n".utf8)
        bytes += Array("\"=HYPERLINK(\"\"http://x\"\")\",Evil,=1+2 I stayed calm\r\n".utf8)
        bytes += Array("A4,Empty,\r\n".utf8)
        bytes += Array("A5,Short\r\n".utf8)
        bytes += Array("A6,Bytes,I ".utf8) + [0x93] + Array("owned up".utf8) + [0x94] + Array(" quickly.\r\n".utf8)
        bytes += Array("A7,Big,\(bigAnswer)\r\n".utf8)
        bytes += Array("@A8,Tab,\"\t-I reassured the caller\"\r\n".utf8)
        bytes += Array("A9,Last,\"final row without a line break, I blamed others\"".utf8)
        return bytes
    }()

    static func scanner() throws -> EvidenceScanner {
        try #require(TestLexicon.scanner)
    }

    static func run(
        _ inputs: [BatchInput], options: BatchOptions, progress: ((BatchProgress) -> Void)? = nil
    ) throws -> (output: BatchMemoryOutput, summary: BatchSummary) {
        let runner = try BatchRunner(scanner: try scanner(), options: options)
        var output = BatchMemoryOutput()
        let summary = try runner.run(inputs, to: &output, progress: progress)
        return (output, summary)
    }

    static func hostileOptions(jobs: Int = 1, windowRecords: Int = 1024) -> BatchOptions {
        BatchOptions(idColumn: "applicant_id", textColumns: ["answer"], jobs: jobs, windowRecords: windowRecords)
    }

    static var hostileInput: BatchInput {
        BatchInput(bytes: hostileCSV, name: "hostile.csv", format: .csv)
    }

    /// The CSV cells the batch must write for one answer: the engine's own report of it.
    static func expectedCells(id: String, answer: String, scanner: EvidenceScanner) -> [String] {
        let report = scanner.scan(answer, id: id)
        var cells = [id, String(report.wordCount)]
        for dimension in report.dimensions {
            cells += [String(dimension.score), dimension.band.rawValue]
        }
        cells.append(report.flags.map(\.id).joined(separator: ";"))
        cells.append("")
        return cells
    }

    @Test func writesOneRowPerRecordInOrderWithTheEnginesScores() throws {
        let scanner = try Self.scanner()
        let (output, summary) = try Self.run([Self.hostileInput], options: Self.hostileOptions())
        let rows = try BatchTestSupport.csvRecords(output.bytes, chunkSize: ByteChunkReader.defaultChunkSize)
        #expect(
            rows.first?.fields == [
                "id", "words", "test/ownership.score", "test/ownership.band", "test/calm.score", "test/calm.band",
                "flags", "error",
            ])
        #expect(rows.count == Self.hostileRows.count + 1)
        #expect(
            rows.dropFirst().map { $0.fields.first ?? "" } == [
                "A1", "A2", "'=HYPERLINK(\"http://x\")", "A4", "A5", "A6", "A7", "'@A8", "A9",
            ])
        for (row, expected) in zip(rows.dropFirst(), Self.hostileRows) {
            let id = row.fields.first ?? ""
            switch expected.answer {
            case .some(let answer) where !answer.isEmpty:
                var cells = Self.expectedCells(id: expected.id, answer: answer, scanner: scanner)
                cells[0] = id
                #expect(row.fields == cells, "row of \(expected.id)")
            case .some:
                #expect(row.fields == [id, "", "", "", "", "", "", "hostile.csv:\(expected.line): the answer is empty"])
            case .none:
                let message = BatchInputError.recordTooShort(
                    path: "hostile.csv", line: expected.line, column: "Answer", fieldCount: 2
                ).description
                #expect(row.fields == [id, "", "", "", "", "", "", message])
            }
        }
        #expect(summary.records == 9)
        #expect(summary.recordsWithErrors == 2)
        #expect(
            summary.inputs == [
                BatchInputSummary(
                    name: "hostile.csv", format: .csv, encoding: .utf8WithByteOrderMark, records: 9,
                    recordsWithErrors: 2, recordsDecodedAsWindows1252: 1, fieldsDecodedAsWindows1252: 1)
            ])
    }

    @Test func neutralisesFormulasInIdsAndKeepsNumbersPlain() throws {
        let (output, _) = try Self.run([Self.hostileInput], options: Self.hostileOptions())
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\",") })
        #expect(lines.contains { $0.hasPrefix("'@A8,") })
        #expect(!lines.contains { $0.hasPrefix("=") || $0.hasPrefix("@") || $0.hasPrefix("+") || $0.hasPrefix("-") })
    }

    @Test func writesOneHTMLPageWithASectionPerRecordAndNobodyMissing() throws {
        var options = Self.hostileOptions()
        options.outputFormat = .html
        let (output, summary) = try Self.run([Self.hostileInput], options: options)
        let page = output.text
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>\n"))
        // Every record, scored or not, has its own section and summary row, numbered in input order.
        for number in 1...9 {
            #expect(page.contains("id=\"applicant-\(number)\""), "section \(number)")
            #expect(page.contains("<a href=\"#applicant-\(number)\">"), "summary row \(number)")
        }
        #expect(!page.contains("id=\"applicant-10\""))
        #expect(page.components(separatedBy: "<article class=\"report unscored\"").count - 1 == 2)
        #expect(page.contains("<li>hostile.csv:6: the answer is empty</li>"))
        // Applicant text and ids are escaped: the formula id shows as text, quotes as entities.
        #expect(page.contains("=HYPERLINK(&quot;http://x&quot;)"))
        #expect(!page.contains("=HYPERLINK(\"http"))
        #expect(summary.records == 9)
        #expect(summary.recordsWithErrors == 2)
        var parallel = options
        parallel.jobs = 2
        parallel.windowRecords = 2
        #expect(try Self.run([Self.hostileInput], options: parallel).output.bytes == output.bytes)
    }

    static let schedules: [(jobs: Int, windowRecords: Int)] = [(1, 4), (2, 1), (2, 3), (3, 1024)]

    @Test(arguments: schedules)
    func writesTheSameBytesWhateverTheJobsAndWindows(jobs: Int, windowRecords: Int) throws {
        let (reference, _) = try Self.run([Self.hostileInput], options: Self.hostileOptions())
        let (output, summary) = try Self.run(
            [Self.hostileInput, Self.hostileInput],
            options: Self.hostileOptions(jobs: jobs, windowRecords: windowRecords))
        let referenceBody = reference.bytes.split(separator: 0x0A, maxSplits: 1).last.map(Array.init) ?? []
        let header = Array(reference.bytes.prefix(reference.bytes.count - referenceBody.count))
        #expect(output.bytes == header + referenceBody + referenceBody)
        #expect(summary.records == 18)
        #expect(summary.recordsWithErrors == 4)
        #expect(output.isFinished)
    }

    @Test func boundsAWindowByBytesAsWellAsRecords() throws {
        let (reference, _) = try Self.run([Self.hostileInput], options: Self.hostileOptions())
        var options = Self.hostileOptions(jobs: 2)
        options.windowBytes = 100
        var reports: [BatchProgress] = []
        let (output, _) = try Self.run([Self.hostileInput], options: options) { reports.append($0) }
        #expect(output.bytes == reference.bytes)
        // 100 bytes hold one or two of these answers, so the nine records take more than one window.
        #expect(reports.count > 1)
        #expect(reports.map(\.records) == reports.map(\.records).sorted())
        #expect(reports.last?.records == 9)
        #expect(reports.last?.recordsWithErrors == 2)
        #expect(reports.last?.totalBytes == Self.hostileCSV.count)
    }

    @Test func combinesSeveralAnswersWithoutMergingSentences() throws {
        let scanner = try Self.scanner()
        let csv = "ref,q1,q2,q3\nR1,At work I took,responsibility for the error,I stayed calm\nR2,,I owned up,\n"
        let options = BatchOptions(
            idColumn: "ref", textColumns: ["q1", "q2"],
            questions: [BatchQuestion(column: "q2", dimensionID: "test/ownership"),
                        BatchQuestion(column: "q3", dimensionID: "test/calm")])
        let (output, summary) = try Self.run(
            [BatchInput(bytes: Array(csv.utf8), name: "three.csv", format: .csv)], options: options)
        let rows = try BatchTestSupport.csvRecords(output.bytes, chunkSize: 7)
        #expect(
            rows.first?.fields == [
                "id", "words", "test/ownership.score", "test/ownership.band", "test/calm.score", "test/calm.band",
                "question.q2.score", "question.q2.band", "question.q3.score", "question.q3.band", "flags", "error",
            ])
        let combined = scanner.scan("At work I took\n\nresponsibility for the error\n\nI stayed calm", id: "R1")
        // The blank line keeps "took" and "responsibility" in different sentences: no ownership match.
        #expect(combined.matches(in: "test/ownership").isEmpty)
        let q2 = scanner.scan("responsibility for the error").dimensions[0]
        let q3 = scanner.scan("I stayed calm").dimensions[1]
        let first = [
            "R1", String(combined.wordCount), String(combined.dimensions[0].score), combined.dimensions[0].band.rawValue,
            String(combined.dimensions[1].score), combined.dimensions[1].band.rawValue, String(q2.score),
            q2.band.rawValue, String(q3.score), q3.band.rawValue, combined.flags.map(\.id).joined(separator: ";"), "",
        ]
        #expect(rows.count == 3)
        #expect(rows.count > 1 && rows[1].fields == first)
        // R2: only q2 has an answer; it is the whole profile and its own question score, and the empties are errors.
        let alone = scanner.scan("I owned up", id: "R2")
        let second = [
            "R2", String(alone.wordCount), String(alone.dimensions[0].score), alone.dimensions[0].band.rawValue,
            String(alone.dimensions[1].score), alone.dimensions[1].band.rawValue, String(alone.dimensions[0].score),
            alone.dimensions[0].band.rawValue, "", "", alone.flags.map(\.id).joined(separator: ";"),
            "three.csv:3: column \"q1\": the answer is empty; three.csv:3: column \"q3\": the answer is empty",
        ]
        #expect(rows.count > 2 && rows[2].fields == second)
        #expect(summary.recordsWithErrors == 1)
    }

    static let missingColumnCases: [(options: BatchOptions, error: BatchError)] = [
        (
            BatchOptions(idColumn: "applicant", textColumns: ["answer"]),
            .missingColumn(
                path: "hostile.csv", column: "applicant", role: "asked for as the id column",
                availableColumns: ["applicant_id", "Name", "Answer"])
        ),
        (
            BatchOptions(textColumns: ["answer", "q9"]),
            .missingColumn(
                path: "hostile.csv", column: "q9", role: "asked for as an answer column",
                availableColumns: ["applicant_id", "Name", "Answer"])
        ),
        (
            BatchOptions(questions: [BatchQuestion(column: "q3", dimensionID: "test/calm")]),
            .missingColumn(
                path: "hostile.csv", column: "q3", role: "asked for by a question",
                availableColumns: ["applicant_id", "Name", "Answer"])
        ),
        (
            BatchOptions(),
            .missingColumn(
                path: "hostile.csv", column: "text", role: "asked for as an answer column",
                availableColumns: ["applicant_id", "Name", "Answer"])
        ),
    ]

    @Test(arguments: missingColumnCases)
    func refusesAMissingColumnBeforeWritingAnything(options: BatchOptions, error: BatchError) throws {
        let runner = try BatchRunner(scanner: try Self.scanner(), options: options)
        var output = BatchMemoryOutput()
        let good = BatchInput(
            bytes: Array("id,answer,q3,applicant,q9,text\n1,I owned up,x,y,z,w\n".utf8), name: "good.csv", format: .csv)
        #expect(throws: error) {
            _ = try runner.run([good, Self.hostileInput], to: &output)
        }
        #expect(output.bytes.isEmpty)
        #expect(!output.isFinished)
        #expect(error.isUsageError)
    }

    @Test func describesAMissingColumnWithTheColumnsFound() {
        let error = BatchError.missingColumn(
            path: "export.csv", column: "answer", role: "asked for as an answer column",
            availableColumns: ["Applicant ID", "Q1"])
        #expect(
            error.description
                == "export.csv:1: no column named \"answer\" (asked for as an answer column); the header row has: "
                + "\"Applicant ID\", \"Q1\"")
    }

    static let optionErrors: [(options: BatchOptions, error: BatchError)] = [
        (
            BatchOptions(questions: [BatchQuestion(column: "q1", dimensionID: "test/courage")]),
            .unknownQuestionDimension(
                column: "q1", dimensionID: "test/courage", scanned: ["test/ownership", "test/calm"], definedIn: nil)
        ),
        (
            BatchOptions(questions: [BatchQuestion(column: "q1", dimensionID: "test/calm"),
                                     BatchQuestion(column: "Q1", dimensionID: "test/ownership")]),
            .repeatedQuestionColumn("Q1")
        ),
        (BatchOptions(jobs: 0), .invalidOptions("the number of jobs must be at least 1, not 0")),
    ]

    @Test(arguments: optionErrors)
    func refusesOptionsThatCannotWork(options: BatchOptions, error: BatchError) throws {
        let scanner = try Self.scanner()
        #expect(throws: error) { _ = try BatchRunner(scanner: scanner, options: options) }
    }

    @Test func namesTheFrameworkOfAQuestionDimensionNotSelected() throws {
        let scanner = try EvidenceScanner.builtIn(frameworks: ["cvf"])
        // The scanner loaded only the cvf file; the message still finds the framework among the built-in ones.
        #expect(!scanner.lexicon.frameworks.contains { $0.id == "wmp-values" })
        let dimension = try #require(try Lexicon.builtIn(frameworks: ["wmp-values"]).dimensions.first { $0.frameworkID == "wmp-values" })
        let withKnownDimension = BatchOptions(questions: [BatchQuestion(column: "q1", dimensionID: dimension.id)])
        #expect(
            throws: BatchError.unknownQuestionDimension(
                column: "q1", dimensionID: dimension.id, scanned: scanner.dimensions.map(\.id), definedIn: "wmp-values")
        ) { _ = try BatchRunner(scanner: scanner, options: withKnownDimension) }
    }

    static let questionTexts: [(text: String, question: BatchQuestion?)] = [
        ("q3=cvf/collaborative", BatchQuestion(column: "q3", dimensionID: "cvf/collaborative")),
        ("a=b=cvf/courage", BatchQuestion(column: "a=b", dimensionID: "cvf/courage")),
        ("q3", nil),
        ("=cvf/courage", nil),
        ("q3=", nil),
    ]

    @Test(arguments: questionTexts)
    func parsesQuestions(text: String, question: BatchQuestion?) throws {
        if let question {
            #expect(try BatchQuestion(parsing: text) == question)
        } else {
            #expect(throws: BatchError.invalidQuestion(text)) { try BatchQuestion(parsing: text) }
        }
    }

    static let jsonLines = """
        {"ref": "J1", "answers": {"q1": "I took responsibility.", "q2": "I stayed calm."}}

        {"ref": "J2", "answers": {"q1": "", "q2": "I asked for feedback."}}
        not json
        [1, 2]
        {"ref": "J5", "answers": {"q2": "I owned up."}}\r
        {"ref": "J6", "answers": {"q1": "I owned up.", "q2": "I blamed others."}}
        """

    @Test(arguments: [1, 2, 3])
    func readsAndWritesJSONLines(jobs: Int) throws {
        let scanner = try Self.scanner()
        let options = BatchOptions(
            idColumn: "ref", textColumns: ["answers.q1", "answers.q2"],
            questions: [BatchQuestion(column: "answers.q1", dimensionID: "test/ownership")], outputFormat: .jsonLines,
            jobs: jobs, windowRecords: 2)
        let input = BatchInput(bytes: Array(Self.jsonLines.utf8), name: "answers.jsonl", format: .jsonLines)
        let (output, summary) = try Self.run([input], options: options)
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 7)
        #expect(lines.last == "")

        func scored(_ id: String, _ texts: [String], question: String?, error: String? = nil) -> String {
            var line = JSONReportWriter().string(for: scanner.scan(texts.joined(separator: "\n\n"), id: id))
            line.removeLast()
            if let question {
                let dimension = scanner.scan(question).dimensions[0]
                line += ",\"questions\":[{\"column\":\"answers.q1\",\"dimension\":\"test/ownership\",\"score\":"
                    + "\(dimension.score),\"band\":\"\(dimension.band.rawValue)\"}]"
            } else {
                line += ",\"questions\":[{\"column\":\"answers.q1\",\"dimension\":\"test/ownership\",\"score\":null,"
                    + "\"band\":null}]"
            }
            if let error { line += ",\"error\":\"\(error)\"" }
            return line + "}"
        }
        func failed(_ id: String, line: Int, _ error: BatchInputError) -> String {
            RecordFailureLine(id: id, input: "answers.jsonl", line: line, message: error.description).json
        }
        let syntax: JSONSyntaxError
        do {
            _ = try JSONValue.parse("not json")
            Issue.record("'not json' parsed")
            return
        } catch {
            syntax = error
        }
        #expect(lines[0] == scored("J1", ["I took responsibility.", "I stayed calm."], question: "I took responsibility."))
        #expect(
            lines[1] == scored("J2", ["I asked for feedback."], question: nil,
                               error: "answers.jsonl:3: column \\\"answers.q1\\\": the answer is empty"))
        #expect(
            lines[2] == failed("4", line: 4, .invalidJSON(path: "answers.jsonl", line: 4, column: syntax.column,
                                                           message: syntax.message)))
        #expect(lines[3] == failed("5", line: 5, .jsonRecordNotObject(path: "answers.jsonl", line: 5, found: "an array")))
        let missing = BatchInputError.missingJSONField(
            path: "answers.jsonl", line: 6, field: "answers.q1", availableKeys: ["ref", "answers"]
        ).description
        #expect(
            lines[4] == scored("J5", ["I owned up."], question: nil,
                               error: missing.replacingOccurrences(of: "\"", with: "\\\"")))
        #expect(lines[5] == scored("J6", ["I owned up.", "I blamed others."], question: "I owned up."))
        for line in lines.dropLast() {
            #expect(throws: Never.self) { try JSONValue.parse(line) }
        }
        #expect(summary.records == 6)
        #expect(summary.recordsWithErrors == 4)
    }

    @Test func fallsBackToTheLineNumberWithoutAnIdColumn() throws {
        let csv = "answer\nI owned up\n\n\"two\nlines\"\nthird\n"
        let (output, _) = try Self.run(
            [BatchInput(bytes: Array(csv.utf8), name: "plain.csv", format: .csv)],
            options: BatchOptions(textColumns: ["answer"]))
        let rows = try BatchTestSupport.csvRecords(output.bytes, chunkSize: 3)
        #expect(rows.dropFirst().map { $0.fields.first ?? "" } == ["2", "4", "6"])
    }

    @Test func readsUTF16AndSaysSo() throws {
        let csv = "id,text\r\nU1,I owned up \u{2014} at once.\r\nU2,I stayed calm.\r\n"
        let input = BatchInput(
            bytes: BatchTestSupport.utf16(csv, bigEndian: false), name: "unicode.csv", format: .csv)
        let (output, summary) = try Self.run([input], options: BatchOptions(jobs: 2))
        let (reference, _) = try Self.run(
            [BatchInput(bytes: Array(csv.utf8), name: "unicode.csv", format: .csv)], options: BatchOptions())
        #expect(output.bytes == reference.bytes)
        #expect(summary.inputs.first?.encoding == .utf16LittleEndian)
        #expect(summary.inputs.first?.notes == ["unicode.csv: read as UTF-16 (little-endian), as Excel's \"Unicode Text\" saves it"])
    }

    @Test func countsWindows1252RecordsOnce() throws {
        var bytes = Array("id,text\n".utf8)
        for number in 1...3 {
            bytes += Array("W\(number),I ".utf8) + [0x93] + Array("owned up".utf8) + [0x94] + [0x0A]
        }
        bytes += Array("W4,plain\n".utf8)
        let (_, summary) = try Self.run(
            [BatchInput(bytes: bytes, name: "ansi.csv", format: .csv)], options: BatchOptions())
        #expect(
            summary.inputs.first?.notes == [
                "ansi.csv: 3 records had text that is not valid UTF-8 (3 fields), read as Windows-1252, the encoding "
                    + "of Excel's \"CSV (Comma delimited)\"; check quotes and accented letters there, or export as "
                    + "\"CSV UTF-8\""
            ])
    }

    @Test func reportsARecordThatCannotBeReadInItsRow() throws {
        let csv = "id,text,notes\nB1,I owned up,\"never closed\n"
        let (output, summary) = try Self.run(
            [BatchInput(bytes: Array(csv.utf8), name: "broken.csv", format: .csv)], options: BatchOptions())
        let rows = try BatchTestSupport.csvRecords(output.bytes, chunkSize: 5)
        let message = BatchInputError.unterminatedQuotedField(path: "broken.csv", line: 2, column: 15).description
        #expect(rows.count == 2)
        #expect(rows.last?.fields == ["B1", "", "", "", "", "", "", message])
        #expect(summary.recordsWithErrors == 1)
    }

    @Test func ignoresAnOversizedCellOnlyInAColumnNobodyAskedFor() throws {
        let scanner = try Self.scanner()
        // Over the reader's 10 MB field limit: the cell is cut, which matters only in a column that is scored.
        let huge = String(repeating: "I owned up. ", count: (10 << 20) / 12 + 1)
        let csv = "id,text,cv\nH1,I owned up,\(huge)\nH2,\(huge),short\n"
        let (output, summary) = try Self.run(
            [BatchInput(bytes: Array(csv.utf8), name: "huge.csv", format: .csv)], options: BatchOptions())
        let rows = try BatchTestSupport.csvRecords(output.bytes, chunkSize: ByteChunkReader.defaultChunkSize)
        let message = BatchInputError.fieldTooLarge(path: "huge.csv", line: 3, fieldNumber: 2, limit: 10 << 20).description
        #expect(rows.count == 3)
        #expect(rows.count == 3 && rows[1].fields == Self.expectedCells(id: "H1", answer: "I owned up", scanner: scanner))
        #expect(rows.last?.fields == ["H2", "", "", "", "", "", "", message])
        #expect(summary.recordsWithErrors == 1)
    }

    @Test func refusesStandardInputTwiceAndNoInputs() throws {
        let runner = try BatchRunner(scanner: try Self.scanner(), options: BatchOptions())
        var output = BatchMemoryOutput()
        let standardInput = try BatchInput(path: "-")
        #expect(throws: BatchError.standardInputRepeated) {
            _ = try runner.run([standardInput, standardInput], to: &output)
        }
        #expect(throws: BatchError.invalidOptions("no input to read")) { _ = try runner.run([], to: &output) }
    }

    static let fileNames: [(path: String, format: BatchInputFormat?)] = [
        ("export.csv", .csv), ("EXPORT.CSV", .csv), ("a.b/answers.jsonl", .jsonLines), ("x.ndjson", .jsonLines),
        ("export.xlsx", nil), ("export", nil), ("csv", nil),
    ]

    @Test(arguments: fileNames)
    func takesTheFormatFromTheFileName(path: String, format: BatchInputFormat?) throws {
        #expect(BatchInputFormat(fileName: path) == format)
        if let format {
            #expect(try BatchInput(path: path).format == format)
        } else {
            #expect(throws: BatchError.unknownInputFormat(path: path)) { try BatchInput(path: path) }
            #expect(try BatchInput(path: path, format: .jsonLines).format == .jsonLines)
        }
    }

    @Test func leavesNoFileWhenTheOutputFailsMidway() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let destination = directory + "/scores.csv"
        try Data("previous run\n".utf8).write(to: URL(fileURLWithPath: destination))
        struct FailingOutput: BatchOutput {
            let file: AtomicFileWriter
            var writes = 0
            mutating func write(_ bytes: [UInt8]) throws {
                writes += 1
                if writes == 3 { throw BatchInputError.writeFailed(path: file.destinationPath, reason: "disk full") }
                try file.write(bytes)
            }
            mutating func finish() throws { try file.commit() }
        }
        let runner = try BatchRunner(scanner: try Self.scanner(), options: Self.hostileOptions(jobs: 2, windowRecords: 2))
        do {
            var output = FailingOutput(file: try AtomicFileWriter(destinationPath: destination))
            #expect(throws: BatchInputError.writeFailed(path: destination, reason: "disk full")) {
                _ = try runner.run([Self.hostileInput], to: &output)
            }
        }
        #expect(try BatchTestSupport.contents(ofDirectory: directory) == ["scores.csv"])
        #expect(try String(contentsOfFile: destination, encoding: .utf8) == "previous run\n")
    }

    @Test func writesDevicesStraightThroughAndFilesAtomically() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        // Renaming a temporary file over /dev/null would turn it into an ordinary file for every program.
        let device = try BatchFileOutput(path: "/dev/null")
        try #require(!device.isAtomic, "never commit over a device")
        try device.write(Array("discarded\n".utf8))
        try device.finish()
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(UInt32(status.st_mode) & 0o170000 == 0o020000, "still a character device")

        let file = try BatchFileOutput(path: directory + "/scores.csv")
        #expect(file.isAtomic)
        try file.write(Array("id\n".utf8))
        #expect(try BatchTestSupport.contents(ofDirectory: directory).count == 1)
        #expect(try BatchTestSupport.contents(ofDirectory: directory) != ["scores.csv"])
        try file.finish()
        #expect(try BatchTestSupport.contents(ofDirectory: directory) == ["scores.csv"])
        #expect(try String(contentsOfFile: directory + "/scores.csv", encoding: .utf8) == "id\n")
    }

    @Test func reportsAMissingInputFileBeforeWriting() throws {
        let runner = try BatchRunner(scanner: try Self.scanner(), options: Self.hostileOptions())
        var output = BatchMemoryOutput()
        let missing = try BatchInput(path: "/nonexistent/folder/export.csv")
        #expect(throws: BatchError.input(.fileNotFound(path: "/nonexistent/folder/export.csv"))) {
            _ = try runner.run([Self.hostileInput, missing], to: &output)
        }
        #expect(output.bytes.isEmpty)
    }

    @Test func readsFilesAndCountsTheirBytes() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/export.csv"
        try Data(Self.hostileCSV).write(to: URL(fileURLWithPath: path))
        var reports: [BatchProgress] = []
        let (output, summary) = try Self.run(
            [try BatchInput(path: path)], options: Self.hostileOptions(jobs: 2, windowRecords: 3)
        ) { reports.append($0) }
        let (reference, _) = try Self.run(
            [BatchInput(bytes: Self.hostileCSV, name: path, format: .csv)], options: Self.hostileOptions())
        #expect(output.bytes == reference.bytes)
        #expect(summary.inputs.map(\.name) == [path])
        #expect(reports.map(\.records) == [3, 6, 9])
        #expect(reports.last?.bytesRead == Self.hostileCSV.count)
        #expect(reports.last?.fractionDone == 1)
        #expect(reports.allSatisfy { $0.totalBytes == Self.hostileCSV.count })
    }
}

/// The line the batch writes for a record that could not be scored, built independently of the writer.
struct RecordFailureLine {
    var id: String
    var input: String
    var line: Int
    var message: String

    var json: String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "{\"schema\":\"cvfscan.report/1\",\"id\":\(quoted(id)),\"input\":\(quoted(input)),\"line\":\(line),"
            + "\"error\":\(quoted(message))}"
    }
}
