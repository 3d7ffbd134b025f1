import Testing

@testable import CVFScan

struct CSVWriterTests {
    struct WritingCase: Sendable, CustomTestStringConvertible {
        var name: String
        var cells: [CSVCell]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [WritingCase] = [
        WritingCase(name: "plain cells", cells: ["id", "I led the team"], expected: "id,I led the team\n"),
        WritingCase(name: "empty row", cells: [], expected: "\n"),
        WritingCase(name: "empty cells", cells: ["", "", ""], expected: ",,\n"),
        WritingCase(name: "comma is quoted", cells: ["a, b", "c"], expected: "\"a, b\",c\n"),
        WritingCase(name: "quotes are doubled", cells: ["she said \"no\""], expected: "\"she said \"\"no\"\"\"\n"),
        WritingCase(
            name: "line breaks are quoted", cells: ["one\ntwo", "three\r\nfour"],
            expected: "\"one\ntwo\",\"three\r\nfour\"\n"),
        WritingCase(name: "non-ASCII needs no quoting", cells: ["café – “quoted”"], expected: "café – “quoted”\n"),
        WritingCase(
            name: "formula with equals", cells: ["=HYPERLINK(\"http://x\",\"click\")"],
            expected: "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\n"),
        WritingCase(name: "formula with plus", cells: ["+1+1"], expected: "'+1+1\n"),
        WritingCase(name: "formula with minus", cells: ["-2+3"], expected: "'-2+3\n"),
        WritingCase(name: "formula with at", cells: ["@SUM(A1:A9)"], expected: "'@SUM(A1:A9)\n"),
        WritingCase(name: "leading tab", cells: ["\tcmd"], expected: "'\tcmd\n"),
        WritingCase(name: "leading carriage return", cells: ["\rcmd"], expected: "\"'\rcmd\"\n"),
        WritingCase(name: "negative number as text is protected", cells: ["-3"], expected: "'-3\n"),
        WritingCase(name: "equals later in the text is harmless", cells: ["a=b"], expected: "a=b\n"),
        WritingCase(name: "numeric negative stays a number", cells: [.numeric("-3")], expected: "-3\n"),
        WritingCase(name: "numeric with plus and exponent", cells: [.numeric("+1.5e-3")], expected: "+1.5e-3\n"),
        WritingCase(name: "numeric decimal", cells: [.numeric("0.75"), .integer(-12)], expected: "0.75,-12\n"),
        WritingCase(
            name: "numeric label on a formula is still protected", cells: [.numeric("-1+cmd|' /C calc'!A0")],
            expected: "'-1+cmd|' /C calc'!A0\n"),
        WritingCase(name: "numeric label on a lone minus is protected", cells: [.numeric("-")], expected: "'-\n"),
        WritingCase(
            name: "numeric label on a bare exponent is protected", cells: [.numeric("-1e")], expected: "'-1e\n"),
    ]

    @Test(arguments: cases)
    func encodesRows(_ testCase: WritingCase) {
        let bytes = CSVWriter().encodeRow(testCase.cells)
        #expect(String(decoding: bytes, as: UTF8.self) == testCase.expected)
    }

    @Test func endsRecordsWithCRLFWhenAsked() {
        var output: [UInt8] = []
        let writer = CSVWriter(lineEnding: .carriageReturnLineFeed)
        writer.appendRow(["a", "b"], to: &output)
        writer.appendRow([.integer(1), "x\ny"], to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "a,b\r\n1,\"x\ny\"\r\n")
    }

    @Test(arguments: [CSVWriter.LineEnding.lineFeed, .carriageReturnLineFeed])
    func roundTripsThroughTheReader(lineEnding: CSVWriter.LineEnding) throws {
        let rows: [[String]] = [
            ["id", "answer", "note"],
            ["1", "=SUM(A1:A2)", "+44 121 626 5000"],
            ["2", "-minus", "@mention"],
            ["3", "\ttabbed", "\rreturn"],
            ["4", "a, \"quoted\"\nmulti-line\r\nanswer", ""],
            ["5", "", "café 😀"],
        ]
        var output: [UInt8] = []
        let writer = CSVWriter(lineEnding: lineEnding)
        for row in rows { writer.appendRow(row, to: &output) }
        let records = try BatchTestSupport.csvRecords(output, chunkSize: 7)
        #expect(
            records.map(\.fields) == [
                ["id", "answer", "note"],
                ["1", "'=SUM(A1:A2)", "'+44 121 626 5000"],
                ["2", "'-minus", "'@mention"],
                ["3", "'\ttabbed", "'\rreturn"],
                ["4", "a, \"quoted\"\nmulti-line\r\nanswer", ""],
                ["5", "", "café 😀"],
            ])
    }
}
