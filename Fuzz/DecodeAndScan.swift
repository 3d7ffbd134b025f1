// libFuzzer harness: arbitrary bytes through the decoder, the tokeniser, a full scan with every built-in framework,
// and every report writer. Build and run with `Fuzz/run.sh DecodeAndScan`.
//
// Beyond "no crash", it checks what must hold for any input:
// - decoding agrees with the standard library's own UTF-8 / UTF-16 decoding (maximal-subpart replacement);
// - the Windows-1252 fallback maps every byte to exactly one scalar;
// - tokens lie inside the text, in order, never overlap, and their code-point offsets match their bytes;
// - a session that scanned other answers before reports exactly what a fresh scanner reports;
// - match offsets point at the matched words;
// - terminal output carries no escape or control from the input, only the writer's own SGR styles;
// - HTML output holds only the writer's own tags and attributes, and links only within the page.

/// Built once per process: compiling every framework is the slow part, and a real run compiles once too.
let fuzzScanner: EvidenceScanner? = {
    guard let lexicon = try? Lexicon.builtIn() else { return nil }
    return try? EvidenceScanner(lexicon: lexicon, frameworks: [])
}()
/// Reused across inputs, as `cvfscan --format jsonl` reuses one session for every line.
nonisolated(unsafe) let fuzzSession: ScanSession? = fuzzScanner?.makeSession()
/// Writers are made once, as the command line makes them once per run.
let fuzzJSONWriter = JSONReportWriter(explain: true, lexicon: fuzzScanner?.lexicon)
let fuzzTextWriters = [
    TextReportWriter(explain: true, color: true, width: 20, lexicon: fuzzScanner?.lexicon),
    TextReportWriter(explain: false, color: false, width: 57, lexicon: fuzzScanner?.lexicon),
]
let fuzzHTMLWriter = HTMLReportWriter(explain: true, lexicon: fuzzScanner?.lexicon)
let fuzzBatchWriter = HTMLBatchReportWriter(explain: false, lexicon: fuzzScanner?.lexicon)
let fuzzMarkdownWriter = MarkdownReportWriter(explain: true, lexicon: fuzzScanner?.lexicon)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let decoded = InputDecoder().decode(bytes)
    checkDecoding(bytes, decoded)
    checkWindows1252Fallback(bytes)
    checkTokens(decoded.text)
    guard let scanner = fuzzScanner, let session = fuzzSession else {
        fuzzCheck(false, "the built-in lexicons do not compile")
        return 0
    }
    let report = session.scan(decoded.text, id: "fuzz")
    checkMatches(report)
    let fresh = scanner.scan(decoded.text, id: "fuzz")
    fuzzCheck(fuzzJSONWriter.string(for: report) == fuzzJSONWriter.string(for: fresh),
              "a reused session reports differently from a fresh one")
    // One writer per input, chosen by its bytes, so each input costs one report's rendering: every writer still
    // sees every kind of input over a run, at several times the executions per second.
    checkWriters(report, writer: bytes.reduce(0) { $0 &+ Int($1) } % 4)
    return 0
}

func checkDecoding(_ bytes: [UInt8], _ decoded: DecodedText) {
    switch decoded.encoding {
    case .utf8:
        fuzzCheck(decoded.text == String(decoding: bytes, as: UTF8.self), "UTF-8 decoding differs from the standard library's")
    case .utf8WithByteOrderMark:
        fuzzCheck(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte order mark reported without one")
        fuzzCheck(decoded.text == String(decoding: bytes.dropFirst(3), as: UTF8.self), "UTF-8 (BOM) decoding differs")
    case .utf16LittleEndian, .utf16BigEndian:
        let isBigEndian = decoded.encoding == .utf16BigEndian
        var body = bytes[...]
        if bytes.count >= 2, (bytes[0], bytes[1]) == (isBigEndian ? (0xFE, 0xFF) : (0xFF, 0xFE)) {
            body = bytes.dropFirst(2)
        }
        var units: [UInt16] = []
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(isBigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var expected = String(decoding: units, as: UTF16.self)
        if body.count % 2 == 1 { expected += "\u{FFFD}" }
        fuzzCheck(decoded.text == expected, "UTF-16 decoding differs from the standard library's")
    case .windows1252:
        fuzzCheck(false, "the default decoder fell back to Windows-1252")
    }
    let replaced = decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
    fuzzCheck(decoded.replacedInvalidSequences <= replaced, "more replacements counted than U+FFFD in the text")
}

func checkWindows1252Fallback(_ bytes: [UInt8]) {
    let decoded = InputDecoder(invalidUTF8: .fallBackToWindows1252).decode(bytes)
    guard decoded.encoding == .windows1252 else { return }
    fuzzCheck(decoded.text.unicodeScalars.count == bytes.count, "Windows-1252 did not map every byte to one scalar")
    fuzzCheck(decoded.replacedInvalidSequences == 0, "Windows-1252 reported replacements")
}

func checkTokens(_ text: String) {
    let tokenized = Tokenizer().tokenize(text)
    let utf8 = Array(text.utf8)
    // The code-point offset of every byte offset that starts a scalar (and of the end).
    var codePointAt = [Int](repeating: -1, count: utf8.count + 1)
    var codePoint = 0
    for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
        codePointAt[offset] = codePoint
        codePoint += 1
    }
    codePointAt[utf8.count] = codePoint
    var previousEnd = 0
    for (position, token) in tokenized.tokens.enumerated() {
        let bytes = token.utf8Range
        fuzzCheck(!bytes.isEmpty, "token \(position) is empty")
        fuzzCheck(bytes.lowerBound >= previousEnd, "token \(position) overlaps the one before")
        fuzzCheck(bytes.upperBound <= utf8.count, "token \(position) ends after the text")
        fuzzCheck(codePointAt[bytes.lowerBound] == token.codePointRange.lowerBound
                  && codePointAt[bytes.upperBound] == token.codePointRange.upperBound,
                  "token \(position): code points \(token.codePointRange) do not match bytes \(bytes)")
        previousEnd = bytes.upperBound
        fuzzCheck(tokenized.text(of: token).utf8.count == bytes.count, "token \(position) text is cut mid-scalar")
    }
    let sentences = tokenized.sentences
    fuzzCheck(sentences.reduce(0) { $0 + $1.count } == tokenized.tokens.count, "sentences do not cover every token")
}

func checkMatches(_ report: Report) {
    let utf8 = Array(report.text.utf8)
    for match in report.matches {
        fuzzCheck(match.utf8Range.upperBound <= utf8.count && !match.utf8Range.isEmpty, "match outside the text")
        fuzzCheck(String(decoding: utf8[match.utf8Range], as: UTF8.self) == match.text, "match text is not the text at its offsets")
        fuzzCheck(String(report.text[match.range]) == match.text, "match range is not the text")
        fuzzCheck(match.credit.isFinite, "credit is not finite")
    }
    for dimension in report.dimensions {
        fuzzCheck(dimension.support.isFinite && dimension.counter.isFinite && dimension.net.isFinite,
                  "score of \(dimension.id) is not finite")
        fuzzCheck((0...100).contains(dimension.score), "score of \(dimension.id) is \(dimension.score)")
    }
}

func checkWriters(_ report: Report, writer: Int) {
    switch writer {
    case 0:
        for writer in fuzzTextWriters {
            let text = writer.string(for: report)
            for scalar in withoutWriterStyles(text) where isTerminalHazard(scalar) {
                fuzzCheck(false, "U+\(String(scalar.value, radix: 16)) reached the terminal (color \(writer.color))")
            }
        }
    case 1:
        let html = fuzzHTMLWriter.string(for: report)
        if let problem = HTMLStructure.problem(in: html) { fuzzCheck(false, "HTML: \(problem)") }
    case 2:
        var batch = fuzzBatchWriter
        let start = batch.header()
        let section = batch.section(for: report)
        let page = start + section + batch.footer()
        if let problem = HTMLStructure.problem(in: page) { fuzzCheck(false, "batch HTML: \(problem)") }
    default:
        let markdown = fuzzMarkdownWriter.string(for: report)
        for scalar in markdown.unicodeScalars where isTerminalHazard(scalar) && scalar != "\t" {
            fuzzCheck(false, "U+\(String(scalar.value, radix: 16)) in Markdown")
        }
    }
}
