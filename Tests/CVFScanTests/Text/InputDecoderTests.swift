import Testing

@testable import CVFScan

struct InputDecoderTests {
    struct DecodingCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var scalars: [UInt32]
        var encoding: TextEncoding
        var replaced: Int
        var looksBinary: Bool = false
        var testDescription: String { name }
    }

    static func ascii(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    // Expected scalars for invalid UTF-8 were produced once with CPython 3.11:
    // `[hex(ord(c)) for c in data.decode("utf-8", "replace")]`.
    static let cases: [DecodingCase] = [
        DecodingCase(name: "empty input", bytes: [], scalars: [], encoding: .utf8, replaced: 0),
        DecodingCase(
            name: "plain ASCII", bytes: Array("I led the team.\n".utf8),
            scalars: ascii("I led the team.\n"), encoding: .utf8, replaced: 0),
        DecodingCase(
            name: "valid multi-byte UTF-8", bytes: [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80],
            scalars: [0xE9, 0x20AC, 0x1F600], encoding: .utf8, replaced: 0),
        DecodingCase(
            name: "UTF-8 byte order mark skipped", bytes: [0xEF, 0xBB, 0xBF, 0x68, 0x69],
            scalars: ascii("hi"), encoding: .utf8WithByteOrderMark, replaced: 0),
        DecodingCase(
            name: "UTF-8 byte order mark only", bytes: [0xEF, 0xBB, 0xBF],
            scalars: [], encoding: .utf8WithByteOrderMark, replaced: 0),
        DecodingCase(
            name: "overlong C0 AF", bytes: [0x61, 0xC0, 0xAF, 0x62],
            scalars: [0x61, 0xFFFD, 0xFFFD, 0x62], encoding: .utf8, replaced: 2),
        DecodingCase(
            name: "overlong E0 80 AF", bytes: [0x61, 0xE0, 0x80, 0xAF, 0x62],
            scalars: [0x61, 0xFFFD, 0xFFFD, 0xFFFD, 0x62], encoding: .utf8, replaced: 3),
        DecodingCase(
            name: "overlong F0 80 80 AF", bytes: [0xF0, 0x80, 0x80, 0xAF],
            scalars: [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD], encoding: .utf8, replaced: 4),
        DecodingCase(
            name: "surrogate encoded in UTF-8", bytes: [0x78, 0xED, 0xA0, 0x80, 0x79],
            scalars: [0x78, 0xFFFD, 0xFFFD, 0xFFFD, 0x79], encoding: .utf8, replaced: 3),
        DecodingCase(
            name: "surrogate pair encoded in UTF-8 (CESU-8)", bytes: [0xED, 0xA0, 0xBD, 0xED, 0xB2, 0xA9],
            scalars: Array(repeating: 0xFFFD, count: 6), encoding: .utf8, replaced: 6),
        DecodingCase(
            name: "truncated 3-byte sequence at end", bytes: [0x63, 0x61, 0x66, 0xE2, 0x82],
            scalars: [0x63, 0x61, 0x66, 0xFFFD], encoding: .utf8, replaced: 1),
        DecodingCase(
            name: "truncated 4-byte sequence before ASCII", bytes: [0xF0, 0x9F, 0x98, 0x20, 0x6F, 0x6B],
            scalars: [0xFFFD, 0x20, 0x6F, 0x6B], encoding: .utf8, replaced: 1),
        DecodingCase(
            name: "truncated 2-byte sequence alone", bytes: [0xC3],
            scalars: [0xFFFD], encoding: .utf8, replaced: 1),
        DecodingCase(
            name: "lone continuation bytes", bytes: [0x80, 0x80],
            scalars: [0xFFFD, 0xFFFD], encoding: .utf8, replaced: 2),
        DecodingCase(
            name: "F5 lead byte", bytes: [0xF5, 0x80, 0x80, 0x80],
            scalars: [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD], encoding: .utf8, replaced: 4),
        DecodingCase(
            name: "above U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80],
            scalars: [0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD], encoding: .utf8, replaced: 4),
        DecodingCase(
            name: "FF FE in the middle is not a byte order mark", bytes: [0x61, 0xFF, 0xFE, 0x62],
            scalars: [0x61, 0xFFFD, 0xFFFD, 0x62], encoding: .utf8, replaced: 2),
        DecodingCase(
            name: "Latin-1 e-acute replaced by default", bytes: Array("caf".utf8) + [0xE9] + Array(" au lait".utf8),
            scalars: ascii("caf") + [0xFFFD] + ascii(" au lait"), encoding: .utf8, replaced: 1),
        DecodingCase(
            name: "invalid UTF-8 after a byte order mark", bytes: [0xEF, 0xBB, 0xBF, 0x93, 0x68, 0x94],
            scalars: [0xFFFD, 0x68, 0xFFFD], encoding: .utf8WithByteOrderMark, replaced: 2),
        DecodingCase(
            name: "UTF-16 LE with byte order mark", bytes: [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00, 0xAC, 0x20],
            scalars: [0x68, 0xE9, 0x20AC], encoding: .utf16LittleEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 BE with byte order mark", bytes: [0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9, 0x20, 0xAC],
            scalars: [0x68, 0xE9, 0x20AC], encoding: .utf16BigEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 LE surrogate pair", bytes: [0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE],
            scalars: [0x1F600], encoding: .utf16LittleEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 BE surrogate pair", bytes: [0xFE, 0xFF, 0xD8, 0x3D, 0xDE, 0x00],
            scalars: [0x1F600], encoding: .utf16BigEndian, replaced: 0),
        // CPython: b'\xff\xfeA\x00\x00\xd8B\x00'.decode('utf-16', 'replace') == 'A\ufffdB'
        DecodingCase(
            name: "UTF-16 LE lone high surrogate", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00],
            scalars: [0x41, 0xFFFD, 0x42], encoding: .utf16LittleEndian, replaced: 1),
        DecodingCase(
            name: "UTF-16 LE lone low surrogate", bytes: [0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00],
            scalars: [0xFFFD, 0x41], encoding: .utf16LittleEndian, replaced: 1),
        DecodingCase(
            name: "UTF-16 LE high surrogate at end", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8],
            scalars: [0x41, 0xFFFD], encoding: .utf16LittleEndian, replaced: 1),
        // CPython: b'\xff\xfeA\x00B'.decode('utf-16', 'replace') == 'A\ufffd'
        DecodingCase(
            name: "UTF-16 LE odd byte count", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x42],
            scalars: [0x41, 0xFFFD], encoding: .utf16LittleEndian, replaced: 1),
        DecodingCase(
            name: "UTF-16 BE odd byte count", bytes: [0xFE, 0xFF, 0x00, 0x41, 0x00],
            scalars: [0x41, 0xFFFD], encoding: .utf16BigEndian, replaced: 1),
        DecodingCase(
            name: "UTF-16 byte order mark only", bytes: [0xFF, 0xFE],
            scalars: [], encoding: .utf16LittleEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 LE without byte order mark", bytes: Array("We calmed it".utf8).flatMap { [$0, 0] },
            scalars: ascii("We calmed it"), encoding: .utf16LittleEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 BE without byte order mark", bytes: Array("We calmed it".utf8).flatMap { [0, $0] },
            scalars: ascii("We calmed it"), encoding: .utf16BigEndian, replaced: 0),
        DecodingCase(
            name: "UTF-16 with NUL characters looks binary", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00],
            scalars: [0x41, 0x00], encoding: .utf16LittleEndian, replaced: 0, looksBinary: true),
        DecodingCase(
            name: "NUL byte in UTF-8 looks binary", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x41, 0x42],
            scalars: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x41, 0x42], encoding: .utf8, replaced: 0, looksBinary: true),
        DecodingCase(
            name: "many C0 controls look binary", bytes: [0x41, 0x01, 0x02, 0x42, 0x1B],
            scalars: [0x41, 0x01, 0x02, 0x42, 0x1B], encoding: .utf8, replaced: 0, looksBinary: true),
        DecodingCase(
            name: "tab, CR, LF and form feed are text", bytes: Array("a\tb\r\nc\u{0C}d".utf8),
            scalars: ascii("a\tb\r\nc\u{0C}d"), encoding: .utf8, replaced: 0),
        DecodingCase(
            name: "one vertical tab in a long text is still text",
            bytes: Array("I stayed calm when the member of public shouted\u{0B}at me.".utf8),
            scalars: ascii("I stayed calm when the member of public shouted\u{0B}at me."), encoding: .utf8, replaced: 0),
    ]

    @Test(arguments: cases)
    func decodesWithReplacementPolicy(_ testCase: DecodingCase) {
        let decoded = InputDecoder().decode(testCase.bytes)
        #expect(decoded.text.unicodeScalars.map(\.value) == testCase.scalars)
        #expect(decoded.encoding == testCase.encoding)
        #expect(decoded.replacedInvalidSequences == testCase.replaced)
        #expect(decoded.looksBinary == testCase.looksBinary)
    }

    @Test(arguments: cases.filter { $0.encoding == .utf8 })
    func agreesWithStandardLibraryReplacement(_ testCase: DecodingCase) {
        // Swift's own decoder implements the same maximal-subpart rule; for BOM-less UTF-8 both must agree.
        let decoded = InputDecoder().decode(testCase.bytes)
        #expect(decoded.text == String(decoding: testCase.bytes, as: UTF8.self))
    }

    struct FallbackCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var text: String
        var encoding: TextEncoding
        var testDescription: String { name }
    }

    static let fallbackCases: [FallbackCase] = [
        FallbackCase(
            name: "smart quotes and dashes", bytes: [0x93, 0x57, 0x65, 0x94, 0x20, 0x96, 0x20, 0x97, 0x85],
            text: "\u{201C}We\u{201D} \u{2013} \u{2014}\u{2026}", encoding: .windows1252),
        FallbackCase(
            name: "apostrophe and euro", bytes: [0x49, 0x92, 0x64, 0x20, 0x80, 0x35],
            text: "I\u{2019}d \u{20AC}5", encoding: .windows1252),
        FallbackCase(
            name: "Latin-1 range", bytes: [0x63, 0x61, 0x66, 0xE9, 0x20, 0xA3, 0x31, 0x30],
            text: "caf\u{E9} \u{A3}10", encoding: .windows1252),
        FallbackCase(
            name: "five undefined bytes map to C1 controls", bytes: [0x81, 0x8D, 0x8F, 0x90, 0x9D],
            text: "\u{81}\u{8D}\u{8F}\u{90}\u{9D}", encoding: .windows1252),
        FallbackCase(
            name: "valid UTF-8 is not reinterpreted", bytes: [0xE2, 0x80, 0x9C, 0x68, 0x69, 0xE2, 0x80, 0x9D],
            text: "\u{201C}hi\u{201D}", encoding: .utf8),
        FallbackCase(
            name: "byte order mark keeps UTF-8 replacement", bytes: [0xEF, 0xBB, 0xBF, 0x93, 0x68, 0x69, 0x94],
            text: "\u{FFFD}hi\u{FFFD}", encoding: .utf8WithByteOrderMark),
    ]

    @Test(arguments: fallbackCases)
    func decodesWithWindows1252Fallback(_ testCase: FallbackCase) {
        let decoded = InputDecoder(invalidUTF8: .fallBackToWindows1252).decode(testCase.bytes)
        #expect(decoded.text == testCase.text)
        #expect(decoded.encoding == testCase.encoding)
        #expect(decoded.looksBinary == false)
    }

    @Test func mapsEveryWindows1252HighControlByteLikeWHATWG() {
        // WHATWG index-windows-1252 for 0x80...0x9F; CPython's cp1252 agrees except for the five undefined bytes.
        let expected: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
            0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
            0x153, 0x9D, 0x17E, 0x178,
        ]
        let decoded = InputDecoder(invalidUTF8: .fallBackToWindows1252).decode(Array(UInt8(0x80)...UInt8(0x9F)))
        #expect(decoded.text.unicodeScalars.map(\.value) == expected)
        #expect(decoded.encoding == .windows1252)
    }

    @Test func decodesNonContiguousCollections() {
        let bytes = "Integrity".utf8.reversed().reversed()
        #expect(InputDecoder().decode(bytes).text == "Integrity")
    }

    @Test func validatesLargeASCIIWithInvalidByteAfterFastPath() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        bytes[997] = 0xFF
        let decoded = InputDecoder().decode(bytes)
        #expect(decoded.replacedInvalidSequences == 1)
        #expect(decoded.text.unicodeScalars.count == 1000)
        #expect(Array(decoded.text.unicodeScalars)[997].value == 0xFFFD)
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } == 997)
    }
}
