import Testing

@testable import CVFScan

struct JSONValueTests {
    struct ParsingCase: Sendable, CustomTestStringConvertible {
        var input: String
        var expected: JSONValue
        var testDescription: String { input }
    }

    static let parsingCases: [ParsingCase] = [
        ParsingCase(input: "null", expected: .null),
        ParsingCase(input: " true ", expected: .bool(true)),
        ParsingCase(input: "false", expected: .bool(false)),
        ParsingCase(input: "0", expected: .number(text: "0", value: 0)),
        ParsingCase(input: "-0", expected: .number(text: "-0", value: -0.0)),
        ParsingCase(input: "1.50", expected: .number(text: "1.50", value: 1.5)),
        ParsingCase(input: "-12.5e+2", expected: .number(text: "-12.5e+2", value: -1250)),
        ParsingCase(input: "1E-2", expected: .number(text: "1E-2", value: 0.01)),
        ParsingCase(
            input: "12345678901234567890",
            expected: .number(text: "12345678901234567890", value: 12_345_678_901_234_567_890)),
        ParsingCase(input: "\"\"", expected: .string("")),
        ParsingCase(input: "\"plain\"", expected: .string("plain")),
        ParsingCase(input: "\"a\\n\\t\\\"\\\\\\/\\b\\f\\r\"", expected: .string("a\n\t\"\\/\u{08}\u{0C}\r")),
        ParsingCase(input: "\"caf\\u00e9 \\u20AC\"", expected: .string("café €")),
        ParsingCase(input: "\"\\ud83d\\ude00\"", expected: .string("😀")),
        ParsingCase(input: "\"😀 raw\"", expected: .string("😀 raw")),
        ParsingCase(input: "\"lone \\ud800 high\"", expected: .string("lone \u{FFFD} high")),
        ParsingCase(input: "\"\\ud800\\u0041\"", expected: .string("\u{FFFD}A")),
        ParsingCase(input: "\"\\udc00\"", expected: .string("\u{FFFD}")),
        ParsingCase(input: "\"\\ud800\\ud800\\udc00\"", expected: .string("\u{FFFD}\u{10000}")),
        ParsingCase(input: "[]", expected: .array([])),
        ParsingCase(
            input: "[1, \"two\", [null]]",
            expected: .array([.number(text: "1", value: 1), .string("two"), .array([.null])])),
        ParsingCase(input: "{}", expected: .object([])),
        ParsingCase(
            input: "{\"b\": 1, \"a\": {\"c\": true}}",
            expected: .object([
                JSONValue.Member(key: "b", value: .number(text: "1", value: 1)),
                JSONValue.Member(key: "a", value: .object([JSONValue.Member(key: "c", value: .bool(true))])),
            ])),
        ParsingCase(
            input: "\r\n\t {\"k\":\"v\"}\n", expected: .object([JSONValue.Member(key: "k", value: .string("v"))])),
    ]

    @Test(arguments: parsingCases)
    func parsesValues(_ testCase: ParsingCase) throws {
        #expect(try JSONValue.parse(testCase.input) == testCase.expected)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var input: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { input }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(input: "", line: 1, column: 1, message: "expected a JSON value, found the end of the input"),
        ErrorCase(input: "   ", line: 1, column: 4, message: "expected a JSON value, found the end of the input"),
        ErrorCase(
            input: "{\"a\":1,}", line: 1, column: 8,
            message: "expected an object key in double quotes, found character '}'"),
        ErrorCase(input: "[1,2", line: 1, column: 5, message: "the array is never closed; expected ',' or ']'"),
        ErrorCase(
            input: "[1 2]", line: 1, column: 4,
            message: "expected ',' or ']' after an array element, found character '2'"),
        ErrorCase(
            input: "{\"line\\nbreak\\u2028\\u0001\" 1}", line: 1, column: 28,
            message: "expected ':' after the object key \"line\\nbreak\\u2028\\u0001\""),
        ErrorCase(
            input: "{\"" + String(repeating: "k", count: 50) + "\"}", line: 1, column: 54,
            message: "expected ':' after the object key \"" + String(repeating: "k", count: 40) + "…\""),
        ErrorCase(input: "{\"a\" 1}", line: 1, column: 6, message: "expected ':' after the object key \"a\""),
        ErrorCase(input: "{\"a\":1", line: 1, column: 7, message: "the object is never closed; expected ',' or '}'"),
        ErrorCase(
            input: "{\"a\":1 \"b\":2}", line: 1, column: 8,
            message: "expected ',' or '}' after an object member, found character '\"'"),
        ErrorCase(input: "tru", line: 1, column: 1, message: "expected true, found an incomplete word"),
        ErrorCase(input: "nul!", line: 1, column: 1, message: "expected null (or a quoted string)"),
        ErrorCase(
            input: "NaN", line: 1, column: 1,
            message:
                "unexpected character 'N'; expected a JSON value (object, array, string, number, true, false or null)"),
        ErrorCase(
            input: "01", line: 1, column: 1,
            message: "numbers must not have leading zeros; quote it if it is an identifier"),
        ErrorCase(input: "-x", line: 1, column: 2, message: "expected a digit after '-'"),
        ErrorCase(input: "1.", line: 1, column: 3, message: "expected a digit after the decimal point"),
        ErrorCase(input: "1e+", line: 1, column: 4, message: "expected a digit in the exponent"),
        ErrorCase(input: "\"abc", line: 1, column: 1, message: "this string is never closed; expected a closing '\"'"),
        ErrorCase(
            input: "\"a\tb\"", line: 1, column: 3,
            message: "control character U+0009 inside a string must be escaped (e.g. \\n, \\t)"),
        ErrorCase(
            input: "\"\\x\"", line: 1, column: 2,
            message: "invalid escape; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"),
        ErrorCase(input: "\"\\u12G4\"", line: 1, column: 2, message: "expected four hex digits after \\u"),
        ErrorCase(input: "\"\\u12", line: 1, column: 2, message: "expected four hex digits after \\u"),
        ErrorCase(
            input: "1 2", line: 1, column: 3, message: "unexpected character '2' after the end of the JSON value"),
        ErrorCase(
            input: "{\"é\": x}", line: 1, column: 7,
            message:
                "unexpected character 'x'; expected a JSON value (object, array, string, number, true, false or null)"),
        ErrorCase(input: "{\n  \"a\": tru\n}", line: 2, column: 8, message: "expected true (or a quoted string)"),
        ErrorCase(
            input: String(repeating: "[", count: 600), line: 1, column: 513, message: "nested more than 512 levels deep"
        ),
    ]

    @Test(arguments: errorCases)
    func reportsSyntaxErrorsWithPosition(_ testCase: ErrorCase) {
        #expect(throws: JSONSyntaxError(line: testCase.line, column: testCase.column, message: testCase.message)) {
            try JSONValue.parse(testCase.input)
        }
    }

    static let document: JSONValue = {
        let text = """
            {"id": 7, "a.b": "dotted key", "answers": {"q1": "I listened", "list": ["x", {"deep": true}]},
             "dup": 1, "dup": 2}
            """
        return (try? JSONValue.parse(text)) ?? .null
    }()

    @Test(arguments: [
        ("id", JSONValue.number(text: "7", value: 7)),
        ("answers.q1", .string("I listened")),
        ("answers.list.0", .string("x")),
        ("answers.list.1.deep", .bool(true)),
        ("a.b", .string("dotted key")),
        ("dup", .number(text: "2", value: 2)),
    ])
    func looksUpPaths(path: String, expected: JSONValue) {
        #expect(Self.document.value(atPath: path) == expected)
    }

    @Test(arguments: ["missing", "answers.q2", "answers.list.2", "answers.list.x", "id.more", "answers..q1", ""])
    func returnsNilForPathsThatLeadNowhere(path: String) {
        #expect(Self.document.value(atPath: path) == nil)
    }

    @Test(arguments: [
        ("answers.q1", ["answers", "q1"]),
        ("id", ["id"]),
        ("a..b", ["a", "", "b"]),
        ("", [""]),
        ("réponse.q1", ["réponse", "q1"]),
    ])
    func splitsFieldPathsAtDots(path: String, segments: [String]) {
        #expect(JSONFieldPath(path).segments == segments)
        #expect(JSONFieldPath(path).description == path)
    }

    @Test func listsKeysInOrder() {
        #expect(Self.document.keys == ["id", "a.b", "answers", "dup", "dup"])
        #expect(JSONValue.array([]).keys == [])
    }
}
