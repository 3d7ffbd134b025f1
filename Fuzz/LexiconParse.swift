// libFuzzer harness: arbitrary text as a user's lexicon file. Build and run with `Fuzz/run.sh LexiconParse`
// (run.sh passes Fuzz/LexiconParse.dict so the fuzzer starts from the format's keywords and pattern syntax).
//
// A lexicon that parses is compiled and scans a fixed answer; one that does not must give at least one error, each
// with a line and column inside the file. Parsing the same text twice gives the same result.

/// An answer holding common words of the format's examples and the fuzzer's dictionary, so compiled patterns
/// have something to match.
let fuzzAnswer = """
Situation: I took responsibility and owned up to my mistake. We didn't blame others; I asked for feedback, \
stayed calm and reassured the victim. I would never ignore a colleague's behaviour, but I challenged it. \
"Sorry," I said — then I organised a multi-agency meeting and learnt from it. a b c a b c a b c
"""

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lineCount = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let (parsed, diagnostics) = Lexicon.parseCollectingDiagnostics(text, file: "fuzz.lexicon")
    for diagnostic in diagnostics {
        let location = diagnostic.location
        fuzzCheck(location.line >= 1 && location.line <= lineCount, "diagnostic on line \(location.line) of \(lineCount)")
        fuzzCheck(location.column >= 1, "diagnostic at column \(location.column)")
        fuzzCheck(location.file == "fuzz.lexicon", "diagnostic names \(location.file)")
        fuzzCheck(!diagnostic.message.isEmpty, "diagnostic without a message")
    }
    let (again, diagnosticsAgain) = Lexicon.parseCollectingDiagnostics(text, file: "fuzz.lexicon")
    fuzzCheck(diagnostics == diagnosticsAgain && parsed.patterns.count == again.patterns.count, "parsing is not deterministic")
    let lexicon: Lexicon
    do {
        lexicon = try Lexicon.parse(text, file: "fuzz.lexicon")
    } catch {
        if case .invalid(let errors) = error {
            fuzzCheck(errors.contains { $0.severity == .error }, "rejected without an error")
            fuzzCheck(!error.description.isEmpty, "rejected with an empty message")
        }
        return 0
    }
    fuzzCheck(!diagnostics.contains { $0.severity == .error }, "accepted a lexicon with errors")
    guard !lexicon.frameworks.isEmpty else { return 0 }
    let scanner: EvidenceScanner
    do {
        scanner = try EvidenceScanner(lexicon: lexicon, frameworks: [])
    } catch {
        // Cross-references (a shared dimension that does not exist) are checked by the command line before
        // compiling; the scanner may refuse them, but must say so rather than crash.
        fuzzCheck(!error.description.isEmpty, "scanner refused the lexicon without a message")
        return 0
    }
    let report = scanner.scan(fuzzAnswer, id: "fuzz")
    for match in report.matches {
        fuzzCheck(String(report.text[match.range]) == match.text, "match range is not the matched text")
    }
    _ = JSONReportWriter(explain: true, lexicon: lexicon).string(for: report)
    _ = TextReportWriter(explain: true, color: true, width: 40, lexicon: lexicon).string(for: report)
    let html = HTMLReportWriter(explain: true, lexicon: lexicon).string(for: report)
    if let problem = HTMLStructure.problem(in: html) { fuzzCheck(false, "HTML with a fuzzed lexicon: \(problem)") }
    return 0
}
