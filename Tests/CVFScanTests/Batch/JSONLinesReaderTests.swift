import Testing

@testable import CVFScan

struct JSONLinesReaderTests {
    static let mixedInput = Array(
        """
        {"id": 1, "answers": {"q1": "I stayed calm \\u2014 and listened.", "q2": "We \\ud83d\\ude00"}}

        {"id": 2, "answers": {"q1": "broken" "q2": 1}}
        \r
        {"id": 3, "answers": {"q1": "Tab\\there", "q2": null}}\r
        [1, 2]
        {"id": 4, "answers": {"q1": 5, "q2": ["not", "text"]}}
        """.utf8)

    @Test(arguments: BatchTestSupport.chunkSizes)
    func keepsReadingAfterAMalformedLine(chunkSize: Int) throws {
        let records = try BatchTestSupport.jsonLinesRecords(Self.mixedInput, chunkSize: chunkSize)
        #expect(records.map(\.line) == [1, 3, 5, 6, 7])
        #expect(records.map(\.index) == [0, 1, 2, 3, 4])
        #expect(try records[0].text(atPath: "answers.q1") == "I stayed calm \u{2014} and listened.")
        #expect(try records[0].text(atPath: "answers.q2") == "We 😀")
        #expect(try records[0].text(atPath: "id") == "1")
        #expect(
            records[1].value
                == .failure(
                    .invalidJSON(
                        path: "test.jsonl", line: 3, column: 38,
                        message: "expected ',' or '}' after an object member, found character '\"'")))
        #expect(
            throws: BatchInputError.invalidJSON(
                path: "test.jsonl", line: 3, column: 38,
                message: "expected ',' or '}' after an object member, found character '\"'")
        ) {
            try records[1].text(atPath: "answers.q1")
        }
        #expect(try records[2].text(atPath: "answers.q1") == "Tab\there")
        #expect(try records[2].text(atPath: "answers.q2") == "")
        #expect(throws: BatchInputError.jsonRecordNotObject(path: "test.jsonl", line: 6, found: "an array")) {
            try records[3].text(atPath: "answers.q1")
        }
        #expect(try records[4].text(atPath: "answers.q1") == "5")
        #expect(
            throws: BatchInputError.jsonFieldNotText(
                path: "test.jsonl", line: 7, field: "answers.q2", found: "an array")
        ) {
            try records[4].text(atPath: "answers.q2")
        }
        #expect(
            throws: BatchInputError.missingJSONField(
                path: "test.jsonl", line: 7, field: "answers.q3", availableKeys: ["id", "answers"])
        ) {
            try records[4].text(atPath: "answers.q3")
        }
    }

    struct LineCase: Sendable, CustomTestStringConvertible {
        var name: String
        var input: [UInt8]
        var lines: [Int]
        var values: [JSONValue]
        var testDescription: String { name }
    }

    static let lineCases: [LineCase] = [
        LineCase(name: "empty input", input: [], lines: [], values: []),
        LineCase(name: "blank lines only", input: Array("\n  \n\t\r\n".utf8), lines: [], values: []),
        LineCase(
            name: "last line without newline", input: Array("1\n2".utf8), lines: [1, 2],
            values: [.number(text: "1", value: 1), .number(text: "2", value: 2)]),
        LineCase(
            name: "CRLF line ends", input: Array("\"a\"\r\n\"b\"\r\n".utf8), lines: [1, 2],
            values: [.string("a"), .string("b")]),
        LineCase(
            name: "byte order mark", input: Array("\u{FEFF}{\"k\":\"v\"}\n".utf8), lines: [1],
            values: [.object([JSONValue.Member(key: "k", value: .string("v"))])]),
        LineCase(
            name: "UTF-16 LE with byte order mark", input: BatchTestSupport.utf16("\"é😀\"\n\n\"x\"", bigEndian: false),
            lines: [1, 3], values: [.string("é😀"), .string("x")]),
        LineCase(
            name: "UTF-16 BE with byte order mark", input: BatchTestSupport.utf16("\"é😀\"\r\n", bigEndian: true),
            lines: [1], values: [.string("é😀")]),
    ]

    @Test(arguments: lineCases, BatchTestSupport.chunkSizes)
    func readsLines(_ testCase: LineCase, chunkSize: Int) throws {
        let records = try BatchTestSupport.jsonLinesRecords(testCase.input, chunkSize: chunkSize)
        #expect(records.map(\.line) == testCase.lines)
        #expect(records.map(\.value) == testCase.values.map { .success($0) })
        #expect(records.allSatisfy { !$0.decodedAsWindows1252 })
    }

    @Test(arguments: BatchTestSupport.chunkSizes)
    func decodesAWindows1252LineAndSaysSo(chunkSize: Int) throws {
        let input: [UInt8] = Array("{\"a\": \"".utf8) + [0x93, 0x68, 0x69, 0x94] + Array("\"}\n{\"a\": \"ok\"}\n".utf8)
        let records = try BatchTestSupport.jsonLinesRecords(input, chunkSize: chunkSize)
        #expect(records.map(\.decodedAsWindows1252) == [true, false])
        #expect(try records.map { try $0.text(atPath: "a") } == ["\u{201C}hi\u{201D}", "ok"])
    }

    @Test(arguments: BatchTestSupport.chunkSizes)
    func skipsOverlongLinesAndKeepsReading(chunkSize: Int) throws {
        let input = Array(
            "\"short\"\n\"this line is far too long\"\n\"next\"\n\"another overlong line at the end\"".utf8)
        let records = try BatchTestSupport.jsonLinesRecords(input, chunkSize: chunkSize, maximumLineBytes: 16)
        #expect(
            records.map(\.value) == [
                .success(.string("short")),
                .failure(.jsonLineTooLong(path: "test.jsonl", line: 2, limit: 16)),
                .success(.string("next")),
                .failure(.jsonLineTooLong(path: "test.jsonl", line: 4, limit: 16)),
            ])
    }

    @Test func refusesBinaryInput() {
        #expect(throws: BatchInputError.binaryInput(path: "test.jsonl")) {
            try BatchTestSupport.jsonLinesRecords([0x7B, 0x00, 0x00, 0x01, 0x02, 0x7D], chunkSize: 1 << 20)
        }
    }
}
