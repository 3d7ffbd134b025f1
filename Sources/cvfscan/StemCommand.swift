import CVFScan

/// `cvfscan stem [--normalise] [WORD…]`: Snowball stems, or the full normalised terms, one per line.
enum StemCommand {
    static let options: [OptionSpecification] = [
        OptionSpecification(name: "--normalise", takesValue: false, shortName: "--normalize"),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: options)
        if parsed.has("--help") {
            try output.write(HelpText.stem)
            return .success
        }
        let stemmer = SnowballEnglishStemmer()
        let analyzer = TextAnalyzer()
        let normalise = parsed.has("--normalise")
        func emit(_ word: String) throws {
            if normalise {
                let terms = analyzer.terms(of: word).map(\.stem).joined(separator: " ")
                try output.write(terms + "\n")
            } else {
                // Stems keep every character of the word; a pasted escape sequence must not reach the terminal.
                try output.write(TerminalSanitizer.sanitize(stemmer.stem(word), keepNewlines: false) + "\n")
            }
        }
        if !parsed.positionals.isEmpty {
            for word in parsed.positionals { try emit(word) }
            return .success
        }
        let bytes = try InputFiles.read("-", limit: 1 << 30)
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var word = Array(line)
            if word.last == 0x0D { word.removeLast() }
            if word.isEmpty && line.endIndex == bytes.endIndex { break }
            try emit(String(decoding: word, as: UTF8.self))
        }
        return .success
    }
}
