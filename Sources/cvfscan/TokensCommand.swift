import CVFScan

/// `cvfscan tokens [FILE]`: every token with its offsets, sentence, clause marks and terms, tab-separated.
enum TokensCommand {
    static let options: [OptionSpecification] = [
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: options)
        if parsed.has("--help") {
            try output.write(HelpText.tokens)
            return .success
        }
        guard parsed.positionals.count <= 1 else { throw CommandFailure.usage("'tokens' takes at most one FILE") }
        let path = parsed.positionals.first ?? "-"
        let bytes = try InputFiles.read(path, limit: ScanLimits.maximumAnswerBytes)
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let analysed = TextAnalyzer().analyse(text)
        let tokenized = TokenizedText(text: analysed.text, tokens: analysed.tokens)
        try output.write("sentence\ttoken\tkind\tstart\tend\tbyte_start\tbyte_end\tmarks\ttext\tterms\n")
        for (sentenceIndex, sentence) in analysed.sentences.enumerated() {
            for index in sentence {
                let token = analysed.tokens[index]
                let text = TerminalSanitizer.sanitize(String(tokenized.text(of: token)), keepNewlines: false)
                let terms = analysed.terms[index].map(\.stem).joined(separator: " ")
                try output.write("\(sentenceIndex + 1)\t\(index + 1)\t\(token.kind)\t\(token.codePointRange.lowerBound)\t\(token.codePointRange.upperBound)\t\(token.utf8Range.lowerBound)\t\(token.utf8Range.upperBound)\t\(marks(token.flags))\t\(text)\t\(terms)\n")
            }
        }
        return .success
    }

    static func marks(_ flags: Token.Flags) -> String {
        var marks: [String] = []
        if flags.contains(.sentenceStart) { marks.append("sentence-start") }
        if flags.contains(.sentenceEnd) { marks.append("sentence-end") }
        if flags.contains(.clauseBoundary) { marks.append("clause") }
        if flags.contains(.bullet) { marks.append("bullet") }
        if flags.contains(.heading) { marks.append("heading") }
        if flags.contains(.quotation) { marks.append("quote") }
        if flags.contains(.abbreviation) { marks.append("abbreviation") }
        return marks.isEmpty ? "-" : marks.joined(separator: ",")
    }
}
